package org.plenary.engine.optimise;

import java.util.concurrent.CancellationException;

import org.plenary.engine.montecarlo.RunControl;
import org.plenary.engine.montecarlo.SimulationResult;

/**
 * Progress of an analysis made of many Monte Carlo runs, counted in arm-trials (one arm simulated for one trial),
 * and its cancellation. The total is an estimate that may grow as the analysis learns what it needs.
 */
public final class Work {
    private final RunControl outer;
    private volatile long total;
    private volatile long base;

    /** @param outer receives arm-trials done so far (progress) and is polled for cancellation */
    public Work(RunControl outer, long estimatedTotal) {
        this.outer = outer == null ? RunControl.NONE : outer;
        this.total = Math.max(1, estimatedTotal);
    }

    public long total() {
        return total;
    }

    public long done() {
        return base;
    }

    public void raiseTotal(long atLeast) {
        total = Math.max(total, atLeast);
    }

    /** The control for one run of {@code arms} arms: progress is added to what earlier runs did. */
    public RunControl run(int arms) {
        checkCancelled();
        long start = base;
        return new RunControl(trials -> outer.progress().accept(start + trials * arms), outer.cancelled());
    }

    /** Records a finished run; throws when it was cancelled, since a partial run cannot be compared. */
    public void finished(SimulationResult r, int arms) {
        base += r.trials() * arms;
        raiseTotal(base);
        outer.progress().accept(base);
        if (r.cancelled()) {
            throw new CancellationException("cancelled");
        }
    }

    public void checkCancelled() {
        if (outer.cancelled().getAsBoolean() || Thread.currentThread().isInterrupted()) {
            throw new CancellationException("cancelled");
        }
    }
}
