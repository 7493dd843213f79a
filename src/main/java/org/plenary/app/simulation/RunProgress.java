package org.plenary.app.simulation;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.plenary.app.JobLiveness;
import org.plenary.persistence.SimulationRunEntity.Status;

/**
 * Live progress of one job, kept in memory by the instance holding it while it is queued or running (the database
 * has the durable state, and the progress other instances read, written at each {@link JobLiveness} beat).
 */
public final class RunProgress implements JobLiveness.LiveJob {
    final long total;
    final AtomicLong done = new AtomicLong();
    volatile Status status = Status.QUEUED;
    volatile long startedNanos;
    volatile Instant startedAt;
    volatile boolean cancelRequested;
    /** The result as stored, kept for the answer to the request that waited for it (no need to read it back). */
    volatile com.fasterxml.jackson.databind.JsonNode result;

    RunProgress(long total) {
        this.total = total;
    }

    @Override
    public long done() {
        return done.get();
    }

    @Override
    public Instant startedAt() {
        return startedAt;
    }

    @Override
    public void requestCancel() {
        cancelRequested = true;
    }

    public record Snapshot(String id, String status, long doneTrials, long totalTrials, Double etaSeconds) {
        public boolean terminal() {
            return Status.valueOf(status).terminal();
        }
    }

    Snapshot snapshot(String id) {
        long d = Math.min(done.get(), total);
        Double eta = null;
        if (status == Status.RUNNING && d > 0 && startedNanos > 0) {
            double elapsed = (System.nanoTime() - startedNanos) / 1e9;
            eta = elapsed * (total - d) / d;
        }
        return new Snapshot(id, status.name(), d, total, eta);
    }

    /**
     * A snapshot from the stored row, for a run this instance does not hold (finished, or held by another
     * instance, whose beats write its progress): the ETA is worked out from when it started and what it has done.
     */
    static Snapshot stored(String id, Status status, long done, long total, Instant startedAt, Instant now) {
        return new Snapshot(id, status.name(), done, total, JobLiveness.eta(status, done, total, startedAt, now));
    }
}
