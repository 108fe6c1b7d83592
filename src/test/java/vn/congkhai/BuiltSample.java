package vn.congkhai;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The sample portal built once per test JVM into a temporary folder, for the tests that only read it
 * (browser, HTML checker): building it costs seconds, reading it costs nothing.
 */
public final class BuiltSample {
    /** The date the sample is built as of: its downtime banner (November 2024) is shown, every page kind exists. */
    public static final LocalDate DATE = LocalDate.of(2024, 11, 22);
    private static Path site;

    private BuiltSample() {
    }

    public static synchronized Path site() {
        if (site == null) {
            try {
                Path dir = Files.createTempDirectory("congkhai-sample-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                TestProjects.copySample(dir);
                BuildResult r = Portal.build(BuildConfig.of(dir).withBuildDate(DATE));
                if (!r.published()) {
                    throw new IllegalStateException("the sample did not build:\n"
                            + String.join("\n", r.problems().stream().map(p -> p.format()).toList()));
                }
                site = r.output();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return site;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: the system cleans it eventually
        }
    }
}
