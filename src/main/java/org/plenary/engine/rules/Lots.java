package org.plenary.engine.rules;

import java.util.random.RandomGenerator;

/** Drawing lots among tied candidates. */
final class Lots {

    private Lots() {
    }

    /**
     * Draws {@code k} of the {@code tied} candidates, in the order drawn. The group is ascending by index, so
     * the same seed gives the same draw whatever order the ballots came in.
     */
    static int[] draw(int[] tied, int k, RandomGenerator lots) {
        int[] pool = tied.clone();
        for (int i = 0; i < k; i++) {
            int j = i + lots.nextInt(pool.length - i);
            int t = pool[i];
            pool[i] = pool[j];
            pool[j] = t;
        }
        return java.util.Arrays.copyOf(pool, k);
    }

    /** Methods that collect a single ballot cannot repeat it: they draw at once when the rule allows lots. */
    static boolean mayDrawAtOnce(RuleSpec rule, RandomGenerator lots) {
        return lots != null && rule.tieBreak() != RuleSpec.TieBreak.REPORT;
    }

    static int[] concat(int[] a, int[] b) {
        if (b.length == 0) {
            return a;
        }
        if (a.length == 0) {
            return b;
        }
        int[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
