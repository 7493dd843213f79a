package org.plenary.engine.rules;

import java.util.List;

/**
 * The outcome of one race.
 *
 * @param elected  candidate indices in order of election (may be shorter than the number of seats)
 * @param rounds   the round-by-round record
 * @param deadlock true when the maximum number of rounds was reached with seats still open
 * @param tie      non-null when a tie stopped the race or was drawn by lot
 */
public record RaceResult(int[] elected, List<RoundRecord> rounds, boolean deadlock, Tie tie) {
    public RaceResult {
        rounds = List.copyOf(rounds);
    }
}
