package org.plenary.engine.rules;

import java.util.random.RandomGenerator;

/** Counts one race under a {@link RuleSpec}: the single entry point of the counting engine. */
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
        throw new UnsupportedOperationException("not yet implemented");
    }
}
