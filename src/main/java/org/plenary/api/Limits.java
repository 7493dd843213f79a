package org.plenary.api;

import org.plenary.app.PlenaryConfig;
import org.plenary.app.access.Caller;

/** The trials cap of each role. */
final class Limits {

    private Limits() {
    }

    static long maxTrials(PlenaryConfig config, Caller caller) {
        return switch (caller.role()) {
            case ANONYMOUS -> config.simulation().anonymousMaxTrials();
            case VIEWER -> config.simulation().viewerMaxTrials();
            case ANALYST, ADMIN -> config.simulation().maxTrials();
        };
    }
}
