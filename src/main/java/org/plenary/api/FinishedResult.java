package org.plenary.api;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;
import org.plenary.app.NotFoundProblem;
import org.plenary.app.simulation.RunView;

/** The result of a run for a download made from it (charts, CSV): there only once the run is done. */
final class FinishedResult {

    private static final Set<String> UNFINISHED = Set.of("QUEUED", "RUNNING");

    private FinishedResult() {
    }

    /** Queued or running: its result may still come. */
    static boolean unfinished(RunView run) {
        return UNFINISHED.contains(run.status());
    }

    /**
     * @param what what is made from it, for the message ("its charts")
     * @throws HttpProblem 409 with Retry-After while the run is queued or running
     * @throws NotFoundProblem when the run ended without a result (failed, or cancelled before any)
     */
    static JsonNode of(RunView run, String what) {
        JsonNode result = run.result();
        if (result != null && !result.isNull()) {
            return result;
        }
        if (unfinished(run)) {
            throw HttpProblem.builder().withStatus(Response.Status.CONFLICT).withTitle("Conflict")
                    .withDetail("run " + run.id() + " is " + run.status() + "; " + what + " exist once it is done")
                    .withHeader("Retry-After", 2).build();
        }
        throw new NotFoundProblem("run " + run.id() + " ended " + run.status() + " without a result");
    }
}
