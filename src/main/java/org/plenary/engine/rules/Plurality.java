package org.plenary.engine.rules;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/** One ballot, each marking up to as many names as there are seats; the most-marked candidates win. */
final class Plurality implements CountingMethod {

    static final Plurality INSTANCE = new Plurality();

    @Override
    public RaceResult count(RuleSpec rule, Electorate electorate, int n, int seats, RandomGenerator lots) {
        if (n == 1) {
            return LoneVote.race(rule, electorate, seats);
        }
        RaceLog log = new RaceLog(seats);
        boolean[] on = new boolean[n];
        Arrays.fill(on, true);
        BallotCount bc = electorate.castRound(1, on, seats, null);
        TopPlaces.fill(log, rule, lots, 1, bc.votes(), on, seats, Notes.MOST_VOTES, Notes.MOST_VOTES_TIE_DRAWN,
                bc.ballots(), bc.blank(), bc.abstained(), Placement.NONE);
        return log.result();
    }
}
