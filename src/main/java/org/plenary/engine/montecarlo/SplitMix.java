package org.plenary.engine.montecarlo;

import java.util.random.RandomGenerator;

/**
 * SplitMix64, the generator inside {@link java.util.SplittableRandom}, in a form that can be re-seeded without
 * allocating and addressed by counter. Every random number of a trial comes from this one concrete type: the
 * sequential streams (shocks, lots) through {@link #reseed}, the per-delegation draws through {@link #unit},
 * which is the k-th output of the stream seeded with {@code base}. Addressing draws by (race, delegation, pick)
 * rather than by position in a stream is what keeps arms of a comparison on the same draws even when one arm
 * holds more rounds than the other.
 */
public final class SplitMix implements RandomGenerator {
    static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private long state;

    public SplitMix(long seed) {
        this.state = seed;
    }

    public SplitMix reseed(long seed) {
        this.state = seed;
        return this;
    }

    /** The whole state: a generator reseeded with it continues exactly where this one is. */
    long state() {
        return state;
    }

    @Override
    public long nextLong() {
        return mix64(state += GOLDEN);
    }

    @Override
    public double nextDouble() {
        return (mix64(state += GOLDEN) >>> 11) * 0x1.0p-53;
    }

    /** The k-th uniform in [0,1) of the stream seeded with {@code base}. */
    public static double unit(long base, long k) {
        return (mix64(base + (k + 1) * GOLDEN) >>> 11) * 0x1.0p-53;
    }

    /** A seed for the sub-stream {@code key} of the stream {@code parent}. */
    public static long derive(long parent, long key) {
        return mix64(parent ^ mix64(key * GOLDEN + 0x632BE59BD9B4E019L));
    }

    /** A stable 64-bit key for a name (FNV-1a, then mixed), so forks of a scenario address the same draws. */
    public static long key(String name) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < name.length(); i++) {
            h ^= name.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix64(h);
    }

    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
