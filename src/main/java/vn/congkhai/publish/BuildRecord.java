package vn.congkhai.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the last build of an output folder passed every stage: {@code .congkhai/last-build-site.txt}.
 * A failed build leaves the previous site in place, so the folder alone cannot tell; deploying reads this
 * to refuse a site whose last build (its check stage, say) failed.
 */
public final class BuildRecord {
    public static final String PASSED = "passed";
    public static final String FAILED = "failed";

    private BuildRecord() {
    }

    public static Path file(Path projectDir, Path output) {
        return projectDir.resolve(".congkhai/last-build-" + output.getFileName() + ".txt");
    }

    public static void write(Path projectDir, Path output, boolean passed) {
        Path file = file(projectDir, output);
        try {
            AtomicFile.replace(file, ((passed ? PASSED : FAILED) + "\t" + output.toAbsolutePath().normalize() + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #PASSED}, {@link #FAILED}, or empty when no build of this output was recorded. */
    public static String read(Path projectDir, Path output) {
        Path file = file(projectDir, output);
        try {
            if (!Files.isRegularFile(file)) {
                return "";
            }
            String[] parts = Files.readString(file, StandardCharsets.UTF_8).strip().split("\t", 2);
            return parts.length == 2 && parts[1].equals(output.toAbsolutePath().normalize().toString()) ? parts[0] : "";
        } catch (IOException e) {
            return "";
        }
    }
}
