package org.plenary.engine.rules;

import java.util.random.RandomGenerator;

/**
 * One way of turning ballots into winners. Implementations are stateless and shared; everything a count
 * needs comes in through the arguments, so one instance serves every thread of a Monte Carlo run.
 */
public interface CountingMethod {

    /**
     * @param candidates number of candidates (indices 0..candidates-1), at least 1
     * @param seats      seats to fill, at least 1
     * @param lots       generator for drawing lots, or null: then a tie is reported and never drawn
     */
    RaceResult count(RuleSpec rule, Electorate electorate, int candidates, int seats, RandomGenerator lots);
}
