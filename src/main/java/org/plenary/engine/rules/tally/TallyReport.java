package org.plenary.engine.rules.tally;

import java.util.List;
import java.util.Map;

/**
 * A counted race with names instead of indices.
 *
 * @param elected  names in order of election
 * @param tie      the tie that stopped the race or was drawn, or null
 * @param deadlock the round limit was reached with seats open
 * @param seed     the seed lots were drawn with, or null (then a tie is reported, never drawn)
 */
public record TallyReport(String rule, List<String> elected, List<Round> rounds, TieReport tie, boolean deadlock,
                          Long seed) {

    public TallyReport {
        elected = List.copyOf(elected);
        rounds = List.copyOf(rounds);
    }

    /**
     * One round.
     *
     * @param counts      name to votes (or points, approvals), in the order the candidates were given
     * @param threshold   the quota as a fraction of {@code base} (0 when the method has none)
     * @param votesNeeded the quota in votes
     * @param reason      why the round ended as it did, naming who was elected or eliminated
     */
    public record Round(int round, Map<String, Integer> counts, int ballots, int blank, int against, int abstained,
                        double threshold, int base, double votesNeeded, List<String> elected,
                        List<String> eliminated, String reason) {
    }

    /** @param resolvedByLot lots were drawn (with the request's seed); otherwise the tie is reported */
    public record TieReport(int round, List<String> candidates, boolean resolvedByLot) {
    }
}
