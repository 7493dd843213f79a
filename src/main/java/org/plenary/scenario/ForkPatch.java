package org.plenary.scenario;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Applies a what-if patch to a base scenario document. Like a JSON Merge Patch (RFC 7386) — objects merge
 * recursively and {@code null} removes a key — except that a list of items with an {@code id} (posts,
 * candidates, campaigns) or a {@code code} (delegations) merges item by item on that key: a fork file can
 * switch one campaign off without repeating the other 194 delegations. Items whose key is new are appended.
 */
public final class ForkPatch {

    private ForkPatch() {
    }

    public static ObjectNode apply(ObjectNode base, JsonNode patch) {
        ObjectNode result = base.deepCopy();
        mergeObject(result, (ObjectNode) patch);
        return result;
    }

    private static void mergeObject(ObjectNode target, ObjectNode patch) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            JsonNode value = e.getValue();
            JsonNode current = target.get(e.getKey());
            if (value.isNull()) {
                target.remove(e.getKey());
            } else if (value.isObject() && current != null && current.isObject()) {
                mergeObject((ObjectNode) current, (ObjectNode) value);
            } else if (value.isArray() && current != null && current.isArray() && keyOf((ArrayNode) value) != null
                    && keyOf((ArrayNode) value).equals(keyOf((ArrayNode) current))) {
                mergeKeyed((ArrayNode) current, (ArrayNode) value, keyOf((ArrayNode) value));
            } else {
                target.set(e.getKey(), value.deepCopy());
            }
        }
    }

    private static void mergeKeyed(ArrayNode target, ArrayNode patch, String key) {
        for (JsonNode item : patch) {
            String id = item.get(key).asText();
            ObjectNode existing = null;
            for (JsonNode t : target) {
                if (t.path(key).asText().equals(id)) {
                    existing = (ObjectNode) t;
                    break;
                }
            }
            if (existing == null) {
                target.add(item.deepCopy());
            } else {
                mergeObject(existing, (ObjectNode) item);
            }
        }
    }

    /** "id" or "code" when every item is an object carrying it; null otherwise (then the list is replaced). */
    private static String keyOf(ArrayNode array) {
        if (array.isEmpty()) {
            return null;
        }
        for (String key : new String[] {"id", "code"}) {
            boolean all = true;
            for (JsonNode item : array) {
                if (!item.isObject() || !item.path(key).isTextual()) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return key;
            }
        }
        return null;
    }
}
