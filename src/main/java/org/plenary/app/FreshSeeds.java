package org.plenary.app;

import java.security.SecureRandom;

/**
 * Seeds for requests that give none. Drawn below 2^53, so that every JSON reader holds them exactly: JavaScript and
 * many other clients read numbers as doubles, and a larger seed read back that way (e.g. 3625385178167189532 as
 * 3625385178167189500) would re-run as another result. A client may still give any 64-bit seed.
 */
public final class FreshSeeds {

    /** Every integer from 0 to this one is held exactly by a double (JavaScript's Number.MAX_SAFE_INTEGER). */
    public static final long MAX = (1L << 53) - 1;

    private static final SecureRandom SEEDS = new SecureRandom();

    private FreshSeeds() {
    }

    public static long next() {
        return SEEDS.nextLong() & MAX;
    }
}
