package org.plenary.engine.montecarlo;

import java.util.Map;

import org.plenary.engine.rules.RuleSpec;

/**
 * How to run a simulation.
 *
 * @param trials        trials to run (at most; fewer after an early stop)
 * @param threads       worker threads (results do not depend on it)
 * @param targetWidth   stop early once every win probability's 95 % interval is narrower than this; 0 = never
 * @param ruleOverrides post id to a rule replacing the post's own
 */
public record RunSettings(long seed, long trials, int threads, double targetWidth,
                          Map<String, RuleSpec> ruleOverrides) {
    /** Trials per block: the unit of random streams (work is claimed in quarter blocks, see MonteCarlo). */
    public static final int BLOCK = 256;
    /** Blocks per wave: the early-stop check happens after each wave, at a point independent of threads. */
    public static final int WAVE = 8;

    public RunSettings {
        if (trials < 1) {
            throw new IllegalArgumentException("trials: at least 1, was " + trials);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads: at least 1, was " + threads);
        }
        if (!(targetWidth >= 0)) {
            throw new IllegalArgumentException("targetWidth: must be >= 0, was " + targetWidth);
        }
        ruleOverrides = ruleOverrides == null ? Map.of() : Map.copyOf(ruleOverrides);
    }

    public static RunSettings of(long seed, long trials) {
        return new RunSettings(seed, trials, Runtime.getRuntime().availableProcessors(), 0.0, Map.of());
    }

    public RunSettings withThreads(int n) {
        return new RunSettings(seed, trials, n, targetWidth, ruleOverrides);
    }

    public RunSettings withTargetWidth(double width) {
        return new RunSettings(seed, trials, threads, width, ruleOverrides);
    }

    public RunSettings withRuleOverrides(Map<String, RuleSpec> overrides) {
        return new RunSettings(seed, trials, threads, targetWidth, overrides);
    }
}
