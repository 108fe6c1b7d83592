package vn.congkhai.check;

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
 * What the last published build checked: each page's SHA-256 and the internal links it holds.
 * A page rendered to the same bytes passed the same checks before, so it is not parsed again;
 * only its links are checked against the new site. This is what makes a rebuild after a small
 * change cost little more than rendering. Written only after a successful publish.
 */
public final class CheckManifest {
    /** Change when the per-page checks change: an old manifest then checks nothing. */
    static final String VERSION = "congkhai-check-1";

    public record Entry(String sha256, List<String> links) {
    }

    private final Path file;
    private final Map<String, Entry> previous;

    private CheckManifest(Path file, Map<String, Entry> previous) {
        this.file = file;
        this.previous = previous;
    }

    /** The manifest for the site at {@code output}, kept in the project's {@code .congkhai/}. */
    public static CheckManifest open(Path projectDir, Path output) {
        Path file = projectDir.resolve(".congkhai/checked-" + output.getFileName() + ".tsv");
        Map<String, Entry> previous = new HashMap<>();
        if (Files.isRegularFile(file)) {
            try {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (!lines.isEmpty() && lines.get(0).equals(VERSION + "\t" + output.toAbsolutePath())) {
                    for (String line : lines.subList(1, lines.size())) {
                        String[] parts = line.split("\t", -1);
                        if (parts.length == 3) {
                            previous.put(parts[0], new Entry(parts[1], parts[2].isEmpty() ? List.of() : Arrays.asList(parts[2].split(" "))));
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                previous.clear(); // a damaged manifest only costs a full check
            }
        }
        return new CheckManifest(file, previous);
    }

    Entry previous(String path) {
        return previous.get(path);
    }

    /** Replaces the manifest with what this build checked; called once the new site is published. */
    public void save(Path output, Map<String, Entry> checked) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "checked", ".tmp");
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write(VERSION + "\t" + output.toAbsolutePath() + "\n");
                for (Map.Entry<String, Entry> e : new TreeMap<>(checked).entrySet()) {
                    w.write(e.getKey() + "\t" + e.getValue().sha256() + "\t" + String.join(" ", e.getValue().links()) + "\n");
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
