package org.plenary.api;

import java.util.List;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;

/** Builds the service's RFC 9457 problem responses: a title, a human detail, and the violated fields. */
public final class Problems {

    private Problems() {
    }

    public static HttpProblem badRequest(String detail, List<FieldViolation> violations) {
        return HttpProblem.builder()
                .withStatus(Response.Status.BAD_REQUEST)
                .withTitle("Bad Request")
                .withDetail(detail)
                .with("violations", violations)
                .build();
    }

    public static HttpProblem badField(String field, String in, String message) {
        return badRequest(field + ": " + message, List.of(FieldViolation.of(field, in, message)));
    }

    public static HttpProblem status(Response.Status status, String detail) {
        return HttpProblem.builder().withStatus(status).withTitle(status.getReasonPhrase()).withDetail(detail).build();
    }
}
