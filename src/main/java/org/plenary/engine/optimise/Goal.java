package org.plenary.engine.optimise;

import org.plenary.engine.montecarlo.CandidateResult;
import org.plenary.engine.montecarlo.Difference;
import org.plenary.engine.montecarlo.Interval;
import org.plenary.engine.montecarlo.PostResult;

/**
 * What an advocacy group wants: a candidate elected to a post, or defeated. Every quantity the optimiser
 * reports is oriented towards the goal, so that "more" is always better: for {@link Aim#DEFEAT} the goal's
 * probability is 1 − the candidate's win probability and its margin is minus the candidate's margin.
 */
public record Goal(String postId, String candidateId, Aim aim) {

    public enum Aim { ELECT, DEFEAT }

    public Goal {
        if (postId == null || candidateId == null || aim == null) {
            throw new IllegalArgumentException("goal: post, candidate and aim are required");
        }
    }

    private int sign() {
        return aim == Aim.ELECT ? 1 : -1;
    }

    public CandidateResult candidate(PostResult post) {
        return post.candidates().stream().filter(c -> c.candidateId().equals(candidateId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no candidate " + candidateId + " on " + postId));
    }

    /** The probability that the goal is met. */
    public double probability(PostResult post) {
        double p = candidate(post).winProbability();
        return aim == Aim.ELECT ? p : 1 - p;
    }

    public double[] probabilityCi95(PostResult post) {
        Interval i = candidate(post).win95();
        return aim == Aim.ELECT ? new double[] {i.low(), i.high()} : new double[] {1 - i.high(), 1 - i.low()};
    }

    /** The expected round-1 margin in votes, oriented towards the goal. */
    public double margin(PostResult post) {
        return sign() * candidate(post).expectedRound1Margin() + 0.0; // + 0.0: no negative zero
    }

    /** A paired difference in the candidate's win probability, oriented towards the goal. */
    public double lift(Difference d) {
        return sign() * d.difference() + 0.0;
    }

    public double[] liftCi95(Difference d) {
        Interval i = d.ci95();
        return aim == Aim.ELECT ? new double[] {i.low(), i.high()} : new double[] {-i.high() + 0.0, -i.low() + 0.0};
    }
}
