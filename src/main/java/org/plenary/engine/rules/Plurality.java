package org.plenary.engine.rules;

import java.util.random.RandomGenerator;

/** One ballot, each marking up to as many names as there are seats; the most-marked candidates win. */
final class Plurality extends ContestedMethod {

    static final Plurality INSTANCE = new Plurality();

    @Override
    RaceResult contested(RuleSpec rule, Electorate electorate, int n, int seats, RandomGenerator lots,
                         boolean[] on) {
        RaceLog log = new RaceLog(seats);
        BallotCount bc = electorate.castRound(1, on, seats, null);
        TopPlaces.fill(log, rule, lots, 1, bc.votes(), on, seats, Notes.MOST_VOTES, Notes.MOST_VOTES_TIE_DRAWN,
                bc.ballots(), bc.blank(), bc.abstained(), Placement.NONE);
        return log.result();
    }
}
