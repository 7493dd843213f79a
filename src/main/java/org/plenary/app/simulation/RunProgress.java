package org.plenary.app.simulation;

import java.util.concurrent.atomic.AtomicLong;

import org.plenary.persistence.SimulationRunEntity.Status;

/** Live progress of one job, kept in memory while it runs (the database has the durable state). */
public final class RunProgress {
    final long total;
    final AtomicLong done = new AtomicLong();
    volatile Status status = Status.QUEUED;
    volatile long startedNanos;
    volatile boolean cancelRequested;
    /** The result as stored, kept for the answer to the request that waited for it (no need to read it back). */
    volatile com.fasterxml.jackson.databind.JsonNode result;

    RunProgress(long total) {
        this.total = total;
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
}
