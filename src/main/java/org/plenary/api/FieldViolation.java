package org.plenary.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.plenary.scenario.Violation;

/** One entry of a problem's {@code violations} list: which field, and why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldViolation(String field, String in, String message, Integer line, Integer column) {

    public static FieldViolation body(Violation v) {
        return new FieldViolation(v.field(), "body", v.message(), v.line() > 0 ? v.line() : null,
                v.column() > 0 ? v.column() : null);
    }

    public static FieldViolation of(String field, String in, String message) {
        return new FieldViolation(field, in, message, null, null);
    }
}
