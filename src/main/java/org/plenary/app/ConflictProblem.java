package org.plenary.app;

/** A request that clashes with the current state: a slug already taken, a read-only scenario. */
public class ConflictProblem extends RuntimeException {
    private final String field;

    public ConflictProblem(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
