package org.plenary.app.optimise;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A stored optimiser, coalition or sensitivity job as the API shows it: what it was computed on, where it stands
 * (progress in arm-trials: one arm of a comparison simulated for one trial) and, when done, the result.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnalysisView(String id, String kind, String scenario, long scenarioVersion, String contentHash,
                           String engineVersion, long seed, String status, Progress progress, Instant createdAt,
                           Instant startedAt, Instant finishedAt, JsonNode request, JsonNode result, String error) {

    /** {@code done} and {@code total} in arm-trials; the total is an estimate that may grow while the job runs. */
    public record Progress(String id, String status, long done, long total, Double etaSeconds) {
        public boolean terminal() {
            return org.plenary.persistence.SimulationRunEntity.Status.valueOf(status).terminal();
        }
    }
}
