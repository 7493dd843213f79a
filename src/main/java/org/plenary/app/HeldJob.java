package org.plenary.app;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.plenary.persistence.SimulationRunEntity.Status;

/**
 * A job as the instance holding it knows it, in memory, while it is queued or running: its progress, status and
 * whether it was asked to stop. The database has the durable state; {@link JobLiveness} writes this progress there
 * every beat for the other instances, and passes on a cancel asked for at any of them.
 */
public class HeldJob {
    /** Work done so far: trials, or an analysis's units. Written by the workers. */
    public final AtomicLong done = new AtomicLong();
    public volatile Status status = Status.QUEUED;
    public volatile boolean cancelRequested;
    /** When this instance took it: a job younger than a beat or two needs no heartbeat yet (see JobLiveness). */
    public final long heldSinceNanos = System.nanoTime();
    private volatile long startedNanos;
    private volatile Instant startedAt;

    /** It starts running now. */
    public void started(Instant at) {
        startedNanos = System.nanoTime();
        startedAt = at;
        status = Status.RUNNING;
    }

    /** When it started running; null while it waits in the queue. */
    public Instant startedAt() {
        return startedAt;
    }

    /** Seconds left of {@code total} at the pace so far; null when not running or nothing is done yet. */
    public Double eta(long total) {
        long d = Math.min(done.get(), total);
        if (status != Status.RUNNING || d <= 0 || startedNanos == 0) {
            return null;
        }
        double elapsed = (System.nanoTime() - startedNanos) / 1e9;
        return elapsed * (total - d) / d;
    }
}
