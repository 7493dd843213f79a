package org.plenary.engine.montecarlo;

/** A 95 % confidence interval. */
public record Interval(double low, double high) {

    static final double Z95 = 1.959963984540054;

    /** Wilson score interval for k successes in n trials (the whole [0,1] when n = 0). */
    public static Interval wilson(long k, long n) {
        if (n == 0) {
            return new Interval(0.0, 1.0);
        }
        double p = (double) k / n;
        double z2 = Z95 * Z95;
        double denom = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denom;
        double half = Z95 / denom * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        // At k = 0 (k = n) the bound is exactly 0 (1); computed, it comes out a rounding error away, and an
        // interval for an estimate of 0 that starts at 4e-19 does not contain its own estimate.
        return new Interval(k == 0 ? 0.0 : Math.max(0.0, centre - half), k == n ? 1.0 : Math.min(1.0, centre + half));
    }

    public double width() {
        return high - low;
    }

    public boolean contains(double x) {
        return x >= low && x <= high;
    }
}
