package org.plenary.app;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.plenary.engine.model.Scenario;
import org.plenary.persistence.ScenarioEntity;
import org.plenary.scenario.InvalidScenarioException;
import org.plenary.scenario.ScenarioCodec;
import org.plenary.scenario.ScenarioParser;
import org.plenary.scenario.SourceLocations;
import org.plenary.scenario.Violation;

/** Stores, versions and edits scenarios. Every write goes through {@link ScenarioCodec}: nothing invalid is stored. */
@ApplicationScoped
public class ScenarioService {

    public record PageOf<T>(List<T> items, int page, int size, long total) {
    }

    /** What happened to one bundled file. */
    public enum FileOutcome { CREATED, UPDATED, UNCHANGED, SKIPPED_SLUG_OWNED_BY_API }

    public PageOf<ScenarioSummary> list(String text, int page, int size) {
        var query = (text == null || text.isBlank())
                ? ScenarioEntity.<ScenarioEntity>findAll(Sort.by("year").descending().and("slug"))
                : ScenarioEntity.<ScenarioEntity>find(
                        "lower(slug) like ?1 or lower(title) like ?1 or lower(description) like ?1",
                        Sort.by("year").descending().and("slug"), "%" + escapeLike(text) + "%");
        long total = query.count();
        List<ScenarioSummary> items = query.page(Page.of(page, size)).list().stream().map(ScenarioSummary::of)
                .toList();
        return new PageOf<>(items, page, size, total);
    }

    public StoredScenario get(String slug) {
        return StoredScenario.of(entity(slug));
    }

    /** The engine's view of a stored scenario. */
    public Scenario engineScenario(String slug) {
        return accepted(entity(slug)).toEngine();
    }

    public Optional<ObjectNode> document(String slug) {
        return ScenarioEntity.bySlug(slug).map(e -> ScenarioCodec.parseStored(e.document));
    }

    @Transactional
    public StoredScenario create(byte[] body, ScenarioParser.Syntax syntax) {
        ScenarioCodec.Accepted accepted = ScenarioCodec.read(body, syntax, this::document);
        String slug = accepted.document().slug();
        if (ScenarioEntity.bySlug(slug).isPresent()) {
            throw new ConflictProblem("slug", "a scenario with slug " + slug + " already exists");
        }
        ScenarioEntity e = new ScenarioEntity();
        e.origin = ScenarioEntity.Origin.API;
        e.createdAt = Instant.now();
        apply(e, accepted);
        e.persist();
        e.flush();
        return StoredScenario.of(e);
    }

    @Transactional
    public StoredScenario replace(String slug, byte[] body, ScenarioParser.Syntax syntax, Long ifMatch) {
        ScenarioEntity e = writable(slug, ifMatch);
        ScenarioCodec.Accepted accepted = ScenarioCodec.read(body, syntax, this::document);
        if (!slug.equals(accepted.document().slug())) {
            throw new InvalidScenarioException("slug mismatch", List.of(Violation.at("slug",
                    "the body's slug " + accepted.document().slug() + " differs from the address's " + slug
                            + "; to copy a scenario under a new slug, fork it")));
        }
        apply(e, accepted);
        e.flush();
        return StoredScenario.of(e);
    }

    @Transactional
    public void delete(String slug, Long ifMatch) {
        writable(slug, ifMatch).delete();
    }

    @Transactional
    public StoredScenario fork(String slug, String newSlug, String newTitle) {
        ScenarioEntity source = entity(slug);
        ObjectNode copy = ScenarioCodec.parseStored(source.document);
        copy.put("slug", newSlug);
        copy.put("title", newTitle == null || newTitle.isBlank() ? source.title + " (what-if)" : newTitle);
        copy.put("forkedFrom", slug);
        ScenarioCodec.Accepted accepted = ScenarioCodec.accept(copy, SourceLocations.none());
        if (ScenarioEntity.bySlug(newSlug).isPresent()) {
            throw new ConflictProblem("slug", "a scenario with slug " + newSlug + " already exists");
        }
        ScenarioEntity e = new ScenarioEntity();
        e.origin = ScenarioEntity.Origin.API;
        e.createdAt = Instant.now();
        apply(e, accepted);
        e.persist();
        e.flush();
        return StoredScenario.of(e);
    }

    // ---- parts: delegations, candidates, campaigns -------------------------------------------------

    public ArrayNode listPart(String slug, ScenarioPart part) {
        return partOf(ScenarioCodec.parseStored(entity(slug).document), part);
    }

    public JsonNode getPart(String slug, ScenarioPart part, String key) {
        ArrayNode items = listPart(slug, part);
        int i = indexOf(items, part, key);
        if (i < 0) {
            throw new NotFoundProblem("no " + part.noun + " " + key + " in scenario " + slug);
        }
        return items.get(i);
    }

    /** Adds an item; 409 when its key is taken. */
    @Transactional
    public StoredScenario addPart(String slug, ScenarioPart part, JsonNode item, Long ifMatch) {
        ScenarioEntity e = writable(slug, ifMatch);
        String key = requireKey(part, item, null);
        ObjectNode doc = ScenarioCodec.parseStored(e.document);
        ArrayNode items = partOf(doc, part);
        if (indexOf(items, part, key) >= 0) {
            throw new ConflictProblem(part.key, "a " + part.noun + " with " + part.key + " " + key
                    + " already exists; use PUT to replace it");
        }
        items.add(item);
        return save(e, doc);
    }

    /** Replaces (or adds) the item with this key. */
    @Transactional
    public StoredScenario putPart(String slug, ScenarioPart part, String key, JsonNode item, Long ifMatch) {
        ScenarioEntity e = writable(slug, ifMatch);
        requireKey(part, item, key);
        ObjectNode doc = ScenarioCodec.parseStored(e.document);
        ArrayNode items = partOf(doc, part);
        int i = indexOf(items, part, key);
        if (i < 0) {
            items.add(item);
        } else {
            items.set(i, item);
        }
        return save(e, doc);
    }

    @Transactional
    public StoredScenario deletePart(String slug, ScenarioPart part, String key, Long ifMatch) {
        ScenarioEntity e = writable(slug, ifMatch);
        ObjectNode doc = ScenarioCodec.parseStored(e.document);
        ArrayNode items = partOf(doc, part);
        int i = indexOf(items, part, key);
        if (i < 0) {
            throw new NotFoundProblem("no " + part.noun + " " + key + " in scenario " + slug);
        }
        items.remove(i);
        return save(e, doc);
    }

    // ---- bundled files -------------------------------------------------------------------------

    /** Creates or refreshes a bundled scenario from its file; never touches one created over the API. */
    @Transactional
    public FileOutcome upsertBundled(ScenarioCodec.Accepted accepted, String fileName) {
        Optional<ScenarioEntity> existing = ScenarioEntity.bySlug(accepted.document().slug());
        if (existing.isPresent()) {
            ScenarioEntity e = existing.get();
            if (e.origin != ScenarioEntity.Origin.BUNDLED) {
                return FileOutcome.SKIPPED_SLUG_OWNED_BY_API;
            }
            if (e.contentHash.equals(accepted.contentHash())) {
                return FileOutcome.UNCHANGED;
            }
            apply(e, accepted);
            e.sourceFile = fileName;
            return FileOutcome.UPDATED;
        }
        ScenarioEntity e = new ScenarioEntity();
        e.origin = ScenarioEntity.Origin.BUNDLED;
        e.createdAt = Instant.now();
        e.sourceFile = fileName;
        apply(e, accepted);
        e.persist();
        return FileOutcome.CREATED;
    }

    // ---- helpers -------------------------------------------------------------------------------

    private StoredScenario save(ScenarioEntity e, ObjectNode doc) {
        apply(e, ScenarioCodec.accept(doc, SourceLocations.none()));
        e.flush();
        return StoredScenario.of(e);
    }

    private static void apply(ScenarioEntity e, ScenarioCodec.Accepted accepted) {
        e.slug = accepted.document().slug();
        e.title = accepted.document().title();
        e.year = accepted.document().year();
        e.description = accepted.document().description();
        e.forkedFrom = accepted.document().forkedFrom();
        e.document = accepted.canonicalJson();
        e.contentHash = accepted.contentHash();
        e.updatedAt = Instant.now();
    }

    private static ScenarioCodec.Accepted accepted(ScenarioEntity e) {
        return ScenarioCodec.accept(ScenarioCodec.parseStored(e.document), SourceLocations.none());
    }

    private static ScenarioEntity entity(String slug) {
        return ScenarioEntity.bySlug(slug).orElseThrow(() -> new NotFoundProblem("no scenario " + slug));
    }

    private static ScenarioEntity writable(String slug, Long ifMatch) {
        ScenarioEntity e = entity(slug);
        if (e.origin == ScenarioEntity.Origin.BUNDLED) {
            throw new ConflictProblem("slug", "scenario " + slug
                    + " is bundled with the service and read-only; fork it (POST /api/scenarios/" + slug
                    + "/fork) to change it");
        }
        if (ifMatch != null && ifMatch != e.version) {
            throw new StaleVersionProblem(e.version);
        }
        return e;
    }

    private static ArrayNode partOf(ObjectNode doc, ScenarioPart part) {
        JsonNode node = doc;
        for (String step : part.path.split("\\.")) {
            JsonNode next = node.get(step);
            if (next == null) {
                next = step.equals("campaigns") ? ((ObjectNode) node).putArray(step) : null;
            }
            node = next;
        }
        return (ArrayNode) node;
    }

    private static int indexOf(ArrayNode items, ScenarioPart part, String key) {
        for (int i = 0; i < items.size(); i++) {
            if (key.equals(items.get(i).path(part.key).asText(null))) {
                return i;
            }
        }
        return -1;
    }

    private static String requireKey(ScenarioPart part, JsonNode item, String expected) {
        if (item == null || !item.isObject()) {
            throw new InvalidScenarioException("not an object", List.of(Violation.at("",
                    "a " + part.noun + " is an object")));
        }
        JsonNode key = item.get(part.key);
        if (expected != null && key == null) {
            ((ObjectNode) item).put(part.key, expected);
            return expected;
        }
        if (key == null || !key.isTextual()) {
            throw new InvalidScenarioException("missing key", List.of(Violation.at(part.key,
                    "a " + part.noun + " needs its " + part.key)));
        }
        if (expected != null && !expected.equals(key.asText())) {
            throw new InvalidScenarioException("key mismatch", List.of(Violation.at(part.key,
                    "the body's " + part.key + " " + key.asText() + " differs from the address's " + expected)));
        }
        return key.asText();
    }

    private static String escapeLike(String text) {
        return text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
