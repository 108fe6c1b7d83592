package vn.congkhai;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.bench.SyntheticWards;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A build killed (SIGKILL) while it renders leaves the published site whole, and the next build succeeds. */
class KilledBuildTest {
    @TempDir
    Path dir;

    @Test
    void aBuildKilledWhileRenderingLeavesTheOldSiteWhole() throws Exception {
        SyntheticWards.write(dir, 2000, TestProjects.SAMPLE);
        assertTrue(Portal.build(BuildConfig.of(dir).withBuildDate(LocalDate.of(2024, 12, 1))).published());
        Map<String, byte[]> before = TestProjects.snapshot(dir.resolve("site"));

        // a new build date changes every page, so the killed build has thousands of pages to write
        Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "vn.congkhai.cli.Main", "build",
                "--project", dir.toString(), "--date", "2024-12-02")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (stagedFiles() < 200 && build.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(build.isAlive(), "the build ended before it could be killed mid-render");
        build.destroyForcibly().waitFor();

        Map<String, byte[]> after = TestProjects.snapshot(dir.resolve("site"));
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));

        BuildResult next = Portal.build(BuildConfig.of(dir).withBuildDate(LocalDate.of(2024, 12, 2)));
        assertTrue(next.published(), next.problems()::toString);
        assertEquals(0, stagedFiles(), "the killed build's staging folder is cleared");
        assertTrue(new String(Files.readAllBytes(dir.resolve("site/index.html")), StandardCharsets.UTF_8).contains("02/12/2024"));
    }

    private long stagedFiles() throws IOException {
        try (Stream<Path> siblings = Files.list(dir)) {
            List<Path> staging = siblings.filter(p -> p.getFileName().toString().startsWith("site.staging-")).toList();
            long n = 0;
            for (Path s : staging) {
                try (Stream<Path> files = Files.walk(s)) {
                    n += files.count();
                } catch (IOException | java.io.UncheckedIOException e) {
                    // the folder is being written or was just removed
                }
            }
            return n;
        }
    }
}
