package org.plenary.app;

/** An If-Match that names a version other than the current one: someone else wrote in between. */
public class StaleVersionProblem extends RuntimeException {
    private final long current;

    public StaleVersionProblem(long current) {
        super("the scenario has changed since you read it (current version " + current
                + "); read it again and re-apply your change", null, false, false);
        this.current = current;
    }

    public long current() {
        return current;
    }
}
