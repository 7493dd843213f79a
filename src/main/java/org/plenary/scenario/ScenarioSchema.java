package org.plenary.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The published JSON Schema of the scenario format, and validation against it. */
public final class ScenarioSchema {

    private static final String RESOURCE = "/schema/scenario.schema.json";
    private static final JsonNode SCHEMA_TREE;
    private static final JsonSchema SCHEMA;
    /** The schema's rule definition on its own, for rule objects given outside a scenario (requests, tallies). */
    private static final JsonSchema RULE_SCHEMA;

    static {
        try (InputStream in = ScenarioSchema.class.getResourceAsStream(RESOURCE)) {
            SCHEMA_TREE = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(SCHEMA_TREE);
        com.fasterxml.jackson.databind.node.ObjectNode rule = SCHEMA_TREE.deepCopy();
        rule.retain("$schema", "$defs");
        // The object form of a rule (the other form, a rule set's name, is looked up in the catalogue instead).
        rule.put("$ref", "#/$defs/rule/oneOf/1");
        RULE_SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(rule);
    }

    private ScenarioSchema() {
    }

    public static JsonNode tree() {
        return SCHEMA_TREE;
    }

    /** Every schema violation, with the field path in the {@code candidates[2].country} style. */
    public static List<Violation> validate(JsonNode document) {
        return SCHEMA.validate(document).stream()
                .map(ScenarioSchema::toViolation)
                .distinct()
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .toList();
    }

    /** Every violation of the schema's rule object ($defs.rule, its object form) by a rule object given on its own. */
    public static List<Violation> validateRule(JsonNode rule) {
        return RULE_SCHEMA.validate(rule).stream()
                .map(ScenarioSchema::toViolation)
                .distinct()
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .toList();
    }

    private static Violation toViolation(ValidationMessage m) {
        String path = m.getInstanceLocation().toString();
        if (path.startsWith("$")) {
            path = path.substring(1);
        }
        if (path.startsWith(".")) {
            path = path.substring(1);
        }
        String property = m.getProperty();
        // For "required" and "additionalProperties" the offending name is the property, not the location.
        if (property != null && ("required".equals(m.getType()) || "additionalProperties".equals(m.getType()))) {
            path = path.isEmpty() ? property : path + "." + property;
        }
        String message = m.getError();
        if (message == null || message.isBlank()) {
            message = m.getMessage();
        }
        return Violation.at(path, message);
    }
}
