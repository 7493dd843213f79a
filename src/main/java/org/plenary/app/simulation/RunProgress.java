package org.plenary.app.simulation;

import java.time.Instant;

import org.plenary.app.HeldJob;
import org.plenary.app.JobLiveness;
import org.plenary.persistence.SimulationRunEntity.Status;

/**
 * Live progress of one job, kept in memory by the instance holding it while it is queued or running (the database
 * has the durable state, and the progress other instances read, written at each {@link JobLiveness} beat).
 */
public final class RunProgress extends HeldJob {
    final long total;
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
        return new Snapshot(id, status.name(), Math.min(done.get(), total), total, eta(total));
    }

    /**
     * A snapshot from the stored row, for a run this instance does not hold (finished, or held by another
     * instance, whose beats write its progress): the ETA is worked out from when it started and what it has done.
     */
    static Snapshot stored(String id, Status status, long done, long total, Instant startedAt, Instant now) {
        return new Snapshot(id, status.name(), done, total, JobLiveness.eta(status, done, total, startedAt, now));
    }
}
