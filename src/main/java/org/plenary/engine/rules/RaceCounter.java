package org.plenary.engine.rules;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Counts one race under a {@link RuleSpec}: the single entry point of the counting engine.
 *
 * <p>This is on the Monte Carlo hot path (about ten calls per simulated session): it works on primitive
 * arrays, allocates little, and round notes are constants from {@link Notes}.
 */
public final class RaceCounter {

    private RaceCounter() {
    }

    /**
     * @param rule       the counting rule
     * @param electorate the voters of this race
     * @param candidates number of candidates on the ballot (indices 0..candidates-1)
     * @param seats      seats to fill
     * @param lots       generator for drawing lots; null means no seed, so a tie is reported and never drawn
     */
    public static RaceResult count(RuleSpec rule, Electorate electorate, int candidates, int seats,
                                   RandomGenerator lots) {
        if (seats < 1) {
            throw new IllegalArgumentException("a race fills at least one seat, was " + seats);
        }
        if (candidates < 0) {
            throw new IllegalArgumentException("negative number of candidates: " + candidates);
        }
        if (candidates == 0) {
            return new RaceResult(Placement.NONE, List.of(), false, null);
        }
        if (rule.quorum() > 0 && electorate.present() < rule.quorum() * electorate.members() - 1e-9) {
            RoundRecord none = new RoundRecord(1, new int[candidates], 0, 0, 0, electorate.present(), rule.quorum(),
                    electorate.members(), rule.quorum() * electorate.members(), Placement.NONE, Placement.NONE,
                    Notes.NO_QUORUM);
            return new RaceResult(Placement.NONE, List.of(none), false, null);
        }
        return methodFor(rule.method()).count(rule, electorate, candidates, seats, lots);
    }

    /** The implementation of a counting method. */
    public static CountingMethod methodFor(RuleSpec.Method method) {
        return switch (method) {
            case REPEATED_BALLOT -> RepeatedBallot.INSTANCE;
            case PLURALITY -> Plurality.INSTANCE;
            case TWO_ROUND_RUNOFF -> TwoRoundRunoff.INSTANCE;
            case INSTANT_RUNOFF -> InstantRunoff.INSTANCE;
            case BORDA -> Borda.INSTANCE;
            case APPROVAL -> Approval.INSTANCE;
            case SCHULZE -> Schulze.INSTANCE;
            case STV -> SingleTransferableVote.INSTANCE;
        };
    }
}
