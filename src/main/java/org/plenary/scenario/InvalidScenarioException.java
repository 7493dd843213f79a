package org.plenary.scenario;

import java.util.List;

/** A scenario document that cannot be accepted, with every reason found (not just the first). */
public class InvalidScenarioException extends RuntimeException {
    private final transient List<Violation> violations;

    public InvalidScenarioException(String summary, List<Violation> violations) {
        super(summary, null, false, false);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
