package org.plenary.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.plenary.engine.model.Scenario;
import org.plenary.engine.montecarlo.RunSettings;
import org.plenary.engine.montecarlo.SplitMix;
import org.plenary.engine.montecarlo.TrialEngine;

/**
 * One whole-session trial of the 2021 Istanbul assembly (195 delegations, every post, aggregated as a run would),
 * against its floor: as many raw uniforms from the same generator as there are (delegation, candidate) pairs, the
 * draws a trial needs at least (about one per delegation, candidate and post). The target is a trial within
 * 3x the floor.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SessionTrialBench {
    private TrialEngine engine;
    private long trial;
    private int draws;
    private SplitMix rng;

    @Setup(Level.Trial)
    public void setUp() {
        Scenario s = BenchScenarios.istanbul();
        engine = TrialEngine.prepare(s, RunSettings.of(2021, 1));
        draws = s.delegations().size() * s.candidates().size();
        rng = new SplitMix(2021);
    }

    @Benchmark
    public void trial() {
        engine.runAndTally(trial++);
    }

    /** The floor: the same number of draws as (delegation, candidate) pairs, summed so none is optimised away. */
    @Benchmark
    public double rawDraws() {
        SplitMix r = rng;
        double sum = 0;
        for (int i = 0; i < draws; i++) {
            sum += r.nextDouble();
        }
        return sum;
    }
}
