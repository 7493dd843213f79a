package org.plenary.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service's own settings (application.properties, or environment variables such as PLENARY_SCENARIOS_DIR). */
@ConfigMapping(prefix = "plenary")
public interface PlenaryConfig {

    /** Directory of the bundled scenario files loaded at start-up. */
    Scenarios scenarios();

    /** Directory of the embedded H2 database files (used by the datasource URL). */
    @WithDefault("data")
    String dataDir();

    /** Largest request body the API accepts, in bytes; larger ones get 413. */
    @WithDefault("2000000")
    long maxBodyBytes();

    interface Scenarios {
        @WithDefault("scenarios")
        String dir();

        /** Whether to load the directory at start-up. */
        @WithDefault("true")
        boolean loadAtStart();
    }
}
