package vn.congkhai.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.BuildConfig;
import vn.congkhai.BuildResult;
import vn.congkhai.Portal;

/**
 * bench/vs-hugo times congkhai against Hugo only while both write the same pages; this keeps {@code bench/hugo/layouts/}
 * in step with the templates it mirrors. A 250-unit synthetic ward has every kind of compared page: unit pages,
 * leaderboards cut into pages of 100, one page per area with two rank columns, filters capped with an "N more"
 * sentence, criterion pages. Debian's hugo runs for real ({@code .ci/run} installs it).
 */
class HugoMirrorTest {
    @Test
    void hugosLayoutsWriteTheSameTextAsCongkhaisTemplates(@TempDir Path dir) throws Exception {
        Path repo = Path.of("").toAbsolutePath();
        Path ward = dir.resolve("ward");
        Path hugo = dir.resolve("hugo");
        SyntheticWards.write(ward, 250, repo);
        BuildResult built = Portal.build(BuildConfig.of(ward).withBuildDate(LocalDate.parse(VsHugo.DATE)));
        assertTrue(built.published(), () -> "the synthetic ward builds: " + built.problems());

        HugoExport.export(ward, hugo, LocalDate.parse(VsHugo.DATE));
        Files.copy(repo.resolve("bench/hugo/config.toml"), hugo.resolve("config.toml"));
        VsHugo.copyTree(repo.resolve("bench/hugo/layouts"), hugo.resolve("layouts"));
        Process p = new ProcessBuilder(VsHugo.hugo(hugo)).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), () -> "hugo failed:\n" + log);

        MainTextComparison.Outcome outcome = MainTextComparison.compare(ward.resolve("site"), hugo.resolve("public"));
        assertTrue(outcome.compared() > 250 + 3, "unit pages, leaderboard pages and criterion pages were compared: " + outcome.compared());
        List<String> pages = MainTextComparison.pages(ward.resolve("site"));
        assertTrue(pages.stream().anyMatch(page -> page.endsWith("/trang-2.html")), "a leaderboard's second page is compared");
        assertTrue(pages.stream().filter(page -> page.startsWith("xep-hang/") && page.split("/").length == 3
                && !page.contains("/trang-")).count() >= 3, "area pages are compared: " + pages.stream().filter(x -> x.startsWith("xep-hang/")).toList());
        assertTrue(outcome.same(), () -> outcome.differences().size() + " pages differ, e.g.\n"
                + String.join("\n", outcome.differences().stream().limit(5).map(MainTextComparison.Difference::describe).toList()));
    }
}
