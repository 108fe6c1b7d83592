package vn.congkhai;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.bench.OneChange;
import vn.congkhai.bench.SyntheticWards;
import vn.congkhai.render.search.Folding;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One change rewrites only what it must (issue 13 target 3, issue 14 part 2), on the national shape at a small size:
 * 68 communes of the 34 provinces (2 each), 300 notices posted in March 2025 (three full archive pages of 100) and 40
 * documents. Built, then built with one notice more (the newest: it opens the month's fourth archive page), then with
 * one score changed. Publishing to S3 uploads, and a CDN purges, exactly the files whose bytes changed.
 */
class OneChangeRewritesTest {
    @TempDir
    static Path dir;
    static Set<String> afterNotice;
    static Set<String> afterScore;
    static BuildResult noticeBuild;

    @BeforeAll
    static void buildThreeTimes() throws IOException {
        SyntheticWards.writeNationalShape(dir, 68, 300, 40, TestProjects.SAMPLE);
        build();
        Map<String, String> one = OneChange.snapshot(dir.resolve("site"));
        OneChange.addNotice(dir);
        noticeBuild = build();
        Map<String, String> two = OneChange.snapshot(dir.resolve("site"));
        afterNotice = OneChange.changed(one, two);
        OneChange.changeScore(dir, "xa-21");
        build();
        afterScore = OneChange.changed(two, OneChange.snapshot(dir.resolve("site")));
    }

    private static BuildResult build() {
        BuildResult result = Portal.build(BuildConfig.of(dir).withBuildDate(LocalDate.of(2025, 4, 15)));
        assertTrue(result.published(), result.problems()::toString);
        return result;
    }

    private static Set<String> under(Set<String> changed, String folder) {
        return changed.stream().filter(p -> p.startsWith(folder)).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theBuildCountsWhatItWrote() {
        assertEquals(afterNotice.size(), noticeBuild.written(), afterNotice::toString);
    }

    /**
     * The new notice takes the last number of the search index: the titles file it lands in, chi-muc.json (the count
     * and the title lengths) and the postings of its own words change; every other file of the index keeps its bytes.
     */
    @Test
    void aNewNoticeRewritesOnlyThePostingsOfItsOwnWordsAndTheLastTitlesFile() throws IOException {
        Set<String> index = under(afterNotice, "tim-kiem/");
        Set<String> ownWords = new TreeSet<>();
        String text = "Thông báo lịch tiếp công dân tháng ba Thông báo: Thông báo lịch tiếp công dân tháng ba "
                + "Ủy ban nhân dân xã thông báo lịch tiếp công dân.";
        Folding.terms(text).forEach(t -> ownWords.add(t.substring(0, 1)));
        Set<String> allowed = new TreeSet<>(List.of("tim-kiem/chi-muc.json"));
        for (String p : index) {
            if (p.matches("tim-kiem/chi-muc-\\w+\\.json")) {
                String shard = p.substring("tim-kiem/chi-muc-".length(), p.length() - ".json".length());
                assertTrue(ownWords.contains(shard.substring(0, 1)), p + " holds none of the new notice's words");
            } else if (p.matches("tim-kiem/trang-\\d+\\.json")) {
                allowed.add(p);
            } else {
                assertTrue(allowed.contains(p), p);
            }
        }
        assertEquals(1, index.stream().filter(p -> p.startsWith("tim-kiem/trang-")).count(), "only the last titles file: " + index);
        assertTrue(index.size() <= 2 + ownWords.size(), index::toString);
    }

    /** The month's archive had 3 full pages; the new notice opens page 4, which the first page and page 3 link to. */
    @Test
    void aNewArchivePageRewritesOnlyTheFirstPageThePageBeforeAndItself() {
        assertEquals(Set.of("thong-bao/thang/2025-03.html", "thong-bao/thang/2025-03-trang-3.html", "thong-bao/thang/2025-03-trang-4.html"),
                under(afterNotice, "thong-bao/thang/"));
        assertEquals(Set.of("thong-bao/danh-sach/2025-q1.html", "thong-bao/danh-sach/2025-q1-trang-3.html",
                "thong-bao/danh-sach/2025-q1-trang-4.html"), under(afterNotice, "thong-bao/danh-sach/"), "the quarter's list alike");
    }

    /**
     * One score changed: the board's pages, the unit's own province page, its rubric criterion and the round's data;
     * the units whose overall rank moved show it on their own page. No other province's page changes: they show
     * only the ranks inside the province.
     */
    @Test
    void aChangedScoreRewritesOnlyItsOwnProvincesPage() {
        String round = "xep-hang/thi-bo-phan-mot-cua-2024/";
        Set<String> areaPages = under(afterScore, round).stream().filter(p -> p.matches(".*/(tinh|thanh-pho)-[^/]+\\.html"))
                .collect(Collectors.toSet());
        String province = vn.congkhai.load.Slugs.slugify(SyntheticWards.province(21, 68)) + ".html";
        assertEquals(Set.of(round + province), areaPages, afterScore::toString);
        assertTrue(afterScore.stream().noneMatch(p -> p.startsWith("tim-kiem/") || p.startsWith("thong-bao/")), afterScore::toString);
    }
}
