package org.plenary.engine.montecarlo;

import java.util.List;

/**
 * Vote shares in one round of a post's race.
 *
 * @param probabilityReached share of the trials holding the race in which it reached this round
 */
public record RoundShares(int round, double probabilityReached, List<ShareSummary> candidates) {
    public RoundShares {
        candidates = List.copyOf(candidates);
    }
}
