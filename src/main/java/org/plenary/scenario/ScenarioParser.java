package org.plenary.scenario;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads a scenario text (YAML or JSON) into a tree while remembering the line and column of every value,
 * so that each validation error can point at the line a student has to fix. A hand-rolled tree builder is
 * used instead of ObjectMapper.readTree because the latter throws the locations away; it also rejects
 * duplicate keys, which YAML parsers otherwise resolve silently (the last one wins).
 */
public final class ScenarioParser {

    /** Deeper documents are refused: the format needs depth 6, and deep nesting is a classic attack. */
    static final int MAX_DEPTH = 32;

    public enum Syntax { YAML, JSON }

    public record Parsed(JsonNode tree, SourceLocations locations) {
    }

    private static final JsonFactory JSON = new JsonFactory();
    private static final YAMLFactory YAML = new YAMLFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ScenarioParser() {
    }

    public static Parsed parse(byte[] text, Syntax syntax) {
        SourceLocations locations = new SourceLocations();
        try (JsonParser parser = (syntax == Syntax.YAML ? YAML : JSON).createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw syntaxError("the document is empty", 0, 0);
            }
            JsonNode tree = read(parser, first, "", locations, 0);
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw syntaxError("unexpected content after the end of the document", line(at), column(at));
            }
            return new Parsed(tree, locations);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw syntaxError(cleanMessage(e), at == null ? 0 : line(at), at == null ? 0 : column(at));
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidScenarioException ise) {
                throw ise;
            }
            throw syntaxError("the text could not be read as " + syntax, 0, 0);
        }
    }

    private static JsonNode read(JsonParser p, JsonToken token, String path, SourceLocations locations, int depth)
            throws IOException {
        JsonLocation at = p.currentTokenLocation();
        locations.put(path, line(at), column(at));
        if (depth > MAX_DEPTH) {
            throw syntaxError("nesting deeper than " + MAX_DEPTH + " levels", line(at), column(at));
        }
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_OBJECT) {
                    String name = p.currentName();
                    if (name.indexOf('\u0000') >= 0) {
                        JsonLocation bad = p.currentTokenLocation();
                        throw syntaxError("NUL characters are not allowed in keys", line(bad), column(bad));
                    }
                    String childPath = path.isEmpty() ? name : path + "." + name;
                    if (object.has(name)) {
                        JsonLocation dup = p.currentTokenLocation();
                        throw syntaxError("duplicate key \"" + name + "\" at " + childPath, line(dup), column(dup));
                    }
                    t = p.nextToken();
                    object.set(name, read(p, t, childPath, locations, depth + 1));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                int i = 0;
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    array.add(read(p, t, path + "[" + i + "]", locations, depth + 1));
                    i++;
                }
                return array;
            }
            case VALUE_STRING -> {
                String text = p.getText();
                if (text.indexOf('\u0000') >= 0) {
                    // PostgreSQL cannot store NUL in text; no field of the format needs it.
                    throw syntaxError("NUL characters are not allowed in " + (path.isEmpty() ? "the document" : path),
                            line(at), column(at));
                }
                return NODES.textNode(text);
            }
            case VALUE_NUMBER_INT -> {
                return switch (p.getNumberType()) {
                    case INT -> NODES.numberNode(p.getIntValue());
                    case LONG -> NODES.numberNode(p.getLongValue());
                    default -> NODES.numberNode(p.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                double value = p.getDoubleValue();
                if (!Double.isFinite(value)) {
                    throw syntaxError("numbers must be finite (got " + p.getText() + ")", line(at), column(at));
                }
                return NODES.numberNode(value);
            }
            case VALUE_TRUE -> {
                return NODES.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return NODES.booleanNode(false);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw syntaxError("unsupported value", line(at), column(at));
        }
    }

    private static int line(JsonLocation at) {
        return Math.max(0, at.getLineNr());
    }

    private static int column(JsonLocation at) {
        return Math.max(0, at.getColumnNr());
    }

    /** Jackson's messages carry a source excerpt and sometimes class names; keep only the first sentence. */
    private static String cleanMessage(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null || m.isBlank()) {
            return "malformed document";
        }
        m = m.replaceAll("\\(class [^)]*\\)", "").replaceAll("com\\.fasterxml\\.[A-Za-z.$]+", "")
                // SnakeYAML names its parser events by class: <org.yaml.snakeyaml.events.SequenceStartEvent(...)>
                .replaceAll("<?org\\.yaml\\.snakeyaml\\.[A-Za-z.]*\\.([A-Za-z]+?)(Event|Token)?(\\([^)]*\\))?>?", "$1")
                .replaceAll("(java|javax|jakarta|org|com|io)\\.[a-z0-9]+\\.[A-Za-z0-9.$]*", "");
        int nl = m.indexOf('\n');
        if (nl > 0) {
            m = m.substring(0, nl);
        }
        return m.length() > 300 ? m.substring(0, 300) : m.strip();
    }

    private static InvalidScenarioException syntaxError(String message, int line, int column) {
        return new InvalidScenarioException("malformed document",
                List.of(new Violation("", "syntax error: " + message, line, column)));
    }
}
