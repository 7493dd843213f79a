package org.plenary.engine.rules;

/**
 * One round of a race, as a person auditing the count would want to see it.
 *
 * @param round         1-based round number within the race
 * @param counts        votes (or points, approvals, transferred value rounded down) per candidate index
 * @param ballots       non-blank ballots cast in this round (for a yes/no vote: yes + no)
 * @param blank         blank ballots (for a yes/no vote: abstentions; for ranked counts: exhausted ballots)
 * @param against       "no" votes in a yes/no vote on a lone candidate; 0 otherwise
 * @param abstained     voters present who cast no ballot at all
 * @param quotaFraction the fraction of {@code base} a candidate needed (0 when the method has no quota)
 * @param base          the value the quota is a fraction of (votes cast, members present or all members)
 * @param votesNeeded   the quota in votes ({@code quotaFraction * base}, or the Droop quota for STV)
 * @param elected       candidates elected in this round, best placed first
 * @param eliminated    candidates dropped from the ballot after this round
 * @param note          why the round ended as it did; a constant phrase so that hot paths never format strings
 */
public record RoundRecord(int round, int[] counts, int ballots, int blank, int against, int abstained,
                          double quotaFraction, int base, double votesNeeded, int[] elected, int[] eliminated,
                          String note) {

    /**
     * The note with the candidates elected and dropped in this round named, e.g.
     * {@code "... elected (elected: Ann)"}. Built on demand, never in the counting loop.
     *
     * @param names candidate names by index
     */
    public String describe(java.util.List<String> names) {
        StringBuilder s = new StringBuilder(note);
        appendNames(s, " (elected: ", elected, names);
        appendNames(s, " (dropped: ", eliminated, names);
        return s.toString();
    }

    private static void appendNames(StringBuilder s, String label, int[] who, java.util.List<String> names) {
        if (who.length == 0) {
            return;
        }
        s.append(label);
        for (int i = 0; i < who.length; i++) {
            s.append(i == 0 ? "" : ", ").append(names.get(who[i]));
        }
        s.append(')');
    }
}
