package org.plenary.app;

/** A named thing that does not exist (or that the caller may not know exists). */
public class NotFoundProblem extends RuntimeException {
    public NotFoundProblem(String message) {
        super(message, null, false, false);
    }
}
