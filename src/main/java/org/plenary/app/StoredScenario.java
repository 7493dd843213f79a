package org.plenary.app;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.plenary.persistence.ScenarioEntity;
import org.plenary.scenario.ScenarioCodec;

/** A scenario as read from the database: its document and the metadata a client needs (version for ETag). */
public record StoredScenario(String slug, String title, int year, String description, ScenarioEntity.Origin origin,
                             String forkedFrom, long version, String contentHash, Instant createdAt,
                             Instant updatedAt, ObjectNode document) {

    static StoredScenario of(ScenarioEntity e) {
        return new StoredScenario(e.slug, e.title, e.year, e.description, e.origin, e.forkedFrom, e.version,
                e.contentHash, e.createdAt, e.updatedAt, ScenarioCodec.parseStored(e.document));
    }

    public String etag() {
        return "\"" + version + "\"";
    }
}
