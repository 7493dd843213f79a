package org.plenary.app;

import java.time.Instant;

import org.plenary.persistence.ScenarioEntity;

/** One line of the scenario list. */
public record ScenarioSummary(String slug, String title, int year, String description, String origin,
                              String forkedFrom, long version, Instant updatedAt, String owner,
                              String visibility) {
    static ScenarioSummary of(ScenarioEntity e) {
        return new ScenarioSummary(e.slug, e.title, e.year, e.description, e.origin.name().toLowerCase(),
                e.forkedFrom, e.version, e.updatedAt, e.owner, e.visibility.id());
    }
}
