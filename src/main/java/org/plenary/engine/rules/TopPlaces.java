package org.plenary.engine.rules;

import java.util.random.RandomGenerator;

/**
 * The last step shared by methods that end with "the best scores win" (plurality, a runoff's second round,
 * Borda, approval): seats to the best placed, a tie across the last seat drawn by lot when the rule and a
 * generator allow it, otherwise reported with those strictly ahead still elected.
 */
final class TopPlaces {

    private TopPlaces() {
    }

    /** @return true when every seat asked for was filled */
    static boolean fill(RaceLog log, RuleSpec rule, RandomGenerator lots, int round, int[] scores,
                        boolean[] eligible, int seats, String note, String drawnNote, int ballots, int blank,
                        int abstained, int[] eliminated) {
        Placement p = Placement.best(scores, eligible, seats);
        int[] electedNow = p.sure();
        boolean filled = true;
        if (p.hasTie()) {
            if (Lots.mayDrawAtOnce(rule, lots)) {
                electedNow = Lots.concat(electedNow, Lots.draw(p.tied(), p.tiedSeats(), lots));
                log.tie(new Tie(round, p.tied(), true));
                note = drawnNote;
            } else {
                log.tie(new Tie(round, p.tied(), false));
                note = Notes.TIE_REPORTED;
                filled = false;
            }
        }
        log.elect(electedNow);
        log.add(new RoundRecord(round, scores.clone(), ballots, blank, 0, abstained, 0.0, ballots, 0.0, electedNow,
                eliminated, note));
        return filled;
    }

    /** The same, for a method that counts one ranked or approval profile. */
    static boolean fill(RaceLog log, RuleSpec rule, RandomGenerator lots, int round, int[] scores,
                        boolean[] eligible, int seats, String note, String drawnNote, RankedBallots profile,
                        Electorate electorate) {
        int ballots = profile.marked();
        int blank = profile.blank();
        return fill(log, rule, lots, round, scores, eligible, seats, note, drawnNote, ballots, blank,
                Math.max(0, electorate.present() - ballots - blank), Placement.NONE);
    }
}
