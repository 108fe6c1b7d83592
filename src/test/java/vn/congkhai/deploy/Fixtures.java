package vn.congkhai.deploy;

import vn.congkhai.BuildConfig;
import vn.congkhai.BuildResult;
import vn.congkhai.Portal;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the deploy tests share: a successful build, a large asset, and counting half-copied releases. */
final class Fixtures {
    private Fixtures() {
    }

    /** Builds {@code project} for the fixed date the tests use; the build must succeed. */
    static void build(Path project) {
        BuildResult r = Portal.build(BuildConfig.of(project).withBuildDate(LocalDate.of(2024, 11, 22)));
        assertTrue(r.published(), () -> r.problems().toString());
    }

    /** A 48 MB asset of random bytes, so that a transfer takes long enough to be caught in the middle. */
    static void writeBigAsset(Path project, long seed) throws Exception {
        Files.createDirectories(project.resolve("assets"));
        Random random = new Random(seed);
        byte[] chunk = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(project.resolve("assets/lon.bin"))) {
            for (int i = 0; i < 48; i++) {
                random.nextBytes(chunk);
                out.write(chunk);
            }
        }
        // over the default limit of 20 MB for one asset: this portal raises it, as jbake.properties lets a ward do
        Path props = project.resolve("jbake.properties");
        if (!Files.exists(props) || !Files.readString(props).contains("congkhai.assets.maxFileMB")) {
            Files.writeString(props, "\ncongkhai.assets.maxFileMB=64\n", java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        }
    }

    /** The {@code releases/*.partial} folders under {@code base}. */
    static long partialFolders(Path base) throws Exception {
        Path releases = base.resolve("releases");
        if (!Files.isDirectory(releases)) {
            return 0;
        }
        try (Stream<Path> all = Files.list(releases)) {
            return all.filter(p -> p.getFileName().toString().endsWith(".partial")).count();
        }
    }

    /** The files and folders inside them: how far a copy has gone. */
    static long partialFiles(Path base) throws Exception {
        Path releases = base.resolve("releases");
        if (!Files.isDirectory(releases)) {
            return 0;
        }
        long n = 0;
        try (Stream<Path> all = Files.list(releases)) {
            for (Path p : all.filter(p -> p.getFileName().toString().endsWith(".partial")).toList()) {
                try (Stream<Path> files = Files.walk(p)) {
                    n += files.count();
                } catch (UncheckedIOException e) {
                    n++; // being written or renamed while we count
                }
            }
        }
        return n;
    }
}
