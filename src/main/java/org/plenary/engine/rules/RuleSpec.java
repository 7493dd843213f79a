package org.plenary.engine.rules;

import java.util.List;

/**
 * A counting rule as data, so that scenarios and requests can name or spell out the rules of a race.
 *
 * @param name            a label (e.g. "interpol-president"); named presets live in {@link RuleCatalog}
 * @param method          the counting method
 * @param thresholds      for repeated-ballot methods: the quota in force from a given round on (the last step
 *                        whose fromRound is <= the round applies)
 * @param eliminationFromRound from this round on, the last-placed candidate is dropped after a round without a
 *                        winner (0 = never)
 * @param maxRounds       after this many rounds without filling every seat the race is a deadlock
 * @param tieBreak        what a tie that decides the outcome does
 * @param lone            how a lone candidate is voted on
 * @param blanksInBase    whether blank ballots count in the VOTES_CAST base
 */
public record RuleSpec(String name, Method method, List<Threshold> thresholds, int eliminationFromRound,
                       int maxRounds, TieBreak tieBreak, LoneCandidate lone, boolean blanksInBase) {

    public RuleSpec {
        thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
    }

    public enum Method {
        /** Interpol-style: ballot after ballot with a quota, each ballot marks up to as many names as seats. */
        REPEATED_BALLOT, PLURALITY, TWO_ROUND_RUNOFF, INSTANT_RUNOFF, BORDA, APPROVAL, SCHULZE, STV
    }

    /** What the quota is a fraction of. */
    public enum Base { VOTES_CAST, MEMBERS_PRESENT, ALL_MEMBERS }

    /**
     * From round {@code fromRound} on, a candidate needs {@code fraction} of {@code base}; strictly more when
     * {@code strict} ("more than half"), at least when not ("two-thirds").
     */
    public record Threshold(int fromRound, double fraction, Base base, boolean strict) {
    }

    public enum TieBreak {
        /** Report the tie and stop: the caller sees it. */
        REPORT,
        /** Hold another ballot; if the tie persists in the last allowed round, draw lots (needs a seed). */
        REPEAT_THEN_LOT,
        /** Draw lots at once (needs a seed). */
        LOT
    }

    public enum LoneCandidate {
        /** Yes / no / abstain: elected with the quota of yes among yes and no. */
        YES_NO_ABSTAIN,
        /** Elected unopposed without a vote. */
        UNOPPOSED
    }
}
