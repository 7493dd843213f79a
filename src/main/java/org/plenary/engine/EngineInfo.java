package org.plenary.engine;

/** Identifies the engine that computed a stored result; bump it whenever results for the same inputs change. */
public final class EngineInfo {
    public static final String VERSION = "1.0";

    private EngineInfo() {
    }
}
