package org.plenary.app.simulation;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What to simulate. Everything is optional: an empty request runs 10,000 Monte Carlo trials of the scenario
 * as stored, with a fresh seed (returned in the answer).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SimulationRequest(
        @Schema(description = "Trials (1 to the configured cap, default 10,000)", examples = "10000") Long trials,
        @Schema(description = "Seed, any 64-bit whole number; the same scenario, seed and trials give identical "
                + "results. Omit for a fresh one (drawn from 0 to 2^53-1, so clients that read JSON numbers as "
                + "doubles hold it exactly).",
                examples = "42") Long seed,
        @Schema(description = "monte-carlo (default) or exact (independent delegations, one- or two-candidate "
                + "single-seat posts)", examples = "monte-carlo") String method,
        @Schema(description = "Ids of the campaigns in force (default: those enabled in the scenario)")
        List<String> campaigns,
        @Schema(description = "Campaign id to strength (replaces the scenario's strength for this run)")
        Map<String, Double> campaignStrengths,
        @Schema(description = "Every delegation's attendance probability for this run, in [0,1]") Double turnout,
        @Schema(description = "Post id to a rule set name (e.g. plurality, irv, schulze) or an inline rule object")
        Map<String, JsonNode> rules,
        @Schema(description = "none (default), campaigns-off (with vs without the campaigns), each-campaign "
                + "(each campaign alone vs none), or fork (this scenario vs the scenario named in `fork`)")
        String compare,
        @Schema(description = "Slug of the scenario to compare with when compare = fork") String fork,
        @Schema(description = "For method exact: the post to solve (default: every post the exact path supports)")
        String post,
        @Schema(description = "Stop early once every win probability's 95 % interval is narrower than this (e.g. 0.02)")
        Double targetWidth) {

    public static SimulationRequest defaults() {
        return new SimulationRequest(null, null, null, null, null, null, null, null, null, null, null);
    }
}
