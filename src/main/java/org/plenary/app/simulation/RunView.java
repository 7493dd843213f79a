package org.plenary.app.simulation;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A stored run as the API shows it: what it was computed on (scenario version and content hash, engine
 * version, seed, trials, the request), where it stands (status, progress) and, when done, the result.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunView(String id, String scenario, long scenarioVersion, String contentHash, String engineVersion,
                      String method, long seed, long trialsRequested, long trialsDone, String status,
                      RunProgress.Snapshot progress, Instant createdAt, Instant startedAt, Instant finishedAt,
                      JsonNode request, JsonNode result, String error) {
}
