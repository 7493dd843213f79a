package org.plenary.engine.session;

import java.util.List;

/** All races of one General Assembly session, in the order they were held. */
public record SessionOutcome(List<RaceOutcome> races) {
    public SessionOutcome {
        races = List.copyOf(races);
    }
}
