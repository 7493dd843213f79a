package org.plenary.engine.behaviour;

import org.plenary.engine.model.Post;
import org.plenary.engine.rules.RuleSpec;

/** How a delegation fills in a ballot for a race, as far as the behavioural model is concerned. */
public enum BallotKind {
    /** Marks up to as many names as there are seats (one for a single seat), or casts a blank ballot. */
    MARKS,
    /** Yes, no or abstain on a lone candidate. */
    YES_NO,
    /** A ranking of the candidates (instant runoff, STV, Borda, Schulze); round 1 means first preferences. */
    RANKED,
    /** Approves any number of candidates. */
    APPROVAL;

    public static BallotKind of(RuleSpec rule, int candidatesOnBallot) {
        if (candidatesOnBallot == 1 && rule.lone() == RuleSpec.LoneCandidate.YES_NO_ABSTAIN) {
            return YES_NO;
        }
        return switch (rule.method()) {
            case INSTANT_RUNOFF, BORDA, SCHULZE, STV -> RANKED;
            case APPROVAL -> APPROVAL;
            default -> MARKS;
        };
    }

    /** Names a MARKS ballot may carry for this post. */
    public static int marks(Post post) {
        return Math.max(1, post.seats());
    }
}
