package org.plenary.engine;

/** Identifies the engine that computed a stored result; bump it whenever results for the same inputs change. */
public final class EngineInfo {
    // 1.1: a win or deadlock probability estimated at exactly 0 or 1 has its interval's bound at exactly 0 or 1.
    public static final String VERSION = "1.1";

    private EngineInfo() {
    }
}
