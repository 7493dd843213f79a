package org.plenary.api;

import java.util.List;

import io.quarkiverse.resteasy.problem.HttpProblem;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.hibernate.StaleObjectStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.plenary.app.ConflictProblem;
import org.plenary.app.ForbiddenProblem;
import org.plenary.app.NotFoundProblem;
import org.plenary.app.StaleVersionProblem;
import org.plenary.app.InvalidRequestException;
import org.plenary.app.TooBusyProblem;
import org.plenary.scenario.InvalidScenarioException;

/** Maps the application's exceptions to problem+json. Anything unexpected is left to the generic 500 mapper. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response invalidScenario(InvalidScenarioException e) {
        List<FieldViolation> violations = e.violations().stream().map(FieldViolation::body).toList();
        String detail = violations.size() == 1
                ? describe(violations.get(0))
                : violations.size() + " problems; the first: " + describe(violations.get(0));
        return Problems.badRequest(detail, violations).toResponse();
    }

    @ServerExceptionMapper
    public Response invalidRequest(InvalidRequestException e) {
        List<FieldViolation> violations = e.violations().stream().map(FieldViolation::body).toList();
        String detail = violations.size() == 1 ? describe(violations.get(0))
                : violations.size() + " problems; the first: " + describe(violations.get(0));
        return Problems.badRequest(detail, violations).toResponse();
    }

    @ServerExceptionMapper
    public Response tooBusy(TooBusyProblem e) {
        return HttpProblem.builder().withStatus(Response.Status.TOO_MANY_REQUESTS).withTitle("Too Many Requests")
                .withDetail(e.getMessage()).withHeader("Retry-After", e.retryAfterSeconds()).build().toResponse();
    }

    /**
     * A JSON body that does not fit the request's shape (a string where a number goes, and so on). Jackson's own
     * message names Java types; this one names the field and what it takes.
     */
    @ServerExceptionMapper(value = {JsonProcessingException.class, InvalidFormatException.class,
            InputCoercionException.class, UnrecognizedPropertyException.class, MismatchedInputException.class},
            priority = 1)
    public Response unreadableJson(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            List<String> known = unknown.getKnownPropertyIds() == null ? List.of()
                    : unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            return Problems.badField(path(unknown), "body", "unknown field; known here: " + known).toResponse();
        }
        if (e instanceof MismatchedInputException mismatch) {
            if (mismatch.getMessage() != null && mismatch.getMessage().startsWith("Trailing token")) {
                return Problems.badField("body", "body", "more text after the JSON value; send one JSON object")
                        .toResponse();
            }
            return Problems.badField(path(mismatch), "body", "must be " + describe(mismatch.getTargetType()))
                    .toResponse();
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            // Reading a field's value failed below the parser, e.g. a number too large for it.
            String what = mapping.getCause() instanceof InputCoercionException coercion
                    ? describe(coercion.getTargetType()) + " within its range" : "of the documented type";
            return Problems.badField(path(mapping), "body", "must be " + what).toResponse();
        }
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.startsWith("Duplicate field")) {
            int open = message.indexOf('\'');
            int close = message.lastIndexOf('\'');
            String field = open >= 0 && close > open ? message.substring(open + 1, close) : "body";
            return Problems.badField(field, "body", "appears twice; give each field once").toResponse();
        }
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 0 ? "" : " (line " + at.getLineNr() + ", column "
                + at.getColumnNr() + ")";
        return Problems.badRequest("body: not well-formed JSON" + where, List.of(new FieldViolation("body", "body",
                "not well-formed JSON" + where, at == null || at.getLineNr() < 0 ? null : at.getLineNr(),
                at == null || at.getColumnNr() < 0 ? null : at.getColumnNr()))).toResponse();
    }

    /** The field a mapping failure is at, as a path like {@code campaignStrengths.ipac-letter} or {@code ballots[2]}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of the documented type";
        }
        if (type == Long.class || type == Integer.class || type == long.class || type == int.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }

    /** Not signed in (or the request needs a user): ask for Basic credentials. */
    @ServerExceptionMapper(priority = Priorities.AUTHENTICATION)
    public Response unauthorized(UnauthorizedException e) {
        return challenge("sign in: send HTTP Basic credentials");
    }

    /** Wrong user name or password (authentication is lazy, so the failure reaches this mapper). */
    @ServerExceptionMapper(priority = Priorities.AUTHENTICATION)
    public Response authenticationFailed(AuthenticationFailedException e) {
        return challenge("the user name or password is wrong");
    }

    @ServerExceptionMapper(priority = Priorities.AUTHENTICATION)
    public Response forbidden(ForbiddenException e) {
        return Problems.status(Response.Status.FORBIDDEN, "your role does not allow this").toResponse();
    }

    @ServerExceptionMapper
    public Response forbiddenHere(ForbiddenProblem e) {
        return Problems.status(Response.Status.FORBIDDEN, e.getMessage()).toResponse();
    }

    private static Response challenge(String detail) {
        return HttpProblem.builder().withStatus(Response.Status.UNAUTHORIZED).withTitle("Unauthorized")
                .withDetail(detail).withHeader("WWW-Authenticate", "Basic realm=\"plenary\", charset=\"UTF-8\"")
                .build().toResponse();
    }

    /** An analysis answered in the request that ran past the job time limit: the service is saturated. */
    @ServerExceptionMapper
    public Response overTime(java.util.concurrent.CancellationException e) {
        return HttpProblem.builder().withStatus(Response.Status.SERVICE_UNAVAILABLE).withTitle("Service Unavailable")
                .withDetail("the analysis did not finish within the time limit; retry later or ask for fewer trials")
                .withHeader("Retry-After", 30).build().toResponse();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundProblem e) {
        return Problems.status(Response.Status.NOT_FOUND, e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response conflict(ConflictProblem e) {
        return HttpProblem.builder().withStatus(Response.Status.CONFLICT).withTitle("Conflict")
                .withDetail(e.getMessage())
                .with("violations", List.of(FieldViolation.of(e.field(), "body", e.getMessage())))
                .build().toResponse();
    }

    @ServerExceptionMapper
    public Response stale(StaleVersionProblem e) {
        return HttpProblem.builder().withStatus(Response.Status.PRECONDITION_FAILED).withTitle("Precondition Failed")
                .withDetail(e.getMessage())
                .withHeader("ETag", "\"" + e.current() + "\"")
                .with("violations", List.of(FieldViolation.of("If-Match", "header", e.getMessage())))
                .build().toResponse();
    }

    /**
     * Two writers raced: the later commit loses. With an If-Match it is a stale write (412); without one the
     * request set no precondition, so it is a conflict (409) to retry.
     */
    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response raced(RuntimeException e, HttpHeaders headers) {
        boolean conditional = headers.getHeaderString("If-Match") != null;
        String detail = "the scenario was changed by another request at the same time; read it again and retry";
        return HttpProblem.builder()
                .withStatus(conditional ? Response.Status.PRECONDITION_FAILED : Response.Status.CONFLICT)
                .withTitle(conditional ? "Precondition Failed" : "Conflict")
                .withDetail(detail)
                .with("violations", List.of(conditional ? FieldViolation.of("If-Match", "header", detail)
                        : FieldViolation.of("body", "body", detail)))
                .build().toResponse();
    }

    private static String describe(FieldViolation v) {
        String where = v.line() == null ? "" : " (line " + v.line() + ", column " + v.column() + ")";
        return (v.field() == null || v.field().isEmpty() ? "document" : v.field()) + where + ": " + v.message();
    }
}
