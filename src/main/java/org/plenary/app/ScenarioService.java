package org.plenary.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.plenary.app.access.Caller;
import org.plenary.app.access.Visibility;
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

    /** Who may see a scenario, and what they may do with it: see {@link ScenarioEntity#readableBy}. */
    public record Access(String slug, String owner, String visibility, List<String> sharedWith) {
    }

    /** Most users one scenario can be shared with. */
    public static final int MAX_SHARES = 50;

    /** The scenarios the caller may read; the others are left out of the items and of the total. */
    public PageOf<ScenarioSummary> list(Caller caller, String text, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!caller.isAdmin()) {
            if (caller.isAnonymous()) {
                where.add("visibility = :public");
            } else {
                // User names have no LIKE wildcards (UserService.USERNAME), so the pattern matches one name.
                where.add("(visibility = :public or owner = :me or (visibility = :shared and sharedWith like :share))");
                params.put("me", caller.name());
                params.put("shared", Visibility.SHARED);
                params.put("share", "%," + caller.name() + ",%");
            }
            params.put("public", Visibility.PUBLIC);
        }
        if (text != null && !text.isBlank()) {
            where.add("(lower(slug) like :text or lower(title) like :text"
                    + " or lower(description) like :text)");
            params.put("text", "%" + escapeLike(text) + "%");
        }
        Sort sort = Sort.by("year").descending().and("slug");
        var query = where.isEmpty() ? ScenarioEntity.<ScenarioEntity>findAll(sort)
                : ScenarioEntity.<ScenarioEntity>find(String.join(" and ", where), sort, params);
        long total = query.count();
        List<ScenarioSummary> items = query.page(Page.of(page, size)).list().stream().map(ScenarioSummary::of)
                .toList();
        return new PageOf<>(items, page, size, total);
    }

    public StoredScenario get(Caller caller, String slug) {
        return StoredScenario.of(entity(caller, slug));
    }

    /** The scenario when the caller may read it; empty when it does not exist or the caller may not know it does. */
    public Optional<StoredScenario> readable(Caller caller, String slug) {
        return ScenarioEntity.bySlug(slug).filter(e -> e.readableBy(caller)).map(StoredScenario::of);
    }

    /** The engine's view of a stored scenario. */
    public Scenario engineScenario(Caller caller, String slug) {
        ScenarioEntity e = entity(caller, slug);
        return engineScenario(e.contentHash, () -> ScenarioCodec.parseStored(e.document));
    }

    /**
     * A scenario to simulate: its version and content hash, the engine's view of it, and its document on demand.
     * The engine's view is kept by content hash (a document is accepted before it is stored, so mapping it again
     * would give the same scenario), so that a run does not parse, validate and map the whole document each time.
     */
    public ForSimulation forSimulation(Caller caller, String slug) {
        ScenarioEntity e = entity(caller, slug);
        String text = e.document;
        return new ForSimulation(e.slug, e.version, e.contentHash,
                engineScenario(e.contentHash, () -> ScenarioCodec.parseStored(text)),
                () -> ScenarioCodec.parseStored(text));
    }

    public record ForSimulation(String slug, long version, String contentHash, Scenario scenario,
                                Supplier<ObjectNode> document) {
    }

    private static final int ENGINE_CACHE_SIZE = 64;
    private final Map<String, Scenario> engineByHash = new ConcurrentHashMap<>();

    private Scenario engineScenario(String contentHash, Supplier<ObjectNode> document) {
        Scenario cached = contentHash == null ? null : engineByHash.get(contentHash);
        if (cached != null) {
            return cached;
        }
        Scenario s = ScenarioCodec.accept(document.get(), SourceLocations.none()).toEngine();
        if (contentHash != null) {
            if (engineByHash.size() >= ENGINE_CACHE_SIZE) {
                engineByHash.clear();
            }
            engineByHash.put(contentHash, s);
        }
        return s;
    }

    /** A document the caller may read (a base to patch); empty otherwise, exactly as when there is none. */
    public Optional<ObjectNode> document(Caller caller, String slug) {
        return ScenarioEntity.bySlug(slug).filter(e -> e.readableBy(caller))
                .map(e -> ScenarioCodec.parseStored(e.document));
    }

    /** For the bundled files: their bases are bundled, hence public. */
    Optional<ObjectNode> bundledBase(String slug) {
        return document(Caller.ANONYMOUS, slug);
    }

    @Transactional
    public StoredScenario create(Caller caller, byte[] body, ScenarioParser.Syntax syntax, Visibility visibility) {
        ScenarioCodec.Accepted accepted = ScenarioCodec.read(body, syntax, s -> document(caller, s));
        String slug = accepted.document().slug();
        requireFree(slug);
        return storeNew(caller, accepted, visibility);
    }

    @Transactional
    public StoredScenario replace(Caller caller, String slug, byte[] body, ScenarioParser.Syntax syntax, Long ifMatch) {
        ScenarioEntity e = writable(caller, slug, ifMatch);
        ScenarioCodec.Accepted accepted = ScenarioCodec.read(body, syntax, s -> document(caller, s));
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
    public void delete(Caller caller, String slug, Long ifMatch) {
        writable(caller, slug, ifMatch).delete();
    }

    @Transactional
    public StoredScenario fork(Caller caller, String slug, String newSlug, String newTitle, Visibility visibility) {
        ScenarioEntity source = entity(caller, slug);
        ObjectNode copy = ScenarioCodec.parseStored(source.document);
        copy.put("slug", newSlug);
        copy.put("title", newTitle == null || newTitle.isBlank() ? source.title + " (what-if)" : newTitle);
        copy.put("forkedFrom", slug);
        ScenarioCodec.Accepted accepted = ScenarioCodec.accept(copy, SourceLocations.none());
        requireFree(newSlug);
        return storeNew(caller, accepted, visibility);
    }

    /** A new scenario created over the API: owned by the caller, private unless asked otherwise. */
    private static StoredScenario storeNew(Caller caller, ScenarioCodec.Accepted accepted, Visibility visibility) {
        ScenarioEntity e = new ScenarioEntity();
        e.origin = ScenarioEntity.Origin.API;
        e.createdAt = Instant.now();
        e.owner = caller.name();
        e.visibility = visibility == null ? Visibility.PRIVATE : visibility;
        apply(e, accepted);
        e.persist();
        e.flush();
        return StoredScenario.of(e);
    }

    // ---- parts: delegations, candidates, campaigns -------------------------------------------------

    public ArrayNode listPart(Caller caller, String slug, ScenarioPart part) {
        return partOf(ScenarioCodec.parseStored(entity(caller, slug).document), part);
    }

    public JsonNode getPart(Caller caller, String slug, ScenarioPart part, String key) {
        ArrayNode items = listPart(caller, slug, part);
        int i = indexOf(items, part, key);
        if (i < 0) {
            throw new NotFoundProblem("no " + part.noun + " " + key + " in scenario " + slug);
        }
        return items.get(i);
    }

    /** Adds an item; 409 when its key is taken. */
    @Transactional
    public StoredScenario addPart(Caller caller, String slug, ScenarioPart part, JsonNode item, Long ifMatch) {
        ScenarioEntity e = writable(caller, slug, ifMatch);
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
    public StoredScenario putPart(Caller caller, String slug, ScenarioPart part, String key, JsonNode item, Long ifMatch) {
        ScenarioEntity e = writable(caller, slug, ifMatch);
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
    public StoredScenario deletePart(Caller caller, String slug, ScenarioPart part, String key, Long ifMatch) {
        ScenarioEntity e = writable(caller, slug, ifMatch);
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
        e.visibility = Visibility.PUBLIC;
        e.createdAt = Instant.now();
        e.sourceFile = fileName;
        apply(e, accepted);
        e.persist();
        return FileOutcome.CREATED;
    }

    // ---- access ------------------------------------------------------------------------------

    public Access access(Caller caller, String slug) {
        return access(caller, entity(caller, slug));
    }

    /** Sets who may read a scenario: its owner or an admin. Bundled scenarios are public for good. */
    @Transactional
    public Access setAccess(Caller caller, String slug, Visibility visibility, List<String> sharedWith) {
        ScenarioEntity e = writable(caller, slug, null);
        List<Violation> problems = new ArrayList<>();
        if (visibility == null) {
            problems.add(Violation.at("visibility", "one of public, private, shared"));
        }
        List<String> names = sharedWith == null ? List.of() : sharedWith;
        if (names.size() > MAX_SHARES) {
            problems.add(Violation.at("sharedWith", "at most " + MAX_SHARES + " users"));
        } else {
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i) == null || !UserService.USERNAME.matcher(names.get(i)).matches()) {
                    problems.add(Violation.at("sharedWith[" + i + "]", "not a user name"));
                }
            }
        }
        if (visibility != null && visibility != Visibility.SHARED && !names.isEmpty()) {
            problems.add(Violation.at("sharedWith", "only a shared scenario has a list of users"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        e.visibility = visibility;
        e.sharedWith = names.isEmpty() ? null : "," + String.join(",", new LinkedHashSet<>(names)) + ",";
        e.updatedAt = Instant.now();
        e.flush();
        return access(caller, e);
    }

    private static Access access(Caller caller, ScenarioEntity e) {
        // The share list names users: only those who manage the scenario see it.
        List<String> shares = caller.isAdmin() || caller.is(e.owner) ? e.sharedNames() : null;
        return new Access(e.slug, e.owner, e.visibility.id(), shares);
    }

    /** Paths under /api/scenarios that are not scenarios: a scenario under one of them could not be read. */
    private static final java.util.Set<String> RESERVED_SLUGS = java.util.Set.of("load-report");

    /**
     * Slugs are the scenarios' addresses and unique across the service, so a taken slug cannot be given out
     * again, whoever holds it. The answer is the same whether the holder is public, private, bundled or the
     * caller's own, and names nothing about it: all it tells is that this exact string is in use.
     */
    private static void requireFree(String slug) {
        if (RESERVED_SLUGS.contains(slug)) {
            throw new InvalidRequestException(List.of(Violation.at("slug", "is reserved: /api/scenarios/" + slug
                    + " is another address of the API; choose another")));
        }
        if (ScenarioEntity.bySlug(slug).isPresent()) {
            throw new ConflictProblem("slug", "the slug " + slug + " is not available; choose another");
        }
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

    /** 404 both when there is no such scenario and when the caller may not read it. */
    private static ScenarioEntity entity(Caller caller, String slug) {
        return ScenarioEntity.bySlug(slug).filter(e -> e.readableBy(caller))
                .orElseThrow(() -> new NotFoundProblem("no scenario " + slug));
    }

    private static ScenarioEntity writable(Caller caller, String slug, Long ifMatch) {
        ScenarioEntity e = entity(caller, slug);
        if (e.origin == ScenarioEntity.Origin.BUNDLED) {
            throw new ConflictProblem("slug", "scenario " + slug
                    + " is bundled with the service and read-only; fork it (POST /api/scenarios/" + slug
                    + "/fork) to change it");
        }
        if (!caller.isAdmin() && !caller.is(e.owner)) {
            throw new ForbiddenProblem("only the owner of scenario " + slug + " or an admin may change it");
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
