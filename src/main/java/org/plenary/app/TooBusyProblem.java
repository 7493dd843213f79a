package org.plenary.app;

/** The job pool and its queue are full: the client should retry after a while. */
public class TooBusyProblem extends RuntimeException {
    private final long retryAfterSeconds;

    public TooBusyProblem(long retryAfterSeconds) {
        super("all simulation workers are busy and the queue is full; retry in " + retryAfterSeconds + " s", null,
                false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
