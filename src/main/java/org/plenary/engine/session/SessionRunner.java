package org.plenary.engine.session;

import java.util.Map;
import java.util.random.RandomGenerator;

import org.plenary.engine.model.Scenario;
import org.plenary.engine.rules.RuleSpec;

/**
 * Holds the races of a General Assembly session in the scenario's order of posts, under the cross-post
 * constraints described in {@link SessionPlan}. A Monte Carlo loop that runs one scenario many times should
 * prepare it once with {@link #plan(Scenario)} and call {@link SessionPlan#run} per trial.
 */
public final class SessionRunner {

    private SessionRunner() {
    }

    /**
     * @param ruleOverrides post id to the rule that replaces the post's own (may be empty)
     * @param lots          generator for drawing lots; null means ties are reported, never drawn
     */
    public static SessionOutcome run(Scenario scenario, Map<String, RuleSpec> ruleOverrides,
                                     ElectorateFactory electorates, RandomGenerator lots) {
        return SessionPlan.of(scenario).run(ruleOverrides, electorates, lots);
    }

    /** Prepares a scenario for many runs. */
    public static SessionPlan plan(Scenario scenario) {
        return SessionPlan.of(scenario);
    }
}
