package org.plenary.engine.montecarlo;

import java.util.List;

/**
 * One delegation on one post, over the trials in which the race was held.
 *
 * @param round1Votes probability of marking each candidate in round 1 (yes, for a lone candidate), in the order
 *                    of the post's candidates
 * @param blank       probability of a blank ballot (an abstention) in round 1
 * @param against     probability of a "no" in a yes/no vote
 * @param absent      probability of not voting (absent, or no voting rights)
 * @param pivotality  share of trials in which its vote decided the post: it voted for a winner in the round that
 *                    elected them, and without that vote the winner would have missed the quota or tied or
 *                    lost the last seat
 */
public record DelegationPostResult(String postId, List<Double> round1Votes, double blank, double against,
                                   double absent, double pivotality) {
    public DelegationPostResult {
        round1Votes = List.copyOf(round1Votes);
    }
}
