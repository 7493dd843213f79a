package org.plenary.engine.rules;

import java.util.random.RandomGenerator;

/**
 * Interpol's way: ballot after ballot until every seat is filled or the round limit is reached.
 *
 * <p>Each ballot marks up to as many names as there are open seats. A candidate is above the threshold when
 * their marks meet the quota in force for the round; the open seats go to the best placed of those, and a tie
 * across the last open seat is a tie (the candidates strictly ahead of it are elected). Elected candidates
 * leave the ballot and the next round fills the remaining seats. From
 * {@link RuleSpec#eliminationFromRound()} on, a round that elects no one drops the last-placed candidate
 * (never below the number of open seats). A single candidate left on the ballot is voted on yes/no (or is
 * elected unopposed, as the rule says). A tie, at the last seat or for last place, follows
 * {@link RuleSpec#tieBreak()}: it is reported and stops the race, or the ballot is repeated, or lots are drawn,
 * but lots only ever with a generator.
 */
final class RepeatedBallot implements CountingMethod {

    static final RepeatedBallot INSTANCE = new RepeatedBallot();

    @Override
    public RaceResult count(RuleSpec rule, Electorate electorate, int n, int seats, RandomGenerator lots) {
        RaceLog log = new RaceLog(seats);
        boolean[] on = new boolean[n];
        java.util.Arrays.fill(on, true);
        int remaining = n;
        int maxRounds = rule.maxRounds();
        int tieStreak = 0;
        BallotCount previous = null;
        int round = 0;
        boolean stopped = false;
        while (log.open() > 0 && remaining > 0 && round < maxRounds && !stopped) {
            round++;
            int open = log.open();
            if (rule.lone() == RuleSpec.LoneCandidate.UNOPPOSED && remaining <= open) {
                int[] all = indices(on, remaining);
                log.add(LoneVote.unopposed(round, all, n));
                log.elect(all);
                break;
            }
            if (remaining == 1) {
                RoundRecord r = LoneVote.yesNo(rule, electorate, round, indices(on, 1)[0], n);
                log.add(r);
                if (r.elected().length > 0) {
                    log.elect(r.elected());
                    on[r.elected()[0]] = false;
                    remaining--;
                }
                continue;
            }
            BallotCount bc = electorate.castRound(round, on, open, previous);
            previous = bc;
            int[] votes = bc.votes();
            RuleSpec.Threshold t = rule.thresholdFor(round);
            int base = Quota.base(t, rule, electorate, bc.ballots(), bc.blank());
            double needed = t.fraction() * base;
            boolean[] above = new boolean[n];
            boolean anyAbove = false;
            for (int i = 0; i < n; i++) {
                if (on[i] && votes[i] > 0 && t.met(votes[i], needed)) {
                    above[i] = true;
                    anyAbove = true;
                }
            }
            int[] electedNow = Placement.NONE;
            int[] dropped = Placement.NONE;
            String note;
            if (anyAbove) {
                Placement p = Placement.best(votes, above, open);
                electedNow = p.sure();
                if (!p.hasTie()) {
                    note = Notes.ELECTED;
                    tieStreak = 0;
                } else {
                    tieStreak++;
                    switch (settle(rule, tieStreak, round, lots)) {
                        case REPEAT -> note = Notes.SEAT_TIE_REPEATED;
                        case REPORT -> {
                            note = Notes.SEAT_TIE_REPORTED;
                            log.tie(new Tie(round, p.tied(), false));
                            stopped = true;
                        }
                        default -> {
                            electedNow = Lots.concat(electedNow, Lots.draw(p.tied(), p.tiedSeats(), lots));
                            note = Notes.SEAT_TIE_DRAWN;
                            log.tie(new Tie(round, p.tied(), true));
                            tieStreak = 0;
                        }
                    }
                }
            } else if (rule.eliminationFromRound() > 0 && round >= rule.eliminationFromRound() && remaining > open) {
                int[] last = Placement.worst(votes, on);
                if (last.length == 1) {
                    dropped = last;
                    note = Notes.LAST_DROPPED;
                    tieStreak = 0;
                } else {
                    tieStreak++;
                    switch (settle(rule, tieStreak, round, lots)) {
                        case REPEAT -> note = Notes.LAST_TIE_REPEATED;
                        case REPORT -> {
                            note = Notes.LAST_TIE_REPORTED;
                            log.tie(new Tie(round, last, false));
                            stopped = true;
                        }
                        default -> {
                            dropped = Lots.draw(last, 1, lots);
                            note = Notes.LAST_TIE_DRAWN;
                            log.tie(new Tie(round, last, true));
                            tieStreak = 0;
                        }
                    }
                }
            } else {
                note = Notes.NO_QUOTA;
                tieStreak = 0;
            }
            for (int c : electedNow) {
                on[c] = false;
                remaining--;
            }
            for (int c : dropped) {
                on[c] = false;
                remaining--;
            }
            log.elect(electedNow);
            log.add(new RoundRecord(round, votes.clone(), bc.ballots(), bc.blank(), bc.against(), bc.abstained(),
                    t.fraction(), base, needed, electedNow, dropped, note));
        }
        if (!stopped && log.open() > 0 && remaining > 0 && round >= maxRounds) {
            log.deadlock();
        }
        return log.result();
    }

    private enum Settlement { REPEAT, REPORT, DRAW }

    /** How a tie is settled in this round: by another ballot, by reporting it, or by drawing lots. */
    private static Settlement settle(RuleSpec rule, int tieStreak, int round, RandomGenerator lots) {
        // Another ballot is impossible in the last allowed round, so a tie is settled there at the latest.
        boolean repeat = rule.tieBreak() == RuleSpec.TieBreak.REPEAT_THEN_LOT && round < rule.maxRounds()
                && (rule.tieRepeats() == 0 || tieStreak <= rule.tieRepeats());
        if (repeat) {
            return Settlement.REPEAT;
        }
        return lots == null || rule.tieBreak() == RuleSpec.TieBreak.REPORT ? Settlement.REPORT : Settlement.DRAW;
    }

    private static int[] indices(boolean[] on, int count) {
        int[] r = new int[count];
        int k = 0;
        for (int i = 0; i < on.length; i++) {
            if (on[i]) {
                r[k++] = i;
            }
        }
        return r;
    }
}
