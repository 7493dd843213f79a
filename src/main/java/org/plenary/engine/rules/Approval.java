package org.plenary.engine.rules;

import java.util.random.RandomGenerator;

/** Approval voting: each ballot approves any number of candidates; the most-approved win. */
final class Approval extends ContestedMethod {

    static final Approval INSTANCE = new Approval();

    @Override
    RaceResult contested(RuleSpec rule, Electorate electorate, int n, int seats, RandomGenerator lots,
                         boolean[] all) {
        int[] approvals = new int[n];
        RankedBallots profile = electorate.approvalBallots(all);
        for (RankedBallots.Entry e : profile.entries()) {
            for (int c : e.ranking()) {
                approvals[c] += e.count();
            }
        }
        RaceLog log = new RaceLog(seats);
        TopPlaces.fill(log, rule, lots, 1, approvals, all, seats, Notes.MOST_APPROVALS, Notes.MOST_VOTES_TIE_DRAWN,
                profile, electorate);
        return log.result();
    }
}
