package org.plenary.engine.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.plenary.engine.model.PostKind;

/** Named rule presets. (Interim: the full catalogue arrives with the counting engine.) */
public final class RuleCatalog {
    private static final RuleSpec MAJORITY = new RuleSpec("interpol-delegate", RuleSpec.Method.REPEATED_BALLOT,
            List.of(new RuleSpec.Threshold(1, 0.5, RuleSpec.Base.VOTES_CAST, true)), 4, 10,
            RuleSpec.TieBreak.REPEAT_THEN_LOT, RuleSpec.LoneCandidate.YES_NO_ABSTAIN, false);
    private static final Map<String, RuleSpec> PRESETS = Map.of("interpol-delegate", MAJORITY,
            "interpol-vice-president", MAJORITY, "interpol-president", MAJORITY, "two-thirds-every-round", MAJORITY);

    private RuleCatalog() {
    }

    public static RuleSpec named(String name) {
        RuleSpec r = PRESETS.get(name);
        if (r == null) {
            throw new IllegalArgumentException("unknown rule " + name);
        }
        return r;
    }

    public static Set<String> names() {
        return PRESETS.keySet();
    }

    public static RuleSpec defaultFor(PostKind kind) {
        return MAJORITY;
    }
}
