package vn.congkhai.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads a field of a release's {@code phien-ban.json}; empty when the file is missing or not JSON. */
final class VersionJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private VersionJson() {
    }

    /** The strings of an array field; empty when missing. */
    static java.util.List<String> list(String json, String name) {
        if (json == null || json.isBlank()) {
            return java.util.List.of();
        }
        try {
            JsonNode node = JSON.readTree(json).get(name);
            java.util.List<String> out = new java.util.ArrayList<>();
            if (node != null && node.isArray()) {
                node.forEach(n -> out.add(n.asText()));
            }
            return out;
        } catch (java.io.IOException e) {
            return java.util.List.of();
        }
    }

    static String field(String json, String name) {
        if (json == null || json.isBlank()) {
            return "";
        }
        try {
            JsonNode node = JSON.readTree(json).get(name);
            return node == null || !node.isValueNode() ? "" : node.asText();
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
