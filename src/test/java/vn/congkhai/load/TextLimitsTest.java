package vn.congkhai.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.congkhai.TestProjects;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The schemas tell editors the same length limits the loader enforces (issue 11: a 10 MB unit name). */
class TextLimitsTest {
    @Test
    void everyTextInEverySchemaStatesTheLoadersLimitForItsKey() throws IOException {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.list(TestProjects.SAMPLE.resolve("schemas"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".schema.json")).sorted().toList()) {
                List<String[]> found = new ArrayList<>();
                walk(new ObjectMapper().readTree(f.toFile()), null, found);
                for (String[] text : found) {
                    checked++;
                    String expected = String.valueOf(TextLimits.maxLength(text[0]));
                    if (!expected.equals(text[1])) {
                        wrong.add(f.getFileName() + ": `" + text[0] + "` says maxLength " + text[1] + ", the loader " + expected);
                    }
                }
            }
        }
        assertTrue(checked > 100, "the walk must find the schemas' texts: " + checked);
        assertEquals(List.of(), wrong);
    }

    @Test
    void limitsAreFarAboveWhatTheSampleWrites() {
        assertEquals(500, TextLimits.maxLength("name"));
        assertEquals(5_000, TextLimits.maxLength("description"));
        assertEquals(2_000, TextLimits.maxLength("evidence"));
        assertEquals(100_000, TextLimits.maxLength("body"));
    }

    /** Each string-typed schema under a property: {key, its maxLength or "none"}; `$defs` start without a key. */
    private static void walk(JsonNode node, String key, List<String[]> found) {
        if (node.isArray()) {
            node.forEach(n -> walk(n, key, found));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        JsonNode type = node.get("type");
        boolean text = type != null && (type.asText().equals("string") || type.isArray() && type.toString().contains("\"string\""));
        if (text && key != null) {
            found.add(new String[]{key, node.has("maxLength") ? node.get("maxLength").asText() : "none"});
        }
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
            if (e.getKey().equals("properties")) {
                e.getValue().fields().forEachRemaining(p -> walk(p.getValue(), p.getKey(), found));
            } else if (e.getKey().equals("$defs")) {
                e.getValue().forEach(d -> walk(d, null, found));
            } else {
                walk(e.getValue(), key, found);
            }
        }
    }
}
