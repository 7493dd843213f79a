package org.plenary.engine.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class IntervalTest {

    private static final double Z2 = Interval.Z95 * Interval.Z95;

    @Test
    void wilsonMatchesItsClosedForm() {
        // 50 of 100: centre 0.5, half-width z/(1+z²/n) * sqrt(0.25/n + z²/(4n²)).
        Interval half = Interval.wilson(50, 100);
        double h = Interval.Z95 / (1 + Z2 / 100) * Math.sqrt(0.25 / 100 + Z2 / 40_000);
        assertThat(half.low()).isCloseTo(0.5 - h, within(1e-12));
        assertThat(half.high()).isCloseTo(0.5 + h, within(1e-12));
        assertThat(half.low()).isCloseTo(0.4038, within(1e-4));
        // None of n: [0, z²/(n+z²)]; all of n: [n/(n+z²), 1], the bounds at 0 and 1 exactly.
        Interval none = Interval.wilson(0, 5000);
        assertThat(none.low()).isEqualTo(0.0);
        assertThat(none.high()).isCloseTo(Z2 / (5000 + Z2), within(1e-15));
        Interval all = Interval.wilson(5000, 5000);
        assertThat(all.high()).isEqualTo(1.0);
        assertThat(all.low()).isCloseTo(5000 / (5000 + Z2), within(1e-15));
        assertThat(Interval.wilson(0, 0)).isEqualTo(new Interval(0.0, 1.0));
    }

    @Test
    void everyIntervalContainsItsEstimate() {
        for (long n = 1; n <= 400; n++) {
            for (long k = 0; k <= n; k++) {
                assertThat(Interval.wilson(k, n).contains((double) k / n)).as("%d of %d", k, n).isTrue();
            }
        }
    }
}
