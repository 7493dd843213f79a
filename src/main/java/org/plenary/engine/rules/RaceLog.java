package org.plenary.engine.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects a race's rounds and winners while a method counts it. */
final class RaceLog {

    private final List<RoundRecord> rounds = new ArrayList<>(4);
    private final int[] elected;
    private int electedCount;
    private Tie tie;
    private boolean deadlock;

    RaceLog(int seats) {
        this.elected = new int[seats];
    }

    void elect(int[] candidates) {
        for (int c : candidates) {
            elected[electedCount++] = c;
        }
    }

    int open() {
        return elected.length - electedCount;
    }

    void add(RoundRecord round) {
        rounds.add(round);
    }

    void tie(Tie t) {
        tie = t;
    }

    /** Marks the race deadlocked and says so in the last round's note. */
    void deadlock() {
        deadlock = true;
        if (!rounds.isEmpty()) {
            RoundRecord r = rounds.remove(rounds.size() - 1);
            rounds.add(new RoundRecord(r.round(), r.counts(), r.ballots(), r.blank(), r.against(), r.abstained(),
                    r.quotaFraction(), r.base(), r.votesNeeded(), r.elected(), r.eliminated(), Notes.DEADLOCK));
        }
    }

    RaceResult result() {
        return new RaceResult(Arrays.copyOf(elected, electedCount), rounds, deadlock, tie);
    }
}
