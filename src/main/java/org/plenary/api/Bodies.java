package org.plenary.api;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.plenary.scenario.ScenarioParser;

/** Content negotiation shared by the resources: JSON and YAML in, JSON and YAML out. */
public final class Bodies {

    public static final String YAML = "application/yaml";
    public static final String PROBLEM = "application/problem+json";

    private Bodies() {
    }

    public static ScenarioParser.Syntax syntaxOf(String contentType) {
        if (contentType != null && contentType.toLowerCase().contains("yaml")) {
            return ScenarioParser.Syntax.YAML;
        }
        return ScenarioParser.Syntax.JSON;
    }

    public static byte[] require(byte[] body) {
        if (body == null || body.length == 0) {
            throw Problems.badField("body", "body", "the request needs a body");
        }
        return body;
    }

    /** YAML when the client's most preferred acceptable type is a YAML one; JSON otherwise. */
    public static boolean wantsYaml(HttpHeaders headers) {
        List<MediaType> accepted = headers.getAcceptableMediaTypes();
        for (MediaType m : accepted) {
            String sub = m.getSubtype().toLowerCase();
            if (sub.contains("yaml")) {
                return true;
            }
            if (sub.contains("json") || m.isWildcardType() || m.isWildcardSubtype()) {
                return false;
            }
        }
        return false;
    }

    /** Parses an If-Match header naming a version ("3", W/"3"); null when absent or "*". */
    public static Long ifMatch(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        String v = header.trim();
        if (v.startsWith("W/")) {
            // If-Match compares strongly: a weak ETag never matches (RFC 9110, 13.1.1). This service gives none.
            throw Problems.badField("If-Match", "header", "a weak ETag (W/...) never matches If-Match; send the "
                    + "ETag this service gave, such as \"3\"");
        }
        v = v.replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw Problems.badField("If-Match", "header", "must be an ETag this service gave, such as \"3\"");
        }
    }
}
