package org.plenary.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** Valid scenario documents to start tests from: the small bundled 2021 Asia scenario under a new slug. */
final class Fixtures {

    static final ObjectMapper JSON = new ObjectMapper();
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final String BUNDLED = "interpol-2021-asia-delegates";

    private Fixtures() {
    }

    static ObjectNode scenario(String slug) {
        try {
            ObjectNode doc = (ObjectNode) YAML.readTree(Files.readAllBytes(Path.of("scenarios", BUNDLED + ".yaml")));
            doc.put("slug", slug);
            doc.put("title", "Test scenario " + slug);
            return doc;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static String json(Object node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String yaml(Object node) {
        try {
            return YAML.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
