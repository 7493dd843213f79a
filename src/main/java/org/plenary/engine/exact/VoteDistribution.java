package org.plenary.engine.exact;

/**
 * The joint distribution of (votes for A, votes for B) when each of n voters independently votes A with
 * probability a_i, B with probability b_i and neither (blank, abstention or absence) otherwise: a
 * Poisson-binomial law with a third outcome, by dynamic programming over voters, O(n^3) time, O(n^2) memory.
 * For a yes/no vote, A is yes and B is no.
 */
public final class VoteDistribution {
    private final int n;
    private final double[] p;

    private VoteDistribution(int n, double[] p) {
        this.n = n;
        this.p = p;
    }

    public static VoteDistribution of(double[] a, double[] b) {
        int n = a.length;
        double[] cur = new double[(n + 1) * (n + 1)];
        double[] nxt = new double[cur.length];
        cur[0] = 1.0;
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(nxt, 0.0);
            double pa = a[i];
            double pb = b[i];
            double po = Math.max(0.0, 1.0 - pa - pb);
            for (int x = 0; x <= i; x++) {
                for (int y = 0; x + y <= i; y++) {
                    double q = cur[x * (n + 1) + y];
                    if (q == 0.0) {
                        continue;
                    }
                    nxt[x * (n + 1) + y] += q * po;
                    nxt[(x + 1) * (n + 1) + y] += q * pa;
                    nxt[x * (n + 1) + y + 1] += q * pb;
                }
            }
            double[] t = cur;
            cur = nxt;
            nxt = t;
        }
        return new VoteDistribution(n, cur);
    }

    public int voters() {
        return n;
    }

    /** P(A gets x votes and B gets y). */
    public double probability(int x, int y) {
        return x < 0 || y < 0 || x + y > n ? 0.0 : p[x * (n + 1) + y];
    }
}
