package org.plenary.engine.montecarlo;

import org.plenary.engine.behaviour.Scenarios;
import org.plenary.engine.model.Scenario;

/**
 * Not a test: prints the speed of one whole-session trial on a synthetic 195-delegation, 12-post, 30-candidate
 * assembly, against the floor of the same number of raw draws (one per delegation and candidate) from the same
 * generator, and the time of a warm 10,000-trial two-arm comparison.
 * Run: mvn -o -q test-compile exec:java is not configured; use
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.plenary.engine.montecarlo.SpeedCheck
 */
public final class SpeedCheck {
    public static void main(String[] args) {
        Scenario s = Scenarios.assembly195(1);
        int draws = s.delegations().size() * s.candidates().size();
        TrialEngine engine = TrialEngine.prepare(s, RunSettings.of(1, 1));
        long t = 0;
        for (int i = 0; i < 50_000; i++) {
            engine.runAndTally(t++);
        }
        int n = 100_000;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            engine.runAndTally(t++);
        }
        double trialNs = (System.nanoTime() - start) / (double) n;
        SplitMix rng = new SplitMix(42);
        double sink = 0;
        for (int i = 0; i < 20_000L * draws; i++) {
            sink += rng.nextDouble();
        }
        start = System.nanoTime();
        long raw = (long) n * draws;
        for (long i = 0; i < raw; i++) {
            sink += rng.nextDouble();
        }
        double floorNs = (System.nanoTime() - start) / (double) n;
        System.out.printf("trial: %.1f us (%.0f trials/s, one thread); raw-draw floor (%d draws): %.1f us; ratio %.2f%n",
                trialNs / 1e3, 1e9 / trialNs, draws, floorNs / 1e3, trialNs / floorNs);
        for (int rep = 0; rep < 6; rep++) {
            start = System.nanoTime();
            Comparison c = MonteCarlo.compare(Arm.campaignsOffVsOn(s), RunSettings.of(rep, 10_000));
            double ms = (System.nanoTime() - start) / 1e6;
            System.out.printf("10,000-trial two-arm comparison (%d threads): %.0f ms (%d trials)%n",
                    RunSettings.of(0, 1).threads(), ms, c.arms().get(0).trials());
        }
        if (sink == 42) {
            System.out.println();
        }
    }
}
