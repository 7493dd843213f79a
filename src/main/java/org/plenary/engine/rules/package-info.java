/**
 * The ballot-counting engine: rules as data ({@link org.plenary.engine.rules.RuleSpec}, named presets in
 * {@link org.plenary.engine.rules.RuleCatalog}), one small class per counting method behind
 * {@link org.plenary.engine.rules.CountingMethod}, and {@link org.plenary.engine.rules.RaceCounter} as the single
 * entry point. A count sees only what the ballots say, through an {@link org.plenary.engine.rules.Electorate};
 * it returns an auditable round-by-round {@link org.plenary.engine.rules.RaceResult} in which a tie is a value
 * the caller sees, and lots are drawn only with a seeded generator.
 */
package org.plenary.engine.rules;
