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

    /**
     * A whole-number query parameter, read here rather than by the framework: a value it cannot convert would be a
     * bare 404 (as the JAX-RS rules have it) instead of a 400 naming the parameter.
     *
     * @return the value, or {@code fallback} when the parameter is absent or empty
     */
    public static Long wholeNumber(String name, String text, Long fallback, long min, long max) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notAWholeNumber) {
            // Answered below, with the range.
        }
        String range = min == Long.MIN_VALUE && max == Long.MAX_VALUE ? " (64-bit)" : " from " + min + " to " + max;
        throw badField(name, "query", "must be a whole number" + range + "; was \""
                + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"");
    }

    public static HttpProblem status(Response.Status status, String detail) {
        return HttpProblem.builder().withStatus(status).withTitle(status.getReasonPhrase()).withDetail(detail).build();
    }
}
