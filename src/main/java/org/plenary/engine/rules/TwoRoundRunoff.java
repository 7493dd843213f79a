package org.plenary.engine.rules;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Majority in round 1 (the rule's round-1 threshold, a simple majority of votes cast by default), otherwise a
 * second round between the best placed: two per open seat, and everyone tied at the cut-off goes through
 * rather than being drawn out. The most votes in round 2 win.
 */
final class TwoRoundRunoff extends ContestedMethod {

    static final TwoRoundRunoff INSTANCE = new TwoRoundRunoff();

    @Override
    RaceResult contested(RuleSpec rule, Electorate electorate, int n, int seats, RandomGenerator lots,
                         boolean[] on) {
        RaceLog log = new RaceLog(seats);
        BallotCount first = electorate.castRound(1, on, seats, null);
        int[] votes = first.votes();
        RuleSpec.Threshold t = rule.thresholdFor(1);
        int base = Quota.base(t, rule, electorate, first.ballots(), first.blank());
        double needed = t.fraction() * base;
        boolean[] above = new boolean[n];
        for (int i = 0; i < n; i++) {
            above[i] = votes[i] > 0 && t.met(votes[i], needed);
        }
        Placement winners = Placement.best(votes, above, seats);
        int[] electedNow = winners.sure();
        if (winners.hasTie()) {
            if (!Lots.mayDrawAtOnce(rule, lots)) {
                log.elect(electedNow);
                log.tie(new Tie(1, winners.tied(), false));
                log.add(new RoundRecord(1, votes.clone(), first.ballots(), first.blank(), 0, first.abstained(),
                        t.fraction(), base, needed, electedNow, Placement.NONE, Notes.TIE_REPORTED));
                return log.result();
            }
            electedNow = Lots.concat(electedNow, Lots.draw(winners.tied(), winners.tiedSeats(), lots));
            log.tie(new Tie(1, winners.tied(), true));
        }
        log.elect(electedNow);
        for (int c : electedNow) {
            on[c] = false;
        }
        int open = log.open();
        if (open == 0) {
            log.add(new RoundRecord(1, votes.clone(), first.ballots(), first.blank(), 0, first.abstained(),
                    t.fraction(), base, needed, electedNow, Placement.NONE, Notes.ELECTED));
            return log.result();
        }
        Placement field = Placement.best(votes, on, 2 * open);
        boolean[] runoff = new boolean[n];
        for (int c : field.sure()) {
            runoff[c] = true;
        }
        for (int c : field.tied()) {
            runoff[c] = true;
        }
        int[] out = new int[n];
        int outCount = 0;
        for (int i = 0; i < n; i++) {
            if (on[i] && !runoff[i]) {
                out[outCount++] = i;
            }
        }
        log.add(new RoundRecord(1, votes.clone(), first.ballots(), first.blank(), 0, first.abstained(),
                t.fraction(), base, needed, electedNow, Arrays.copyOf(out, outCount), Notes.RUNOFF_FIELD));
        BallotCount second = electorate.castRound(2, runoff, open, first);
        TopPlaces.fill(log, rule, lots, 2, second.votes(), runoff, open, Notes.MOST_VOTES,
                Notes.MOST_VOTES_TIE_DRAWN, second.ballots(), second.blank(), second.abstained(), Placement.NONE);
        return log.result();
    }
}
