package org.plenary.engine.optimise;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.plenary.engine.model.CampaignKind;
import org.plenary.engine.model.Delegation;
import org.plenary.engine.model.Scenario;
import org.plenary.scenario.ScenarioCodec;
import org.plenary.scenario.ScenarioParser;

/**
 * Not a test: times the optimiser picking 10 of the 195 delegations of interpol-2021-istanbul with a demarche of
 * strength 1, to defeat Hu Binchen for Delegate for Asia (args: post candidate aim budget searchTrials). Run after
 * {@code mvn -o -q test-compile}:
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.plenary.engine.optimise.OptimiserBench
 * (cp.txt from {@code mvn -o -q dependency:build-classpath -Dmdep.outputFile=cp.txt}).
 */
public final class OptimiserBench {
    public static void main(String[] args) throws Exception {
        Scenario s = ScenarioCodec.read(Files.readAllBytes(Path.of("scenarios/interpol-2021-istanbul.yaml")),
                ScenarioParser.Syntax.YAML, slug -> Optional.empty()).toEngine();
        String post = args.length > 0 ? args[0] : "delegate-asia";
        String candidate = args.length > 1 ? args[1] : "hu-binchen";
        Goal.Aim aim = args.length > 2 ? Goal.Aim.valueOf(args[2].toUpperCase()) : Goal.Aim.DEFEAT;
        int budget = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        long searchTrials = args.length > 4 ? Long.parseLong(args[4]) : CampaignOptimiser.Settings.defaults(0).searchTrials();
        List<String> pool = s.delegations().stream().map(Delegation::code).toList();
        Goal goal = new Goal(post, candidate, aim);
        Lever lever = new Lever(CampaignKind.GOVERNMENT_DEMARCHE, 1.0, 7);
        for (int rep = 0; rep < 2; rep++) {
            long start = System.nanoTime();
            Work work = new Work(null, 1);
            CampaignOptimiser.Result r = CampaignOptimiser.optimise(s, goal, lever, pool, budget,
                    CampaignOptimiser.Settings.defaults(42 + rep).withTrials(
                            CampaignOptimiser.Settings.defaults(0).screenTrials(), searchTrials,
                            CampaignOptimiser.Settings.defaults(0).recheckTrials()), work);
            double secs = (System.nanoTime() - start) / 1e9;
            System.out.printf("run %d: %.1f s, %d arm-trials, %d evaluations, objective %s, stop %s%n", rep, secs,
                    work.done(), r.evaluations(), r.objective(), r.stopReason());
            System.out.printf("  baseline %.3f; plan:%n", r.baseline());
            for (CampaignOptimiser.Target t : r.plan()) {
                System.out.printf("  %2d %s lift %+.4f [%+.4f, %+.4f] -> %.3f [%.3f, %.3f] margin %+.2f%n", t.rank(),
                        t.delegation(), t.lift(), t.liftCi95()[0], t.liftCi95()[1], t.probabilityAfter(),
                        t.probabilityAfterCi95()[0], t.probabilityAfterCi95()[1], t.marginAfter());
            }
            CampaignOptimiser.Recheck c = r.recheck();
            System.out.printf("  re-check (seed %d, %d trials): %.3f [%.3f, %.3f] -> %.3f [%.3f, %.3f], lift %+.4f "
                            + "[%+.4f, %+.4f]%n", c.seed(), c.trials(), c.baseline(), c.baselineCi95()[0],
                    c.baselineCi95()[1], c.withPlan(), c.withPlanCi95()[0], c.withPlanCi95()[1], c.lift(),
                    c.liftCi95()[0], c.liftCi95()[1]);
        }
    }
}
