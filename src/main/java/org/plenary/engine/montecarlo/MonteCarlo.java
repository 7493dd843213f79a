package org.plenary.engine.montecarlo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;

import org.plenary.engine.model.Candidate;
import org.plenary.engine.model.Scenario;

/**
 * Runs whole General Assembly sessions, trial after trial, and aggregates them.
 *
 * <p>Reproducibility: trial t's random numbers depend only on (seed, t / BLOCK, t mod BLOCK). Workers claim
 * runs of {@link #CLAIM} trials; every aggregate is an integer, so the merged totals are the same
 * whatever the number of threads or the order in which blocks finish. The early stop is checked after each wave
 * of {@link RunSettings#WAVE} blocks, when all workers have finished the wave, so it stops at the same trial
 * count whatever the number of threads. Without an early stop there is nothing to check, so the whole run is one
 * wave and no worker waits for another until the end.
 */
public final class MonteCarlo {
    /**
     * Trials per work claim: a quarter of a block, so that at the end of a run no worker waits long for another.
     * The random numbers depend on blocks, not claims, so this changes no result.
     */
    static final int CLAIM = RunSettings.BLOCK / 4;

    private MonteCarlo() {
    }

    public static SimulationResult run(Scenario scenario, RunSettings settings) {
        return run(scenario, settings, RunControl.NONE);
    }

    public static SimulationResult run(Scenario scenario, RunSettings settings, RunControl control) {
        return compare(List.of(Arm.of("scenario", scenario)), settings, control).arms().get(0);
    }

    public static Comparison compare(List<Arm> arms, RunSettings settings) {
        return compare(arms, settings, RunControl.NONE);
    }

    /**
     * Runs every arm on the same random draws and reports each arm and its paired differences from the first.
     * All arms must have the same delegations in the same order.
     */
    public static Comparison compare(List<Arm> arms, RunSettings settings, RunControl control) {
        Plan plan = new Plan(arms, settings.seed(), settings.ruleOverrides());
        Execution ex = new Execution(plan, settings, control == null ? RunControl.NONE : control);
        ex.execute();
        return ex.comparison();
    }

    /** Shared state of one execution: the workers, the block counter and the wave barrier. */
    private static final class Execution {
        private final Plan plan;
        private final RunSettings settings;
        private final RunControl control;
        private final List<Worker> workers = new ArrayList<>();
        private final long totalClaims;
        /** Claims per wave: a wave of RunSettings.WAVE blocks with an early stop to check, else all of them. */
        private final long waveClaims;
        private final AtomicLong next = new AtomicLong();
        private final AtomicLong done = new AtomicLong();
        private final CyclicBarrier barrier;
        private final Thread caller = Thread.currentThread();
        private volatile long waveEnd;
        private volatile boolean stopping;
        private volatile boolean finished;
        private boolean stoppedEarly;
        private boolean cancelled;
        private volatile Throwable failure;

        Execution(Plan plan, RunSettings settings, RunControl control) {
            this.plan = plan;
            this.settings = settings;
            this.control = control;
            totalClaims = (settings.trials() + CLAIM - 1) / CLAIM;
            int threads = (int) Math.max(1, Math.min(settings.threads(), totalClaims));
            for (int i = 0; i < threads; i++) {
                workers.add(new Worker(plan));
            }
            waveClaims = settings.targetWidth() > 0 ? (long) RunSettings.WAVE * RunSettings.BLOCK / CLAIM : totalClaims;
            waveEnd = Math.min(waveClaims, totalClaims);
            barrier = new CyclicBarrier(threads, this::endOfWave);
        }

        void execute() {
            List<Thread> threads = new ArrayList<>();
            for (int i = 1; i < workers.size(); i++) {
                Worker w = workers.get(i);
                Thread t = new Thread(() -> work(w), "plenary-montecarlo-" + i);
                t.setDaemon(true);
                threads.add(t);
                t.start();
            }
            work(workers.get(0));
            for (Thread t : threads) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    stopping = true;
                    cancelled = true;
                    Thread.currentThread().interrupt();
                }
            }
            if (failure != null) {
                if (failure instanceof RuntimeException re) {
                    throw re;
                }
                if (failure instanceof Error er) {
                    throw er;
                }
                throw new IllegalStateException(failure);
            }
        }

        private void work(Worker w) {
            while (!finished) {
                if (!stopping) {
                    long b = next.getAndIncrement();
                    if (b < waveEnd) {
                        try {
                            long from = b * CLAIM;
                            long to = Math.min(settings.trials(), from + CLAIM);
                            w.runTrials(from, to);
                            control.progress().accept(done.addAndGet(to - from));
                            if (control.cancelled().getAsBoolean() || caller.isInterrupted()) {
                                cancelled = true;
                                stopping = true;
                            }
                        } catch (Throwable e) {
                            failure = e;
                            stopping = true;
                        }
                        continue;
                    }
                }
                try {
                    barrier.await();
                } catch (InterruptedException | BrokenBarrierException e) {
                    cancelled = true;
                    stopping = true;
                    finished = true;
                    barrier.reset();
                    return;
                }
            }
        }

        /** Runs once per wave, when every worker has finished its blocks of the wave. */
        private void endOfWave() {
            if (stopping || waveEnd >= totalClaims) {
                finished = true;
                return;
            }
            if (settings.targetWidth() > 0) {
                double widest = 0;
                for (int i = 0; i < plan.arms.size(); i++) {
                    int arm = i;
                    List<Tally> races = arm < 2 && workers.get(0).shared != null
                            ? workers.stream().map(w -> w.shared).toList() : List.of();
                    widest = Math.max(widest, Tally.widestInterval(
                            workers.stream().map(w -> w.tallies[arm]).toList(), races));
                }
                if (widest < settings.targetWidth()) {
                    stoppedEarly = true;
                    finished = true;
                    return;
                }
            }
            next.set(waveEnd);
            waveEnd = Math.min(waveEnd + waveClaims, totalClaims);
        }

        Comparison comparison() {
            List<SimulationResult> results = new ArrayList<>();
            Tally[] totals = new Tally[plan.arms.size()];
            long[][][] paired = new long[plan.arms.size()][][];
            for (int i = 0; i < plan.arms.size(); i++) {
                Tally total = workers.get(0).tallies[i];
                paired[i] = workers.get(0).paired[i];
                for (int k = 1; k < workers.size(); k++) {
                    total.merge(workers.get(k).tallies[i]);
                    long[][] other = workers.get(k).paired[i];
                    for (int c = 0; c < other.length; c++) {
                        paired[i][c][0] += other[c][0];
                        paired[i][c][1] += other[c][1];
                    }
                }
                Tally shared = workers.get(0).shared;
                if (shared != null && i < 2) {
                    total.mergeRaces(shared);
                    for (int k = 1; k < workers.size(); k++) {
                        total.mergeRaces(workers.get(k).shared);
                    }
                }
                totals[i] = total;
                results.add(total.result(plan.arms.get(i).arm().name(), settings.seed(), stoppedEarly, cancelled,
                        workers.get(0).sims[i].rules));
            }
            List<Difference> diffs = new ArrayList<>();
            String baseName = plan.arms.get(0).arm().name();
            Scenario base = plan.arms.get(0).arm().scenario();
            for (int i = 1; i < plan.arms.size(); i++) {
                Plan.CompiledArm arm = plan.arms.get(i);
                long n = totals[i].trials;
                for (int c = 0; c < arm.assembly().candidates(); c++) {
                    Candidate cand = arm.assembly().candidate(c);
                    boolean sameCandidate = c < base.candidates().size()
                            && base.candidates().get(c).id().equals(cand.id());
                    if (!sameCandidate) {
                        continue;
                    }
                    diffs.add(paired(arm.arm().name(), baseName, cand, paired[i][c][0], paired[i][c][1], n));
                }
            }
            return new Comparison(results, diffs);
        }

        /** Mean of the per-trial difference of win indicators and its normal 95 % interval. */
        private static Difference paired(String arm, String baseline, Candidate c, long plus, long minus, long n) {
            double mean = n == 0 ? 0 : (double) (plus - minus) / n;
            double var = n < 2 ? 0 : ((double) (plus + minus) / n - mean * mean) * n / (n - 1);
            double half = n == 0 ? 1 : Interval.Z95 * Math.sqrt(Math.max(0, var) / n);
            return new Difference(arm, baseline, c.postId(), c.id(), mean, new Interval(mean - half, mean + half));
        }
    }
}
