package org.plenary.engine.rules;

import java.util.List;

/**
 * A profile of ballots with identical ballots aggregated: each entry is a ranking (or, for approval, an
 * unordered set) of candidate indices and how many voters cast it. An empty ranking is a blank ballot.
 */
public record RankedBallots(List<Entry> entries) {
    public record Entry(int[] ranking, int count) {
    }
}
