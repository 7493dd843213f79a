package org.plenary.api;

import java.util.List;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;

import org.hibernate.StaleObjectStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.plenary.app.ConflictProblem;
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

    /** Two writers raced past the If-Match check: the later commit loses, as a stale write. */
    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response raced(RuntimeException e) {
        return Problems.status(Response.Status.PRECONDITION_FAILED,
                "the scenario was changed by another request at the same time; read it again and retry")
                .toResponse();
    }

    private static String describe(FieldViolation v) {
        String where = v.line() == null ? "" : " (line " + v.line() + ", column " + v.column() + ")";
        return (v.field() == null || v.field().isEmpty() ? "document" : v.field()) + where + ": " + v.message();
    }
}
