package org.plenary.engine.montecarlo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.plenary.engine.session.SessionOutcome;

/**
 * The per-thread state of a run: one simulator and one tally per arm, and the buffers of a trial. A trial draws
 * attendance and shocks once and runs every arm on them; the per-race draws are addressed by (trial, post,
 * delegation), so the arms share them too (common random numbers). Arms after the first replay the first arm's
 * races wherever their inputs are the same (see {@link ArmSimulator}).
 */
final class Worker {
    private static final long ATTEND_STREAM = 0xA77E9DL;
    private static final long LOTS_STREAM = 0x1075L;

    private final Plan plan;
    final ArmSimulator[] sims;
    final Tally[] tallies;
    /**
     * With two arms of one scenario: the races the second arm took whole from the first (same result, same ballots),
     * tallied once here rather than once per arm; both arms' totals include it. Null otherwise.
     */
    final Tally shared;
    /** [arm][candidate][0 = arm won and baseline did not, 1 = the reverse]. */
    final long[][][] paired;
    private final double[] attendance;
    /** The distinct shock layouts of the arms, their buffers, and which one each arm uses. */
    private final ShockLayout[] layouts;
    private final double[][] multipliers;
    private final double[][] scratch;
    private final int[] layoutOf;
    private final boolean[][] won;
    private final SessionOutcome[] outcomes;
    private final SplitMix rng = new SplitMix(0);
    private final SplitMix lots = new SplitMix(0);

    Worker(Plan plan) {
        this.plan = plan;
        int arms = plan.arms.size();
        sims = new ArmSimulator[arms];
        tallies = new Tally[arms];
        paired = new long[arms][][];
        won = new boolean[arms][];
        outcomes = new SessionOutcome[arms];
        List<ShockLayout> distinct = new ArrayList<>();
        layoutOf = new int[arms];
        for (int i = 0; i < arms; i++) {
            Plan.CompiledArm ca = plan.arms.get(i);
            sims[i] = new ArmSimulator(ca.arm().scenario(), ca.assembly(), ca.model(), ca.shocks(), plan.overrides);
            tallies[i] = new Tally(ca.assembly(), sims[i].rules);
            paired[i] = new long[ca.assembly().candidates()][2];
            won[i] = new boolean[ca.assembly().candidates()];
            int l = distinct.indexOf(ca.shocks());
            if (l < 0) {
                l = distinct.size();
                distinct.add(ca.shocks());
            }
            layoutOf[i] = l;
            if (i > 0) {
                sims[i].replayFrom(sims[0]);
            }
        }
        shared = arms == 2 && sims[1].replaySource() != null
                ? new Tally(plan.arms.get(0).assembly(), sims[0].rules) : null;
        layouts = distinct.toArray(ShockLayout[]::new);
        multipliers = new double[layouts.length][];
        scratch = new double[layouts.length][];
        for (int l = 0; l < layouts.length; l++) {
            multipliers[l] = layouts[l].newMultipliers();
            scratch[l] = layouts[l].newScratch();
        }
        attendance = new double[plan.delegations];
    }

    static long trialSeed(long root, long trial) {
        long block = trial / RunSettings.BLOCK;
        return SplitMix.derive(SplitMix.derive(root, block), trial - block * RunSettings.BLOCK);
    }

    /** Trials [from, to) with aggregation. */
    void runTrials(long from, long to) {
        for (long t = from; t < to; t++) {
            runTrial(t, true);
        }
    }

    /** One trial of every arm; returns the first arm's session (for benchmarks and tests). */
    SessionOutcome runTrial(long trial, boolean tally) {
        long seed = trialSeed(plan.seed, trial);
        long attendBase = SplitMix.derive(seed, ATTEND_STREAM);
        for (int d = 0; d < attendance.length; d++) {
            attendance[d] = SplitMix.unit(attendBase, d);
        }
        for (int l = 0; l < layouts.length; l++) {
            layouts[l].draw(seed, rng, scratch[l], multipliers[l]);
        }
        SessionOutcome[] outcomes = this.outcomes;
        for (int i = 0; i < sims.length; i++) {
            ArmSimulator sim = sims[i];
            sim.beginTrial(seed, attendance, multipliers[layoutOf[i]]);
            lots.reseed(SplitMix.derive(seed, LOTS_STREAM));
            outcomes[i] = sim.session.run(plan.overrides, sim, lots);
        }
        if (tally) {
            for (int i = 0; i < sims.length; i++) {
                Arrays.fill(won[i], false);
                if (shared == null) {
                    tallies[i].add(outcomes[i], sims[i], won[i]);
                } else {
                    boolean[] same = sims[1].sameAsBaseline;
                    tallies[i].add(outcomes[i], sims[i], won[i], same, i == 0 ? shared : null);
                }
            }
            for (int i = 1; i < sims.length; i++) {
                boolean[] base = won[0];
                boolean[] arm = won[i];
                int n = Math.min(base.length, arm.length);
                for (int c = 0; c < n; c++) {
                    if (arm[c] != base[c]) {
                        paired[i][c][arm[c] ? 0 : 1]++;
                    }
                }
            }
        }
        SessionOutcome first = outcomes[0];
        Arrays.fill(outcomes, null);
        return first;
    }
}
