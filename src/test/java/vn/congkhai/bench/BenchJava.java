package vn.congkhai.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The {@code java} that runs congkhai's builds in the benchmarks: {@code BENCH_JAVA} (the path of a {@code java}
 * executable, e.g. a Java 25 JDK's) when set, else the JVM running the benchmark itself (the {@code java} on PATH of
 * the {@code bench/} scripts). The benchmark driver stays on the project's Java 17; only the timed builds change JVM,
 * so Java versions can be compared on the same classes.
 */
final class BenchJava {
    static final String EXECUTABLE = System.getenv().getOrDefault("BENCH_JAVA",
            Path.of(System.getProperty("java.home"), "bin", "java").toString());

    private BenchJava() {
    }

    /** For a benchmark's header: the executable and the first line of its {@code -version} (its vendor and build). */
    static String describe() {
        try {
            Process p = new ProcessBuilder(EXECUTABLE, "-version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            String[] lines = out.strip().split("\\R");
            // the second line names the runtime's build (e.g. "Temurin-25.0.3+9"), the first only the version
            String version = lines.length > 1 ? lines[1] : lines[0];
            return EXECUTABLE + " (" + version.strip() + ")" + (System.getenv("BENCH_JAVA") == null ? " (set BENCH_JAVA to change)" : "");
        } catch (IOException e) {
            throw new IllegalStateException("BENCH_JAVA cannot be run: " + EXECUTABLE, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
