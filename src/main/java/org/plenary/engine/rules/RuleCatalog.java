package org.plenary.engine.rules;

import java.util.Set;

import org.plenary.engine.model.PostKind;

/** Named rule presets. */
public final class RuleCatalog {

    private RuleCatalog() {
    }

    /** @throws IllegalArgumentException for an unknown name */
    public static RuleSpec named(String name) {
        throw new IllegalArgumentException("unknown rule \"" + name + "\"");
    }

    public static Set<String> names() {
        return Set.of();
    }

    /** Interpol's rule for a kind of post: interpol-president, interpol-vice-president or interpol-delegate. */
    public static RuleSpec defaultFor(PostKind kind) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
