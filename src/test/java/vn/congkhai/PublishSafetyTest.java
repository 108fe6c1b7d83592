package vn.congkhai;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad data never reaches the public: the previously published site stays byte for byte. */
class PublishSafetyTest {
    @TempDir
    Path dir;

    private BuildResult build() {
        return Portal.build(BuildConfig.of(dir).withBuildDate(LocalDate.of(2024, 11, 22)));
    }

    @Test
    void aBuildWithErrorsLeavesThePublishedSiteExactlyAsItWas() throws java.io.IOException {
        MiniWard.write(dir);
        assertTrue(build().published());
        Map<String, byte[]> before = TestProjects.snapshot(dir.resolve("site"));

        TestProjects.write(dir, "data/scores/vong-1.yaml", MiniWard.SCORES.replace("{\"a\": 9,", "{\"a\": 11,"));
        BuildResult failed = build();
        assertFalse(failed.published());
        assertEquals(1, failed.errorCount());

        Map<String, byte[]> after = TestProjects.snapshot(dir.resolve("site"));
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
        try (var siblings = Files.list(dir)) {
            assertEquals(0, siblings.filter(p -> p.getFileName().toString().contains(".staging-")).count(), "no staging left behind");
        }
    }

    @Test
    void twoBuildsOfTheSameInputsAreByteIdenticalAndTheSecondRewritesNothing() {
        MiniWard.write(dir);
        BuildResult first = build();
        Map<String, byte[]> one = TestProjects.snapshot(dir.resolve("site"));
        BuildResult second = build();
        Map<String, byte[]> two = TestProjects.snapshot(dir.resolve("site"));
        assertEquals(one.keySet(), two.keySet());
        one.forEach((path, bytes) -> assertArrayEquals(bytes, two.get(path), path));
        assertEquals(0, second.written(), "unchanged files are kept, not rewritten");
        assertEquals(first.written(), second.unchanged());
    }

    @Test
    void changingOneScoreRewritesOnlyThePagesThatShowIt() {
        MiniWard.write(dir);
        build();
        TestProjects.write(dir, "data/scores/vong-1.yaml", MiniWard.SCORES.replace("\"g.2\": 2}", "\"g.2\": 3}"));
        BuildResult second = build();
        // cuong's unit page and the leaderboard change; the rubric, home, other units and assets do not
        assertEquals(2, second.written(), "written: " + second.written());
    }
}
