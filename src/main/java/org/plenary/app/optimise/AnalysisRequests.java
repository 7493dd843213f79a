package org.plenary.app.optimise;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request bodies of the optimiser's endpoints. Field paths in 400 answers use these names. */
public final class AnalysisRequests {
    private AnalysisRequests() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GoalBody(
            @Schema(description = "Post id", examples = "delegate-asia") String post,
            @Schema(description = "Candidate id (running for that post)", examples = "hu-binchen") String candidate,
            @Schema(description = "elect or defeat", examples = "defeat") String aim) {
    }

    /** Either a number of delegations, or a cost per delegation and a total (the number is total / cost, rounded down). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BudgetBody(
            @Schema(description = "Delegations to lobby", examples = "10") Integer delegations,
            @Schema(description = "Cost of lobbying one delegation") Double costPerDelegation,
            @Schema(description = "Total to spend") Double total) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LeverBody(
            @Schema(description = "Campaign kind: GOVERNMENT_DEMARCHE, LEGISLATORS_LETTER, COUNTER_LOBBYING, "
                    + "NGO_REPORT, MEDIA_CAMPAIGN or CIVIL_SOCIETY_STATEMENT", examples = "GOVERNMENT_DEMARCHE")
            String kind,
            @Schema(description = "Strength, 1 = typical for its kind (0 to 10, default 1)", examples = "1")
            Double strength,
            @Schema(description = "Days before the vote (decay; default 7)", examples = "7") Integer daysBeforeVote) {
    }

    /** Which delegations may be lobbied: in one of the regions (if any), in one of the blocs (if any), not excluded. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PoolBody(
            @Schema(description = "AFRICA, AMERICAS, ASIA, EUROPE") List<String> regions,
            @Schema(description = "Bloc labels as used by the scenario's delegations") List<String> blocs,
            @Schema(description = "Delegation codes never to lobby") List<String> exclude) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OptimiseRequest(
            GoalBody goal, BudgetBody budget, LeverBody lever, PoolBody pool,
            @Schema(description = "Seed of the search; the re-check uses a stream derived from it. Omit for a fresh one.")
            Long seed,
            @Schema(description = "Trials per comparison in the search (100 to 100,000, default 2,000)")
            Long searchTrials,
            @Schema(description = "Trials of the re-check on fresh draws (100 to 1,000,000, default 10,000)")
            Long recheckTrials,
            @Schema(description = "Delegations kept after the screen (default max(2 × budget, budget + 10))")
            Integer shortlist) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CoalitionRequest(GoalBody goal, PoolBody pool,
                                   @Schema(description = "Seed (omit for a fresh one)") Long seed,
                                   @Schema(description = "Trials (100 to 1,000,000, default 4,000)") Long trials) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SensitivityRequest(
            @Schema(description = "Post id", examples = "delegate-asia") String post,
            @Schema(description = "Optional candidate of the post to order the rows by") String candidate,
            @Schema(description = "Seed (omit for a fresh one)") Long seed,
            @Schema(description = "Trials per variation (100 to 100,000, default 2,000)") Long trials) {
    }
}
