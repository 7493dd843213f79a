package org.plenary.engine.rules;

import java.util.List;

/**
 * A profile of ballots with identical ballots aggregated: each entry is a ranking (or, for approval, an
 * unordered set) of candidate indices and how many voters cast it. An empty ranking is a blank ballot.
 */
public record RankedBallots(List<Entry> entries) {
    public record Entry(int[] ranking, int count) {
    }

    /** Ballots that mark at least one name. */
    public int marked() {
        int n = 0;
        for (Entry e : entries) {
            n += e.ranking().length > 0 ? e.count() : 0;
        }
        return n;
    }

    /** Ballots that mark no one. */
    public int blank() {
        int n = 0;
        for (Entry e : entries) {
            n += e.ranking().length == 0 ? e.count() : 0;
        }
        return n;
    }
}
