package org.plenary.engine.montecarlo;

import java.util.List;

/**
 * What a run says about one post.
 *
 * @param method               "monte-carlo" or "exact"
 * @param trials               trials (or, for the exact path, 0)
 * @param roundsDistribution   entry k = probability that the race took k+1 rounds (given it was held)
 * @param deadlockProbability  probability that the race ended with seats open after the maximum of rounds
 * @param skippedProbability   probability that the race was not held (no eligible candidate left, etc.)
 * @param pivotalityMeasured   false for ranked and approval methods, where pivotality is not computed
 * @param note                 what the numbers assume, for the exact path; empty otherwise
 */
public record PostResult(String postId, String title, String method, long trials, List<CandidateResult> candidates,
                         List<RoundShares> rounds, List<Double> roundsDistribution, double deadlockProbability,
                         Interval deadlock95, double skippedProbability, boolean pivotalityMeasured, String note) {
    public PostResult {
        candidates = List.copyOf(candidates);
        rounds = List.copyOf(rounds);
        roundsDistribution = List.copyOf(roundsDistribution);
    }
}
