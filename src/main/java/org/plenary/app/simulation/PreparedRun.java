package org.plenary.app.simulation;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.plenary.engine.model.Scenario;
import org.plenary.engine.montecarlo.Arm;
import org.plenary.engine.rules.RuleSpec;

/**
 * A simulation request checked against its scenario and turned into engine inputs.
 *
 * @param arms     for a comparison, the arms in order (the first is the baseline); one arm otherwise
 * @param mainArm  the arm whose full result is reported as the run's result
 */
record PreparedRun(Scenario scenario, String method, long seed, long trials, double targetWidth,
                   Set<String> activeCampaigns, Map<String, RuleSpec> ruleOverrides, List<Arm> arms,
                   String mainArm, List<String> exactPosts) {

    boolean isComparison() {
        return arms.size() > 1;
    }

    long work() {
        return trials * arms.size();
    }
}
