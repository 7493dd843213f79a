package org.plenary.app.simulation;

import java.time.Instant;

/** One line of a scenario's list of runs. */
public record RunSummary(String id, String scenario, long scenarioVersion, String method, long seed,
                         long trialsRequested, long trialsDone, String status, Instant createdAt,
                         Instant finishedAt) {
}
