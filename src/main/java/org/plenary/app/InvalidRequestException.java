package org.plenary.app;

import java.util.List;

import org.plenary.scenario.Violation;

/** A request whose fields are wrong (other than a scenario document): each problem with its field path. */
public class InvalidRequestException extends RuntimeException {
    private final transient List<Violation> violations;

    public InvalidRequestException(List<Violation> violations) {
        super("invalid request", null, false, false);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
