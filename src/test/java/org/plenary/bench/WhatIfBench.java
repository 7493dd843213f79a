package org.plenary.bench;

import java.util.List;
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
import org.plenary.engine.montecarlo.Arm;
import org.plenary.engine.montecarlo.Comparison;
import org.plenary.engine.montecarlo.MonteCarlo;
import org.plenary.engine.montecarlo.RunSettings;

/**
 * The what-if a user runs: 10,000 trials of the 2021 assembly with its campaigns off and on, on all cores, from
 * compiling the arms to the paired differences. Sample time, so JMH reports the median. The target is
 * under 250 ms warm on 2 cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WhatIfBench {
    public static final int TRIALS = 10_000;
    private List<Arm> arms;
    private long seed;

    @Setup(Level.Trial)
    public void setUp() {
        Scenario s = BenchScenarios.istanbul();
        arms = Arm.campaignsOffVsOn(s);
    }

    @Benchmark
    public Comparison campaignsOffVsOn() {
        return MonteCarlo.compare(arms, RunSettings.of(seed++, TRIALS));
    }
}
