package vn.congkhai.publish;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one shard of a sharded build produced: {@code congkhai-shard.json} in the shard's output folder. It says
 * which shard this is (K of N), from which inputs it was built (a fingerprint), whether its checks passed, and
 * every file it holds with its SHA-256, so that the merge can tell a complete, matching and untouched set of
 * shards from anything else before it adopts a single page.
 *
 * @param files site-relative path → SHA-256 of its bytes (hex), in path order
 */
public record ShardRecord(int index, int count, String fingerprint, boolean passed, Map<String, String> files) {
    public static final String FILE = "congkhai-shard.json";
    private static final String FORMAT = "congkhai-shard-1";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The digest of what a build's pages depend on: the generator's version, the build date, and the bytes of
     * data, content, templates, assets and jbake.properties. Two shards with the same fingerprint planned the same
     * portal; one built from another commit, day or congkhai version did not.
     */
    public static String fingerprint(Path project, LocalDate buildDate, List<Path> inputs) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((VersionFile.generatorVersion() + "\n" + buildDate + "\n" + VersionFile.digest(project, inputs))
                    .getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The record as written: keys in a fixed order, one file per line, so the same shard gives the same bytes. */
    public byte[] json() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
                g.writeStartObject();
                g.writeStringField("format", FORMAT);
                g.writeNumberField("shard", index);
                g.writeNumberField("of", count);
                g.writeStringField("fingerprint", fingerprint);
                g.writeBooleanField("passed", passed);
                g.writeArrayFieldStart("files");
                for (Map.Entry<String, String> f : new TreeMap<>(files).entrySet()) {
                    g.writeRaw("\n  ");
                    g.writeStartObject();
                    g.writeStringField("path", f.getKey());
                    g.writeStringField("sha256", f.getValue());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeRaw("\n");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a shard's record; an {@link IOException} when it is missing or not a record this version wrote. */
    public static ShardRecord read(Path shardDir) throws IOException {
        JsonNode root = JSON.readTree(shardDir.resolve(FILE).toFile());
        if (root == null || !FORMAT.equals(root.path("format").asText()) || !root.path("shard").isInt() || !root.path("of").isInt()
                || !root.path("passed").isBoolean() || !root.path("files").isArray()) {
            throw new IOException("not a " + FORMAT + " record");
        }
        Map<String, String> files = new TreeMap<>();
        for (JsonNode f : root.path("files")) {
            String path = f.path("path").asText("");
            String sha = f.path("sha256").asText("");
            if (path.isEmpty() || !sha.matches("[0-9a-f]{64}")) {
                throw new IOException("a file without path or SHA-256");
            }
            files.put(path, sha);
        }
        return new ShardRecord(root.path("shard").asInt(), root.path("of").asInt(), root.path("fingerprint").asText(""),
                root.path("passed").asBoolean(), files);
    }

    /**
     * Marks the record of a shard folder as failed, in place, when a new build of that shard starts: a build that
     * stops half-way leaves the older pages with a record the merge refuses, as a failed build would.
     */
    public static void markStarted(Path shardDir) {
        Path file = shardDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            ShardRecord old = read(shardDir);
            AtomicFile.replace(file, new ShardRecord(old.index, old.count, old.fingerprint, false, old.files).json());
        } catch (IOException e) {
            try {
                Files.delete(file); // unreadable: a merge must not take it for a record either
            } catch (IOException gone) {
                throw new UncheckedIOException(gone);
            }
        }
    }
}
