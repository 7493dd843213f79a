package org.plenary.engine.session;

import java.util.Map;
import java.util.random.RandomGenerator;

import org.plenary.engine.model.Scenario;
import org.plenary.engine.rules.RuleSpec;

/** Holds the races of a General Assembly session in order, under the cross-post constraints. */
public final class SessionRunner {

    private SessionRunner() {
    }

    /**
     * @param ruleOverrides post id to the rule that replaces the post's own (may be empty)
     * @param lots          generator for drawing lots; null means ties are reported, never drawn
     */
    public static SessionOutcome run(Scenario scenario, Map<String, RuleSpec> ruleOverrides,
                                     ElectorateFactory electorates, RandomGenerator lots) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
