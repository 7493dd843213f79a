package org.plenary.engine.montecarlo;

import java.util.List;

import org.plenary.engine.model.Scenario;
import org.plenary.engine.session.SessionOutcome;

/**
 * One simulated session at a time, on the calling thread: the unit a benchmark measures. Prepare once (compiles
 * the utilities), then call {@link #runTrial} or {@link #runAndTally} with successive trial numbers.
 */
public final class TrialEngine {
    private final Worker worker;

    private TrialEngine(List<Arm> arms, RunSettings settings) {
        this.worker = new Worker(new Plan(arms, settings.seed(), settings.ruleOverrides()));
    }

    public static TrialEngine prepare(Scenario scenario, RunSettings settings) {
        return new TrialEngine(List.of(Arm.of("scenario", scenario)), settings);
    }

    public static TrialEngine prepare(List<Arm> arms, RunSettings settings) {
        return new TrialEngine(arms, settings);
    }

    /** Trial number {@code trial} of every arm, without aggregating; returns the first arm's session. */
    public SessionOutcome runTrial(long trial) {
        return worker.runTrial(trial, false);
    }

    /** The same trial, aggregated as a run would. */
    public void runAndTally(long trial) {
        worker.runTrial(trial, true);
    }
}
