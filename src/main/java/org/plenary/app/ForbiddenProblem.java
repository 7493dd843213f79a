package org.plenary.app;

/** The caller may see the thing but not do this to it (only for things the caller can read: otherwise 404). */
public class ForbiddenProblem extends RuntimeException {
    public ForbiddenProblem(String message) {
        super(message, null, false, false);
    }
}
