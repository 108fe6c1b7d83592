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
        // cuong's unit page and the leaderboard change, and the round's open data (ranking and scores, CSV and JSON);
        // the other units' pages too, as each shows the round's totals in a chart (only rounds of up to 40 totals);
        // the rubric, home, the search index and assets do not;
        // phien-ban.json does (its data digest), and it is the only file that says which inputs made the release
        assertEquals(12, second.written(), "the 4 unit pages, the leaderboard, the pages of criteria g.2 and g, 4 data files, phien-ban.json; written: "
                + second.written());
        assertTrue(TestProjects.read(dir.resolve("site/phien-ban.json")).contains("\"dataDigest\": \"sha256:"));
    }

    @Test
    void aChangedTemplateReRendersEveryPageThatUsesIt() {
        MiniWard.write(dir);
        build();
        TestProjects.write(dir, "templates/404.ftlh", "<#ftl output_format=\"HTML\"><!DOCTYPE html><html lang=\"vi\"><head>"
                + "<meta charset=\"utf-8\"><title>404</title></head><body><p>Không có trang này.</p></body></html>");
        BuildResult second = build();
        assertEquals(2, second.written(), "every page is rendered again, but only the 404 page's bytes changed (and phien-ban.json's digest of the inputs)");
        assertEquals(1, second.parsed(), "and only changed bytes are checked again");
        assertTrue(TestProjects.read(dir.resolve("site/404.html")).contains("Không có trang này."));
    }

    @Test
    void aPublishedPageChangedByHandIsRenderedAgain() throws java.io.IOException {
        MiniWard.write(dir);
        build();
        Path home = dir.resolve("site/index.html");
        byte[] original = Files.readAllBytes(home);
        Files.writeString(home, "sửa tay");
        Files.setLastModifiedTime(home, java.nio.file.attribute.FileTime.fromMillis(0));
        BuildResult again = build();
        assertEquals(1, again.written());
        assertArrayEquals(original, Files.readAllBytes(home));
    }
}
