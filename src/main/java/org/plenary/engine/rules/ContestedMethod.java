package org.plenary.engine.rules;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The methods other than the repeated ballot: a lone candidate is voted on as the rule says (yes/no or
 * unopposed), and only a contested race reaches the method's own count.
 */
abstract class ContestedMethod implements CountingMethod {

    @Override
    public final RaceResult count(RuleSpec rule, Electorate electorate, int n, int seats, RandomGenerator lots) {
        if (n == 1) {
            return LoneVote.race(rule, electorate, seats);
        }
        boolean[] all = new boolean[n];
        Arrays.fill(all, true);
        return contested(rule, electorate, n, seats, lots, all);
    }

    /**
     * @param all every candidate marked as on the ballot (a fresh array the method may keep and change)
     */
    abstract RaceResult contested(RuleSpec rule, Electorate electorate, int n, int seats, RandomGenerator lots,
                                  boolean[] all);
}
