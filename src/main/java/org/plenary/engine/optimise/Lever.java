package org.plenary.engine.optimise;

import java.util.Collection;
import java.util.List;

import org.plenary.engine.model.Audience;
import org.plenary.engine.model.Campaign;
import org.plenary.engine.model.CampaignKind;
import org.plenary.engine.model.Stance;

/**
 * What the advocacy group can do to a delegation: a campaign template. Applied as one new campaign aimed at the
 * goal's candidate (SUPPORT to elect, OPPOSE to defeat) whose direct audience is the chosen delegations, so that
 * its effects (receptiveness, backlash, spillover to bloc partners, saturation) are exactly the model's.
 *
 * @param daysBeforeVote how long before the vote the lobbying happens (decay); 0 = at the vote
 */
public record Lever(CampaignKind kind, double strength, int daysBeforeVote) {

    /** The id the lever's campaign takes in the scenario (made unique if the scenario already uses it). */
    public static final String ID = "optimiser-lever";

    public Lever {
        if (kind == null) {
            throw new IllegalArgumentException("lever: kind is required");
        }
        if (!(strength >= 0) || Double.isInfinite(strength)) {
            throw new IllegalArgumentException("lever: strength must be a finite number >= 0");
        }
        if (daysBeforeVote < 0) {
            throw new IllegalArgumentException("lever: daysBeforeVote must be >= 0");
        }
    }

    public Campaign campaign(String id, Goal goal, Collection<String> audience) {
        return new Campaign(id, "Optimiser: " + kind + " " + (goal.aim() == Goal.Aim.ELECT ? "for " : "against ")
                + goal.candidateId(), kind, List.of(), List.of(), 0,
                goal.aim() == Goal.Aim.ELECT ? Stance.SUPPORT : Stance.OPPOSE, goal.candidateId(),
                new Audience(false, false, List.copyOf(audience), List.of(), List.of()), daysBeforeVote, strength,
                true);
    }
}
