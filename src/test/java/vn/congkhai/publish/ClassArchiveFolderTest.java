package vn.congkhai.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.BuildConfig;
import vn.congkhai.BuildResult;
import vn.congkhai.Portal;
import vn.congkhai.TestProjects;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every build leaves {@code .congkhai/cds/} for the JVM's class archive, which a JVM started with the README's
 * {@code -XX:+AutoCreateSharedArchive} writes as it exits, and which it cannot write into a missing folder (it then
 * ends a successful build with exit code 1): a whole build, one with nothing to do, and one refused for an editor's mistake.
 */
class ClassArchiveFolderTest {
    @TempDir
    Path dir;

    @Test
    void everyKindOfBuildLeavesTheFolder() throws IOException {
        TestProjects.copySample(dir);
        Path folder = dir.resolve(".congkhai/cds");
        BuildConfig config = BuildConfig.of(dir).withBuildDate(LocalDate.of(2024, 12, 1));

        assertTrue(Portal.build(config).published());
        assertTrue(Files.isDirectory(folder), "a whole build");

        Files.delete(folder);
        BuildResult nothing = Portal.build(config);
        assertTrue(nothing.upToDate());
        assertTrue(Files.isDirectory(folder), "a build with nothing to do");

        Files.delete(folder);
        Files.writeString(dir.resolve("data/site.yaml"), "name: [không đóng\n");
        assertFalse(Portal.build(config).published());
        assertTrue(Files.isDirectory(folder), "a build refused for a mistake");
    }
}
