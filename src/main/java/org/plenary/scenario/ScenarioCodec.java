package org.plenary.scenario;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import org.plenary.engine.model.Scenario;

/**
 * The one way in for a scenario, from a file or from the API: parse (YAML or JSON, with line numbers),
 * resolve a fork ({@code base} + {@code patch}), check against the JSON Schema, bind, check the cross
 * references, and compute the canonical form and its hash (the hash makes file reloads idempotent and
 * identifies exactly what a stored run was computed on).
 */
public final class ScenarioCodec {

    /** A scenario that passed every check. */
    public record Accepted(ObjectNode tree, ScenarioDocument document, String canonicalJson, String contentHash) {
        public Scenario toEngine() {
            return ScenarioMapper.toEngine(document);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    // Every string value quoted: with quotes only "where needed", strings such as "1984", "1e3" or "-.inf" were
    // written bare and read back as numbers (or refused), so an exported scenario did not load again.
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    private ScenarioCodec() {
    }

    /**
     * @param bases finds the stored document of a fork's base by slug (empty when unknown)
     */
    public static Accepted read(byte[] text, ScenarioParser.Syntax syntax,
                                Function<String, Optional<ObjectNode>> bases) {
        ScenarioParser.Parsed parsed = ScenarioParser.parse(text, syntax);
        SourceLocations locations = parsed.locations();
        if (!parsed.tree().isObject()) {
            throw invalid(List.of(new Violation("", "a scenario is an object (a mapping of fields)", 1, 1)));
        }
        ObjectNode tree = (ObjectNode) parsed.tree();
        if (tree.has("base")) {
            tree = resolveFork(tree, bases, locations);
        }
        return accept(tree, locations);
    }

    /** Checks an in-memory tree (e.g. after a sub-resource edit). */
    public static Accepted accept(ObjectNode tree, SourceLocations locations) {
        List<Violation> schemaProblems = ScenarioSchema.validate(tree);
        if (!schemaProblems.isEmpty()) {
            throw invalid(locate(schemaProblems, locations));
        }
        ScenarioDocument document;
        try {
            document = JSON.treeToValue(tree, ScenarioDocument.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw invalid(List.of(Violation.at("", "the document does not match the scenario format")));
        }
        List<Violation> semantic = ScenarioValidator.validate(document);
        if (!semantic.isEmpty()) {
            throw invalid(locate(semantic, locations));
        }
        String canonical = canonicalJson(tree);
        return new Accepted(tree, document, canonical, sha256(canonical));
    }

    /** What a fork document (base + patch) may hold besides its patch. */
    private static final List<String> FORK_FIELDS = List.of("base", "patch", "slug", "title", "year", "description",
            "sources");

    private static ObjectNode resolveFork(ObjectNode fork, Function<String, Optional<ObjectNode>> bases,
                                          SourceLocations locations) {
        JsonNode base = fork.get("base");
        JsonNode patch = fork.get("patch");
        List<Violation> problems = new ArrayList<>();
        if (!base.isTextual()) {
            problems.add(Violation.at("base", "must be the slug of the scenario this one is forked from"));
        }
        if (patch != null && !patch.isObject()) {
            problems.add(Violation.at("patch", "must be an object merged into the base scenario"));
        }
        // Anything else would be dropped without a word (a misspelt "pacth" gave an unpatched copy).
        for (var names = fork.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FORK_FIELDS.contains(name)) {
                problems.add(Violation.at(name, "not a field of a fork document; it takes " + FORK_FIELDS
                        + " (other changes go in patch)"));
            }
        }
        Optional<ObjectNode> baseTree = base.isTextual() ? bases.apply(base.asText()) : Optional.empty();
        if (base.isTextual() && baseTree.isEmpty()) {
            problems.add(Violation.at("base", "no scenario with slug " + base.asText()));
        }
        if (!problems.isEmpty()) {
            throw invalid(locate(problems, locations));
        }
        ObjectNode merged = ForkPatch.apply(baseTree.get(),
                patch == null ? JsonNodeFactory.instance.objectNode() : patch);
        for (String field : new String[] {"slug", "title", "year", "description"}) {
            if (fork.has(field)) {
                merged.set(field, fork.get(field));
            }
        }
        if (fork.has("sources")) {
            merged.set("sources", fork.get("sources"));
        }
        merged.put("forkedFrom", base.asText());
        return merged;
    }

    private static List<Violation> locate(List<Violation> violations, SourceLocations locations) {
        return violations.stream().map(v -> v.located(locations)).toList();
    }

    private static InvalidScenarioException invalid(List<Violation> violations) {
        return new InvalidScenarioException("the scenario is not valid", violations);
    }

    /** JSON with object keys sorted at every level, so equal documents have equal text and hash. */
    public static String canonicalJson(JsonNode tree) {
        try {
            return JSON.writeValueAsString(sorted(tree));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object sorted(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new TreeMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                map.put(e.getKey(), sorted(e.getValue()));
            }
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(n -> list.add(sorted(n)));
            return list;
        }
        return node;
    }

    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode parseStored(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored scenario is not JSON", e);
        }
    }

    public static String toYaml(JsonNode tree) {
        try {
            return YAML.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String toJson(JsonNode tree) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
