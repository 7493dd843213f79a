package org.plenary.engine.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.plenary.engine.model.PostKind;
import org.plenary.engine.rules.RuleSpec.Base;
import org.plenary.engine.rules.RuleSpec.LoneCandidate;
import org.plenary.engine.rules.RuleSpec.Method;
import org.plenary.engine.rules.RuleSpec.Threshold;
import org.plenary.engine.rules.RuleSpec.TieBreak;

/**
 * Named rule presets.
 *
 * <p>The Interpol presets follow the confirmed rules (Constitution Art. 16: two-thirds of votes cast for the
 * President in rounds 1 and 2, then a simple majority; a simple majority for Vice-Presidents and Delegates;
 * blank ballots outside the base; no elimination in the first rounds; a lone candidate voted yes/no/abstain).
 * Where the rules are unconfirmed they use the documented defaults:
 * <ul>
 *   <li>no majority from round 3 on: keep balloting; from round 4 on the ballot no longer carries the previous
 *       round's last-placed candidate (eliminationFromRound = 3: dropped after round 3 and each later round
 *       without a winner);</li>
 *   <li>at most {@value #INTERPOL_MAX_ROUNDS} rounds, after which seats still open are a deadlock;</li>
 *   <li>a tie is met by one repeated ballot, then lots (drawn only with a seed, otherwise reported);</li>
 *   <li>no quorum;</li>
 *   <li>multi-seat Delegate races: each ballot marks up to as many names as open seats; a candidate needs a
 *       majority of the (non-blank) ballots cast; seats to the best placed above it; open seats to another
 *       round without the candidates already elected.</li>
 * </ul>
 */
public final class RuleCatalog {

    public static final int INTERPOL_MAX_ROUNDS = 10;
    /** Round after which the last-placed candidate starts being dropped (so round 4 is the first shorter ballot). */
    public static final int INTERPOL_ELIMINATION_FROM = 3;

    private static final Threshold TWO_THIRDS = new Threshold(1, 2.0 / 3.0, Base.VOTES_CAST, false);
    private static final Threshold MAJORITY_FROM_3 = new Threshold(3, 0.5, Base.VOTES_CAST, true);
    private static final Threshold MAJORITY = new Threshold(1, 0.5, Base.VOTES_CAST, true);

    private static final Map<String, RuleSpec> PRESETS = presets();

    private RuleCatalog() {
    }

    /** @throws IllegalArgumentException for an unknown name */
    public static RuleSpec named(String name) {
        RuleSpec rule = name == null ? null : PRESETS.get(name);
        if (rule == null) {
            throw new IllegalArgumentException("unknown rule \"" + name + "\"; known rules: " + PRESETS.keySet());
        }
        return rule;
    }

    /** The preset names, in a stable order (Interpol's first). */
    public static Set<String> names() {
        return PRESETS.keySet();
    }

    /** Interpol's rule for a kind of post: interpol-president, interpol-vice-president or interpol-delegate. */
    public static RuleSpec defaultFor(PostKind kind) {
        return switch (kind) {
            case PRESIDENT -> named("interpol-president");
            case VICE_PRESIDENT -> named("interpol-vice-president");
            case DELEGATE -> named("interpol-delegate");
        };
    }

    private static RuleSpec interpol(String name, List<Threshold> thresholds) {
        return new RuleSpec(name, Method.REPEATED_BALLOT, thresholds, INTERPOL_ELIMINATION_FROM,
                INTERPOL_MAX_ROUNDS, TieBreak.REPEAT_THEN_LOT, LoneCandidate.YES_NO_ABSTAIN, false, 1, 0.0);
    }

    /** A method that collects one ballot: ties drawn by lot when a seed is given, else reported. */
    private static RuleSpec singleBallot(String name, Method method, List<Threshold> thresholds, int maxRounds) {
        return new RuleSpec(name, method, thresholds, 0, maxRounds, TieBreak.LOT, LoneCandidate.YES_NO_ABSTAIN,
                false, 0, 0.0);
    }

    private static Map<String, RuleSpec> presets() {
        Map<String, RuleSpec> m = new LinkedHashMap<>();
        put(m, interpol("interpol-president", List.of(TWO_THIRDS, MAJORITY_FROM_3)));
        put(m, interpol("interpol-vice-president", List.of(MAJORITY)));
        put(m, interpol("interpol-delegate", List.of(MAJORITY)));
        put(m, singleBallot("plurality", Method.PLURALITY, List.of(MAJORITY), 1));
        put(m, singleBallot("two-round-runoff", Method.TWO_ROUND_RUNOFF, List.of(MAJORITY), 2));
        put(m, singleBallot("irv", Method.INSTANT_RUNOFF, List.of(MAJORITY), 1));
        put(m, singleBallot("borda", Method.BORDA, List.of(MAJORITY), 1));
        put(m, singleBallot("approval", Method.APPROVAL, List.of(MAJORITY), 1));
        put(m, singleBallot("schulze", Method.SCHULZE, List.of(MAJORITY), 1));
        put(m, singleBallot("stv", Method.STV, List.of(MAJORITY), 1));
        put(m, interpol("two-thirds-every-round", List.of(TWO_THIRDS)));
        return Collections.unmodifiableMap(m);
    }

    private static void put(Map<String, RuleSpec> m, RuleSpec rule) {
        m.put(rule.name(), rule);
    }
}
