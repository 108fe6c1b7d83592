package vn.congkhai;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample ward with long lists (issue 14): 120 notices posted in March 2025 (category 3), 50 expired ones of
 * category 5 and 51 of category 6, and 51 documents of 2023 (category 10), built on 15/06/2025, then built again
 * with one notice more. Lists show their newest 50 and point to archives of 100 a page that a new notice changes
 * only where it lands.
 */
class LongListsEndToEndTest {
    @TempDir
    static Path out;
    static Path project;
    static Path site;
    static Map<String, byte[]> before;
    static Map<String, byte[]> after;

    @BeforeAll
    static void build() {
        project = TestProjects.copySample(out.resolve("ward"));
        site = project.resolve("site");
        notices("a", 120, 3, "2025-03", "2025-12-31");
        notices("b", 50, 5, "2025-04", "2025-05-01");
        notices("c", 51, 6, "2025-05", "2025-05-31");
        for (int i = 0; i < 51; i++) {
            TestProjects.write(project, "data/documents/vb-" + String.format("%03d", i) + ".yaml", "number: " + i + "/QĐ-UBND\n"
                    + "type: Quyết định\nissuer: Ủy ban nhân dân phường\nsigned: 2023-" + month(i) + "-" + day(i) + "\n"
                    + "title: Quyết định thử số " + i + "\ncategory: 10\nfile: content/tep/du-toan-ngan-sach-2026.pdf\nplaceholder: true\n");
        }
        publish();
        before = TestProjects.snapshot(site);
        // one new notice, the newest of March (last day, last id): it belongs at the end of that month's archive
        TestProjects.write(project, "data/notices/a-zzz.yaml", notice("Thông báo thêm", 3, "2025-03-28", "2025-12-31"));
        publish();
        after = TestProjects.snapshot(site);
    }

    private static void publish() {
        BuildResult result = Portal.build(BuildConfig.of(project).withBuildDate(LocalDate.of(2025, 6, 15)));
        assertTrue(result.published(), () -> String.join("\n", result.problems().stream().map(p -> p.format()).toList()));
    }

    private static void notices(String prefix, int n, int category, String month, String until) {
        for (int i = 0; i < n; i++) {
            TestProjects.write(project, "data/notices/" + prefix + "-" + String.format("%03d", i) + ".yaml",
                    notice("Thông báo " + prefix + " số " + i, category, month + "-" + day(i), until));
        }
    }

    private static String notice(String title, int category, String posted, String until) {
        return "title: " + title + "\ncategory: " + category + "\ndecision: {number: 1/QĐ-UBND, date: " + posted
                + ", issuer: UBND phường}\nposted: " + posted + "\nuntil: " + until + "\nplaces: {office: true, portal: true}\n";
    }

    private static String day(int i) {
        return String.format("%02d", 1 + i % 27);
    }

    private static String month(int i) {
        return String.format("%02d", 1 + i % 12);
    }

    static Document page(String path) throws IOException {
        Path f = site.resolve(path);
        assertTrue(Files.isRegularFile(f), path + " exists");
        return Jsoup.parse(f.toFile(), "UTF-8");
    }

    @Test
    void theListOfNoticesShowsTheNewestFiftyAndEveryMonth() throws IOException {
        Document index = page("thong-bao/index.html");
        assertEquals(50, index.select(".notice-card").size());
        assertTrue(index.selectFirst(".list-shown").text().contains("50 thông báo mới nhất trong số"), index.selectFirst(".list-shown").text());
        List<String> months = index.select("#h-theo-thang + ul a").eachText();
        int may = months.indexOf("Tháng 5/2025");
        assertEquals(List.of("Tháng 5/2025", "Tháng 4/2025", "Tháng 3/2025"), months.subList(may, may + 3), "newest first: " + months);
        assertEquals(50, page("thong-bao/luu-tru.html").select(".notice-card").size(), "101 expired: the newest 50");
        assertNotNull(page("thong-bao/luu-tru.html").selectFirst("a[href$=index.html#h-theo-thang]"));
    }

    @Test
    void aMonthOfMoreThanAHundredIsCutIntoPagesWithAnAccessiblePager() throws IOException {
        Document march = page("thong-bao/thang/2025-03.html");
        assertEquals(100, march.select(".archive-list > li").size());
        assertEquals("Thông báo a số 0", march.selectFirst(".archive-list > li > a").text(), "oldest first");
        assertEquals("1", march.selectFirst("nav.pager a[aria-current=page]").text().replace("Trang ", ""));
        assertNotNull(march.selectFirst("nav.pager[aria-label] a[href$=2025-03-trang-2.html]"));
        Document second = page("thong-bao/thang/2025-03-trang-2.html");
        assertEquals(21, second.select(".archive-list > li").size(), "121 in March after the new one");
        assertEquals("Thông báo thêm", second.select(".archive-list > li > a").last().text());
        assertFalse(Files.exists(site.resolve("thong-bao/thang/2025-03-trang-3.html")));
        assertNotNull(second.selectFirst(".archive-around a[href$=2025-04.html]"), "the next month");
        Document april = page("thong-bao/thang/2025-04.html");
        assertNull(april.selectFirst("nav.pager"), "50 fit on one page: no pager");
        assertEquals(50, april.select(".archive-list > li > a[href*=/b-]").size());
    }

    @Test
    void categoryPagesShowFiftyAndPointToTheirArchivePast() throws IOException {
        Document fifty = page("cong-khai/muc-5.html");
        assertEquals(50, fifty.select("#h-thong-bao ~ ul > li").size());
        assertNull(fifty.selectFirst(".list-more"), "exactly 50: all shown, no archive");
        assertFalse(Files.exists(site.resolve("cong-khai/muc-5/thong-bao.html")));
        Document fiftyOne = page("cong-khai/muc-6.html");
        assertEquals(50, fiftyOne.select("#h-thong-bao ~ ul > li").size());
        assertEquals("Xem đủ 51 thông báo của nhóm", fiftyOne.selectFirst(".list-more a").text());
        Document archive = page("cong-khai/muc-6/thong-bao.html");
        assertEquals(51, archive.select(".archive-list > li").size());
        assertNull(archive.selectFirst("nav.pager"));
        assertEquals(100, page("cong-khai/muc-3/thong-bao.html").select(".archive-list > li").size());
        assertEquals(21, page("cong-khai/muc-3/thong-bao-trang-2.html").select(".archive-list > li").size());
        Document docs = page("cong-khai/muc-10.html");
        assertEquals(50, docs.select("#h-van-ban ~ ul > li").size());
        assertEquals(51, page("cong-khai/muc-10/van-ban.html").select("tbody tr").size());
    }

    @Test
    void theListOfDocumentsShowsTheNewestFiftyAndEveryYear() throws IOException {
        Document index = page("van-ban/index.html");
        assertEquals(50, index.select("tbody tr").size());
        List<String> years = index.select("#h-theo-nam + ul a").eachText();
        assertTrue(years.contains("Năm 2023"), years.toString());
        Document y2023 = page("van-ban/nam/2023.html");
        assertEquals(51, y2023.select("tbody tr").size());
        assertNotNull(y2023.selectFirst(".breadcrumbs a[href$=van-ban/index.html]"));
    }

    @Test
    void oneNewNoticeRewritesOnlyItsListsFirstPagesAndTheArchivePagesItLandsOn() {
        Set<String> changed = new TreeSet<>();
        for (String path : after.keySet()) {
            if (path.matches("(thong-bao|cong-khai)/.*\\.html") && !Arrays.equals(before.get(path), after.get(path))) {
                changed.add(path);
            }
        }
        assertEquals(new TreeSet<>(List.of("cong-khai/index.html", "cong-khai/muc-3.html", "cong-khai/muc-3/thong-bao-trang-2.html",
                "thong-bao/a-zzz.html", "thong-bao/danh-sach/2025-q1-trang-2.html", "thong-bao/index.html",
                "thong-bao/thang/2025-03-trang-2.html")), changed);
    }

    @Test
    void theSiteMapsListTheArchives() throws IOException {
        Document map = page("so-do-trang.html");
        assertNotNull(map.selectFirst("a[href$=thong-bao/thang/2025-03.html]"));
        assertNull(map.selectFirst("a[href$=thong-bao/thang/2025-03-trang-2.html]"), "later pages: through the pager");
        assertNotNull(map.selectFirst("a[href$=van-ban/nam/2023.html]"));
        String xml = Files.readString(site.resolve("sitemap.xml"));
        assertTrue(xml.contains("thong-bao/thang/2025-03.html") && xml.contains("thong-bao/thang/2025-03-trang-2.html"), "every page for search engines");
    }
}
