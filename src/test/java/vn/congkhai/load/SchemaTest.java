package vn.congkhai.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.congkhai.TestProjects;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JSON Schemas in {@code schemas/} are what editors' YAML tools check as they type: they must accept
 * every sample file, point to themselves from each file, and name exactly the keys the Java readers accept
 * ({@link DataLoader#shapes()}), object by object.
 */
class SchemaTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Projects whose data must validate: the sample and the integration-test wards. */
    private static final List<Path> PROJECTS = List.of(TestProjects.SAMPLE, TestProjects.SAMPLE.resolve("src/it/minimal-ward"));

    static List<DataShape> shapes() {
        return DataLoader.shapes();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void theSchemaNamesExactlyTheKeysTheReadersAccept(DataShape shape) throws IOException {
        JsonNode schema = schema(shape);
        Map<String, Set<String>> inSchema = new TreeMap<>();
        inSchema.put("", keys(schema.get("properties")));
        JsonNode defs = schema.path("$defs");
        for (Iterator<Map.Entry<String, JsonNode>> it = defs.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> def = it.next();
            if (def.getValue().has("properties")) {
                inSchema.put(def.getKey(), keys(def.getValue().get("properties")));
                assertEquals(false, def.getValue().path("additionalProperties").asBoolean(true),
                        shape.schema() + " $defs/" + def.getKey() + " must refuse unknown keys, as the readers do");
            }
        }
        Map<String, Set<String>> inJava = new TreeMap<>();
        shape.objects().forEach((name, keys) -> inJava.put(name, new TreeSet<>(keys)));
        assertEquals(inJava, inSchema, shape.schema() + " and the readers in vn.congkhai.load disagree");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void everySampleFileValidatesAndPointsToItsSchema(DataShape shape) throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema(shape));
        int files = 0;
        for (Path project : PROJECTS) {
            for (Path file : filesOf(project, shape)) {
                files++;
                String text = Files.readString(file);
                Set<ValidationMessage> errors = schema.validate(YAML.readTree(text));
                assertTrue(errors.isEmpty(), () -> file + ": " + errors);
                String expected = "# yaml-language-server: $schema=" + file.getParent().relativize(project.resolve(shape.schema()));
                if (project.equals(TestProjects.SAMPLE)) {
                    assertEquals(expected, text.lines().findFirst().orElse(""), file + " names its schema on its first line");
                }
            }
        }
        assertTrue(files > 0, "no sample file of kind " + shape.kind());
    }

    @Test
    void theSchemaRefusesWhatTheReadersRefuse() throws IOException {
        JsonSchema units = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(schema(shapes().stream().filter(s -> s.kind().equals("units")).findFirst().orElseThrow()));
        assertFalse(units.validate(YAML.readTree("units:\n  - id: my-phuoc\n    ten: Phường Mỹ Phước\n")).isEmpty(), "unknown key");
        assertFalse(units.validate(YAML.readTree("units:\n  - id: Mỹ Phước\n    name: Phường Mỹ Phước\n")).isEmpty(), "id with marks");
        assertFalse(units.validate(YAML.readTree("units:\n  - name: Phường Mỹ Phước\n")).isEmpty(), "missing id");
    }

    @Test
    void everyDataFileOfTheSampleHasAKind() throws IOException {
        try (Stream<Path> files = Files.walk(TestProjects.SAMPLE.resolve("data"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertTrue(shapes().stream().anyMatch(s -> matcher(s).matches(TestProjects.SAMPLE.relativize(f))),
                        f + " is a kind of data file with no DataShape (and no schema)");
            }
        }
    }

    private static List<Path> filesOf(Path project, DataShape shape) throws IOException {
        List<Path> out = new ArrayList<>();
        PathMatcher m = matcher(shape);
        Path data = project.resolve("data");
        if (!Files.isDirectory(data)) {
            return out;
        }
        try (Stream<Path> files = Files.walk(data)) {
            files.filter(Files::isRegularFile).filter(f -> m.matches(project.relativize(f))).sorted().forEach(out::add);
        }
        return out;
    }

    private static PathMatcher matcher(DataShape shape) {
        return FileSystems.getDefault().getPathMatcher("glob:" + shape.files());
    }

    private static JsonNode schema(DataShape shape) throws IOException {
        return JSON.readTree(TestProjects.SAMPLE.resolve(shape.schema()).toFile());
    }

    private static Set<String> keys(JsonNode properties) {
        Set<String> out = new TreeSet<>();
        properties.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
