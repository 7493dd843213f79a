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
 * @param tieRepeats      under {@link TieBreak#REPEAT_THEN_LOT}: how many ballots in a row may end in a tie before
 *                        lots are drawn; 0 means "until the last allowed round"
 * @param quorum          fraction of all members who must be present for the race to be held (0 = no quorum)
 */
public record RuleSpec(String name, Method method, List<Threshold> thresholds, int eliminationFromRound,
                       int maxRounds, TieBreak tieBreak, LoneCandidate lone, boolean blanksInBase,
                       int tieRepeats, double quorum) {

    /** What a rule without thresholds (or before its first step) requires: strictly more than half the votes cast. */
    public static final Threshold SIMPLE_MAJORITY = new Threshold(1, 0.5, Base.VOTES_CAST, true);

    public RuleSpec {
        thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
        if (method == null) {
            throw new IllegalArgumentException("a rule needs a counting method");
        }
        // A rule always allows at least one ballot; negative counts mean "never"/"none".
        maxRounds = Math.max(1, maxRounds);
        eliminationFromRound = Math.max(0, eliminationFromRound);
        tieRepeats = Math.max(0, tieRepeats);
        if (!(quorum >= 0.0 && quorum <= 1.0)) {
            throw new IllegalArgumentException("quorum must be a fraction in [0,1], was " + quorum);
        }
        tieBreak = tieBreak == null ? TieBreak.REPORT : tieBreak;
        lone = lone == null ? LoneCandidate.YES_NO_ABSTAIN : lone;
    }

    /** The original shape: ties repeated until the last allowed round, no quorum. */
    public RuleSpec(String name, Method method, List<Threshold> thresholds, int eliminationFromRound,
                    int maxRounds, TieBreak tieBreak, LoneCandidate lone, boolean blanksInBase) {
        this(name, method, thresholds, eliminationFromRound, maxRounds, tieBreak, lone, blanksInBase, 0, 0.0);
    }

    /** The quota in force in {@code round}: the last step starting at or before it, else a simple majority. */
    public Threshold thresholdFor(int round) {
        Threshold chosen = null;
        for (Threshold t : thresholds) {
            if (t.fromRound() <= round && (chosen == null || t.fromRound() >= chosen.fromRound())) {
                chosen = t;
            }
        }
        return chosen == null ? SIMPLE_MAJORITY : chosen;
    }

    public RuleSpec withName(String newName) {
        return new RuleSpec(newName, method, thresholds, eliminationFromRound, maxRounds, tieBreak, lone,
                blanksInBase, tieRepeats, quorum);
    }

    public RuleSpec withTieBreak(TieBreak newTieBreak, int newTieRepeats) {
        return new RuleSpec(name, method, thresholds, eliminationFromRound, maxRounds, newTieBreak, lone,
                blanksInBase, newTieRepeats, quorum);
    }

    public RuleSpec withThresholds(List<Threshold> newThresholds) {
        return new RuleSpec(name, method, newThresholds, eliminationFromRound, maxRounds, tieBreak, lone,
                blanksInBase, tieRepeats, quorum);
    }

    public RuleSpec withRounds(int newEliminationFromRound, int newMaxRounds) {
        return new RuleSpec(name, method, thresholds, newEliminationFromRound, newMaxRounds, tieBreak, lone,
                blanksInBase, tieRepeats, quorum);
    }

    public RuleSpec withLone(LoneCandidate newLone) {
        return new RuleSpec(name, method, thresholds, eliminationFromRound, maxRounds, tieBreak, newLone,
                blanksInBase, tieRepeats, quorum);
    }

    public RuleSpec withBlanksInBase(boolean newBlanksInBase) {
        return new RuleSpec(name, method, thresholds, eliminationFromRound, maxRounds, tieBreak, lone,
                newBlanksInBase, tieRepeats, quorum);
    }

    public RuleSpec withQuorum(double newQuorum) {
        return new RuleSpec(name, method, thresholds, eliminationFromRound, maxRounds, tieBreak, lone,
                blanksInBase, tieRepeats, newQuorum);
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
        public Threshold {
            if (!(fraction >= 0.0 && fraction <= 1.0)) {
                throw new IllegalArgumentException("a threshold fraction must be in [0,1], was " + fraction);
            }
            base = base == null ? Base.VOTES_CAST : base;
        }

        /**
         * Whether {@code votes} meet this quota of {@code needed} votes. The tolerance absorbs the rounding of
         * fractions such as 2/3 times a base divisible by 3, which must count as "exactly two-thirds".
         */
        public boolean met(double votes, double needed) {
            return strict ? votes > needed + 1e-9 : votes >= needed - 1e-9;
        }
    }

    public enum TieBreak {
        /** Report the tie and stop: the caller sees it. */
        REPORT,
        /**
         * Hold another ballot; if the tie persists after {@code tieRepeats} repeats (or in the last allowed round),
         * draw lots (needs a seed). Methods that collect a single ballot cannot repeat it and draw at once.
         */
        REPEAT_THEN_LOT,
        /** Draw lots at once (needs a seed). */
        LOT
    }

    public enum LoneCandidate {
        /** Yes / no / abstain: elected with the quota of yes among yes and no. */
        YES_NO_ABSTAIN,
        /**
         * Elected unopposed without a vote (in a repeated ballot also when no more candidates are left than open
         * seats).
         */
        UNOPPOSED
    }
}
