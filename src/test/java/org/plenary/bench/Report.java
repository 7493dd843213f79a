package org.plenary.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import org.plenary.engine.model.Scenario;
import org.plenary.engine.montecarlo.Arm;
import org.plenary.engine.montecarlo.MonteCarlo;
import org.plenary.engine.montecarlo.RunSettings;
import org.plenary.engine.montecarlo.SimulationResult;
import org.plenary.engine.montecarlo.SplitMix;
import org.plenary.engine.montecarlo.TrialEngine;

/**
 * The performance report of bench/run.sh, from one run: a whole-session trial against its raw-draw floor (JMH), the
 * throughput on all cores and how time grows with trials and with delegations, the 10,000-trial two-arm what-if,
 * and peak heap at 10k and 1M trials. Arguments: {@code quick} skips the 1M-trial run and shortens JMH.
 */
public final class Report {
    private Report() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = Arrays.asList(args).contains("quick");
        int cores = Runtime.getRuntime().availableProcessors();
        Scenario s = BenchScenarios.istanbul();
        System.out.printf("Plenary Monte Carlo report: %s, %d delegations, %d posts, %d candidates, %d campaigns;"
                        + " %d cores; %s %s%n", s.slug(), s.delegations().size(), s.posts().size(),
                s.candidates().size(), s.campaigns().size(), cores, System.getProperty("java.vm.name"),
                System.getProperty("java.version"));

        // 1. One trial against the floor, in the same JMH run.
        Options opt = new OptionsBuilder().include(SessionTrialBench.class.getName() + ".*")
                .forks(1).warmupIterations(3).measurementIterations(quick ? 3 : 5)
                .warmupTime(TimeValue.seconds(1)).measurementTime(TimeValue.seconds(1))
                .jvmArgsAppend("-Dplenary.scenarios=" + System.getProperty("plenary.scenarios", "scenarios"))
                .build();
        Collection<RunResult> results = new Runner(opt).run();
        double trialUs = score(results, "trial");
        double floorUs = score(results, "rawDraws");
        int draws = s.delegations().size() * s.candidates().size();
        System.out.println();
        System.out.printf("one trial (one thread, JMH avg):          %8.1f us%n", trialUs);
        System.out.printf("raw-draw floor (%d draws, same gen.):   %8.1f us%n", draws, floorUs);
        System.out.printf("ratio trial / floor:                      %8.2f   (target <= 3)%n", trialUs / floorUs);

        // 2. Trials: time, throughput on all cores, heap.
        System.out.println();
        System.out.printf("%-10s %10s %12s %16s %16s%n", "trials", "time (s)", "trials/s", "peak heap (MB)",
                "kept after (MB)");
        MonteCarlo.run(s, RunSettings.of(1, 20_000)); // warm-up
        long[] sizes = quick ? new long[] {10_000, 100_000} : new long[] {10_000, 100_000, 1_000_000};
        for (long n : sizes) {
            gc();
            resetPeaks();
            long t0 = System.nanoTime();
            SimulationResult r = MonteCarlo.run(s, RunSettings.of(n, n));
            double sec = (System.nanoTime() - t0) / 1e9;
            double peak = peakHeapMb();
            gc();
            double kept = usedHeapMb();
            System.out.printf("%-10d %10.2f %12.0f %16.1f %16.1f%n", r.trials(), sec, r.trials() / sec, peak, kept);
        }

        // 3. Delegations: one thread, per trial, against the floor for that size.
        System.out.println();
        System.out.printf("%-12s %14s %14s %12s %10s%n", "delegations", "trial (us)", "per deleg. (ns)",
                "floor (us)", "ratio");
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int size : new int[] {200, 2_000, 20_000}) {
            Scenario big = BenchScenarios.scaled(s, size);
            TrialEngine e = TrialEngine.prepare(big, RunSettings.of(7, 1));
            int reps = Math.max(20, 2_000_000 / size);
            long t = 0;
            for (int i = 0; i < reps; i++) {
                e.runAndTally(t++);
            }
            long c0 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < reps; i++) {
                e.runAndTally(t++);
            }
            double us = (mx.getCurrentThreadCpuTime() - c0) / 1e3 / reps;
            double floor = floorUs(size * big.candidates().size(), reps, mx);
            System.out.printf("%-12d %14.1f %14.1f %12.1f %10.2f%n", size, us, us * 1e3 / size, floor, us / floor);
        }

        // 4. The what-if: 10,000 trials, campaigns off vs on, all cores, warm.
        System.out.println();
        List<Arm> arms = Arm.campaignsOffVsOn(s);
        for (int i = 0; i < 3; i++) {
            MonteCarlo.compare(arms, RunSettings.of(100 + i, WhatIfBench.TRIALS));
        }
        int reps = 7;
        double[] ms = new double[reps];
        for (int i = 0; i < reps; i++) {
            long t0 = System.nanoTime();
            MonteCarlo.compare(arms, RunSettings.of(i, WhatIfBench.TRIALS));
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf("10,000-trial two-arm what-if in the engine (%d threads), %d warm runs: median %.0f ms"
                + " (min %.0f, max %.0f)   (the target is over REST, below)%n", cores, reps, sorted[reps / 2], sorted[0],
                sorted[reps - 1]);
        System.out.printf("load average during the run: %.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static double score(Collection<RunResult> results, String method) {
        for (RunResult r : results) {
            if (r.getParams().getBenchmark().endsWith("." + method)) {
                return r.getPrimaryResult().getScore();
            }
        }
        throw new IllegalStateException("no JMH result for " + method);
    }

    /** CPU time per batch of {@code draws} raw uniforms, the floor of a trial on this many (delegation, candidate). */
    private static double floorUs(int draws, int reps, ThreadMXBean mx) {
        SplitMix rng = new SplitMix(42);
        double sink = 0;
        // Warm up for half a second whatever the size, so that the loop measured is the compiled one.
        long warmUntil = System.nanoTime() + 500_000_000L;
        while (System.nanoTime() < warmUntil) {
            for (int k = 0; k < draws; k++) {
                sink += rng.nextDouble();
            }
        }
        long c0 = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < reps; i++) {
            for (int k = 0; k < draws; k++) {
                sink += rng.nextDouble();
            }
        }
        double us = (mx.getCurrentThreadCpuTime() - c0) / 1e3 / reps;
        return sink == 42 ? us + 1e-9 : us;
    }

    private static void gc() {
        System.gc();
        System.gc();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks since the reset (an upper bound: the pools may peak at different moments). */
    private static double peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum / 1048576.0;
    }

    private static double usedHeapMb() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
    }
}
