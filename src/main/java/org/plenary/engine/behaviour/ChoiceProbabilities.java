package org.plenary.engine.behaviour;

/**
 * Closed-form choice probabilities of the logit / Plackett-Luce ballot model, given the logit weights
 * w = exp(U / choiceScale) of the candidates on the ballot and of the outside options.
 */
public final class ChoiceProbabilities {
    private ChoiceProbabilities() {
    }

    /**
     * One mark: P(c) = w_c / (w_abstain + Σ w). Returns one entry per candidate followed by P(blank).
     */
    public static double[] singleMark(double[] w, double abstainWeight) {
        double total = abstainWeight;
        for (double x : w) {
            total += x;
        }
        double[] p = new double[w.length + 1];
        for (int i = 0; i < w.length; i++) {
            p[i] = w[i] / total;
        }
        p[w.length] = abstainWeight / total;
        return p;
    }

    /** A lone candidate: {P(yes), P(no), P(abstain)}. */
    public static double[] yesNo(double yesWeight, double noWeight, double abstainWeight) {
        double t = yesWeight + noWeight + abstainWeight;
        return new double[] {yesWeight / t, noWeight / t, abstainWeight / t};
    }

    /**
     * Up to {@code marks} names: the ballot follows a Plackett-Luce ranking of the candidates and the outside
     * option "abstain", marking the candidates ranked above abstain, at most {@code marks} of them. Returns the
     * probability that each candidate is marked, followed by P(blank ballot) (abstain ranked first). Exact, by
     * recursion over the first {@code marks} picks; cost grows like candidates^marks, fine for real races.
     */
    public static double[] markProbabilities(double[] w, double abstainWeight, int marks) {
        double[] p = new double[w.length + 1];
        boolean[] used = new boolean[w.length];
        double total = abstainWeight;
        for (double x : w) {
            total += x;
        }
        p[w.length] = abstainWeight / total;
        recurse(w, total, used, Math.min(marks, w.length), 1.0, p);
        return p;
    }

    private static void recurse(double[] w, double total, boolean[] used, int left, double prob, double[] p) {
        if (left == 0 || prob == 0.0) {
            return;
        }
        for (int i = 0; i < w.length; i++) {
            if (used[i] || w[i] == 0.0) {
                continue;
            }
            double pi = prob * w[i] / total;
            p[i] += pi;
            used[i] = true;
            recurse(w, total - w[i], used, left - 1, pi, p);
            used[i] = false;
        }
    }

    /** Approval: each candidate is approved with probability w / (w + threshold weight), independently. */
    public static double approval(double w, double thresholdWeight) {
        return w / (w + thresholdWeight);
    }

    /**
     * The approval threshold as a logit weight: the geometric mean of the ballot's weights (the delegation's mean
     * utility over the candidates on the ballot) shifted by {@code approvalThreshold}.
     */
    public static double approvalThresholdWeight(double[] w, double approvalThreshold, double choiceScale) {
        double logSum = 0;
        for (double x : w) {
            logSum += Math.log(x);
        }
        return Math.exp(logSum / w.length + approvalThreshold / choiceScale);
    }
}
