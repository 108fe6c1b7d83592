package vn.congkhai.publish;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the last published build produced, page by page: the key of what was rendered (template
 * and model), the SHA-256 and size of the bytes, their modification time once published, and the
 * internal links the check stage found. It lets a rebuild skip, for a page whose inputs did not
 * change, the rendering, the check and the write. Kept in {@code .congkhai/}, written only after a
 * successful publish; a missing or damaged manifest only means a full build.
 */
public final class SiteManifest {
    /** Change when rendering or the per-page checks change: an older manifest then reuses nothing. */
    static final String VERSION = "congkhai-manifest-2";

    public record Entry(String renderKey, String sha256, long size, long modified, List<String> links) {
    }

    private final Path file;
    private final Path output;
    private final Map<String, Entry> previous;

    private SiteManifest(Path file, Path output, Map<String, Entry> previous) {
        this.file = file;
        this.output = output;
        this.previous = previous;
    }

    /** The manifest of the site at {@code output}. */
    public static SiteManifest open(Path projectDir, Path output) {
        Path file = file(projectDir, output);
        Map<String, Entry> previous = new HashMap<>();
        if (Files.isRegularFile(file)) {
            try {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (!lines.isEmpty() && lines.get(0).equals(VERSION + "\t" + output.toAbsolutePath())) {
                    for (String line : lines.subList(1, lines.size())) {
                        String[] p = line.split("\t", -1);
                        previous.put(decode(p[0]), new Entry(p[1], p[2], Long.parseLong(p[3]), Long.parseLong(p[4]),
                                p[5].isEmpty() ? List.of() : Arrays.stream(p[5].split(" ")).map(SiteManifest::decode).toList()));
                    }
                }
            } catch (IOException | RuntimeException e) {
                previous.clear();
            }
        }
        return new SiteManifest(file, output, previous);
    }

    static Path file(Path projectDir, Path output) {
        return projectDir.resolve(".congkhai/manifest-" + output.getFileName() + ".tsv");
    }

    /** True when congkhai published into this output before: the folder is its own to replace. */
    public static boolean exists(Path projectDir, Path output) {
        return Files.isRegularFile(projectDir.resolve(".congkhai/manifest-" + output.getFileName() + ".tsv"));
    }

    /** Every file the last published build recorded, by site-relative path. */
    public Map<String, Entry> entries() {
        return java.util.Collections.unmodifiableMap(previous);
    }

    public Entry previous(String path) {
        return previous.get(path);
    }

    /** Records what was published; modification times are read from the published files. */
    public void save(Map<String, Entry> published) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "manifest", ".tmp");
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write(VERSION + "\t" + output.toAbsolutePath() + "\n");
                for (Map.Entry<String, Entry> e : new TreeMap<>(published).entrySet()) {
                    Entry v = e.getValue();
                    long modified = Files.getLastModifiedTime(output.resolve(e.getKey())).toMillis();
                    w.write(encode(e.getKey()) + "\t" + v.renderKey() + "\t" + v.sha256() + "\t" + v.size() + "\t" + modified
                            + "\t" + String.join(" ", v.links().stream().map(SiteManifest::encode).toList()) + "\n");
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Paths may hold spaces, tabs or line breaks; the manifest's separators may not appear in a field. */
    static String encode(String path) {
        return path.replace("%", "%25").replace(" ", "%20").replace("\t", "%09").replace("\n", "%0A").replace("\r", "%0D");
    }

    static String decode(String field) {
        return field.replace("%0D", "\r").replace("%0A", "\n").replace("%09", "\t").replace("%20", " ").replace("%25", "%");
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
