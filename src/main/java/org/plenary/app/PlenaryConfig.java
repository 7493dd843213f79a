package org.plenary.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service's own settings (application.properties, or environment variables such as PLENARY_SCENARIOS_DIR). */
@ConfigMapping(prefix = "plenary")
public interface PlenaryConfig {

    /** Directory of the bundled scenario files loaded at start-up. */
    Scenarios scenarios();

    /** Directory of the embedded H2 database files (used by the datasource URL). */
    @WithDefault("./data")
    String dataDir();

    /** Largest request body the API accepts, in bytes; larger ones get 413. */
    @WithDefault("2000000")
    long maxBodyBytes();

    Simulation simulation();

    Jobs jobs();

    /** The first admin, created at start-up when absent (PLENARY_ADMIN_USERNAME, PLENARY_ADMIN_PASSWORD). */
    Admin admin();

    Security security();

    interface Admin {
        java.util.Optional<String> username();

        java.util.Optional<String> password();
    }

    interface Security {
        /** bcrypt cost of new password hashes: each step doubles the time an attacker (and a login) needs. */
        @WithDefault("10")
        int bcryptCost();
    }

    interface Simulation {
        /** Trials when a request gives none. */
        @WithDefault("10000")
        long defaultTrials();

        /** Most trials one run may ask for (analysts and admins). */
        @WithDefault("1000000")
        long maxTrials();

        /** Most trials for a caller who is not signed in. */
        @WithDefault("20000")
        long anonymousMaxTrials();

        /** Most trials for a viewer. */
        @WithDefault("100000")
        long viewerMaxTrials();

        /** Runs up to this many trials (times arms) answer at once (201); larger ones run as a job (202). */
        @WithDefault("100000")
        long syncMaxTrials();
    }

    interface Jobs {
        /** Simulation and optimiser jobs running at once (each uses every core). */
        @WithDefault("2")
        int concurrency();

        /** Jobs waiting for a worker; beyond this, requests get 429 with Retry-After. */
        @WithDefault("8")
        int queue();

        /** A job running longer than this is cancelled. */
        @WithDefault("PT10M")
        java.time.Duration timeLimit();

        /** Retry-After sent with a 429. */
        @WithDefault("5")
        long retryAfterSeconds();

        /** How often an instance writes the heartbeat and progress of the jobs it holds, and reads their cancels. */
        @WithDefault("PT1S")
        java.time.Duration heartbeat();

        /**
         * A queued or running job with no heartbeat for this long is failed as interrupted: the instance holding it
         * has stopped. Many beats long, so a busy instance or a slow database is not mistaken for a stopped one.
         */
        @WithDefault("PT15S")
        java.time.Duration staleAfter();
    }

    interface Scenarios {
        @WithDefault("scenarios")
        String dir();

        /** Whether to load the directory at start-up. */
        @WithDefault("true")
        boolean loadAtStart();
    }
}
