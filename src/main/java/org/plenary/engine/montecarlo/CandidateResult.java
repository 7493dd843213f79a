package org.plenary.engine.montecarlo;

/**
 * One candidate of a post.
 *
 * @param winProbability        share of trials in which the candidate won a seat of this post
 * @param win95                 95 % Wilson interval of the win probability (degenerate for the exact path)
 * @param meanRound1Votes       expected marks in round 1 (trials where the race was not held count 0)
 * @param expectedRound1Margin  expected round-1 margin in votes: the candidate's votes minus those of the best
 *                              rival for the last seat (for a lone candidate, yes minus no). A smooth surrogate of
 *                              winning for optimisers.
 */
public record CandidateResult(String candidateId, String name, String country, double winProbability, Interval win95,
                              double meanRound1Votes, double expectedRound1Margin) {
}
