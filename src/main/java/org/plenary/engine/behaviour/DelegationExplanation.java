package org.plenary.engine.behaviour;

import java.util.List;

/**
 * One delegation's view of one post: every term of its utility for each candidate and the resulting round-1
 * vote probabilities, given that it is present. Probabilities integrate the correlated shocks by Monte Carlo over
 * the shocks ({@code shockSamples} draws from a fixed seed, so the answer is reproducible), with the choice
 * probabilities exact given each draw.
 *
 * @param attendance          probability the delegation is present and votes (0 without voting rights)
 * @param ballot              the kind of ballot this post's rule asks for
 * @param marks               names a MARKS ballot may carry
 * @param blankProbability    P(blank ballot / abstention) when present, integrating the shocks
 * @param noProbability       P(no) for a lone candidate; 0 otherwise
 * @param shockSd             s.d. of the total shock on each candidate's utility for this delegation
 */
public record DelegationExplanation(String delegation, String postId, double attendance, BallotKind ballot, int marks,
                                    List<CandidateExplanation> candidates, double abstainUtility,
                                    double blankProbability, double noProbability, double shockSd, int shockSamples) {
    public DelegationExplanation {
        candidates = List.copyOf(candidates);
    }
}
