package org.plenary.engine.rules;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/** Approval voting: each ballot approves any number of candidates; the most-approved win. */
final class Approval implements CountingMethod {

    static final Approval INSTANCE = new Approval();

    @Override
    public RaceResult count(RuleSpec rule, Electorate electorate, int n, int seats, RandomGenerator lots) {
        if (n == 1) {
            return LoneVote.race(rule, electorate, seats);
        }
        boolean[] all = new boolean[n];
        Arrays.fill(all, true);
        int[] approvals = new int[n];
        int ballots = 0;
        int blank = 0;
        for (RankedBallots.Entry e : electorate.approvalBallots(all).entries()) {
            if (e.ranking().length == 0) {
                blank += e.count();
                continue;
            }
            ballots += e.count();
            for (int c : e.ranking()) {
                approvals[c] += e.count();
            }
        }
        RaceLog log = new RaceLog(seats);
        int abstained = Math.max(0, electorate.present() - ballots - blank);
        TopPlaces.fill(log, rule, lots, 1, approvals, all, seats, Notes.MOST_APPROVALS, Notes.MOST_VOTES_TIE_DRAWN,
                ballots, blank, abstained, Placement.NONE);
        return log.result();
    }
}
