package vn.congkhai;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Builds the sample ward portal of this repository into a temporary folder and reads it as a browser would. */
class PortalEndToEndTest {
    @TempDir
    static Path out;
    static BuildResult result;
    static Path site;

    @BeforeAll
    static void build() {
        Path project = TestProjects.copySample(out);
        site = project.resolve("site");
        result = Portal.build(BuildConfig.of(project).withBuildDate(LocalDate.of(2024, 11, 22)));
        assertTrue(result.published(), () -> String.join("\n", result.problems().stream().map(p -> p.format()).toList()));
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void theLeaderboardListsWardsByTotalWithSharedRanksForTies() throws IOException {
        Document board = page("xep-hang/thi-bo-phan-mot-cua-2024.html");
        List<String> rows = new ArrayList<>();
        for (Element tr : board.select("table tbody tr")) {
            Element total = tr.child(2).clone(); // as a screen reader reads it: a phone's short total is aria-hidden
            total.select("[aria-hidden=true]").remove();
            rows.add(tr.child(0).text().replace("Hạng", "").replace("chưa xếp hạng", "").strip() + " | " + tr.selectFirst("a").text() + " | " + total.text());
        }
        assertEquals(List.of(
                "1 | Phường Mỹ Long | 95",
                "1 | Phường Mỹ Thới | 95",
                "3 | Phường Mỹ Phước | 94",
                "4 | Phường Mỹ Hòa | 93",
                "5 | Phường Mỹ Quý | 91",
                "6 | Phường Mỹ Bình | 90",
                "6 | Phường Mỹ Xuyên | 90",
                "8 | Phường Bình Khánh | 89",
                "8 | Phường Đông Xuyên | 89",
                "10 | Phường Mỹ Thạnh | 62",
                "— | Phường Bình Đức | chưa đủ (85 điểm đã chấm)"), rows.stream().map(r -> r.replaceAll("\\s+minh họa", "")).toList());
    }

    @Test
    void filtersAreStaticPagesThatWorkWithoutScript() throws IOException {
        Document all = page("xep-hang/thi-bo-phan-mot-cua-2024.html");
        Element link = all.selectFirst("nav.filters a[href$=thi-bo-phan-mot-cua-2024/chua-xep-hang.html]");
        assertTrue(link != null, "the filter is a plain link");
        Document unranked = page("xep-hang/thi-bo-phan-mot-cua-2024/chua-xep-hang.html");
        assertEquals(List.of("Phường Bình Đức"), unranked.select("table tbody tr th a").eachText());
        assertEquals("page", unranked.selectFirst("nav.filters a[aria-current]").attr("aria-current"));
    }

    @Test
    void theLeaderboardHasOneColumnPerScoredCriterion() throws IOException {
        Document board = page("xep-hang/thi-bo-phan-mot-cua-2024.html");
        Element firstRow = board.selectFirst("table tbody tr");
        assertEquals(3 + 14, firstRow.children().size(), "rank, ward, total, then 14 criteria (5 is split into 5.1–5.5)");
    }

    @Test
    void theRubricPageExplainsEveryCriterionAndTheMaximaSumTo100() throws IOException {
        Document rubric = page("tieu-chi/bo-phan-mot-cua-2024.html");
        List<String> ids = new ArrayList<>();
        BigDecimal topLevel = BigDecimal.ZERO;
        BigDecimal group5 = BigDecimal.ZERO;
        for (Element section : rubric.select("section.criterion")) {
            String id = section.id().substring("tc-".length());
            ids.add(id);
            BigDecimal max = new BigDecimal(section.selectFirst(".crit-max strong").text().replace(',', '.'));
            if (section.hasClass("depth-0")) {
                topLevel = topLevel.add(max);
            } else if (id.startsWith("5.")) {
                group5 = group5.add(max);
            }
        }
        assertEquals(List.of("1", "2", "3", "4", "5", "5.1", "5.2", "5.3", "5.4", "5.5", "6", "7", "8", "9", "10"), ids);
        assertEquals(0, new BigDecimal("100").compareTo(topLevel), "the top-level maxima sum to 100");
        assertEquals(0, new BigDecimal("25").compareTo(group5), "5.1–5.5 sum to criterion 5's 25");
        String text = rubric.text();
        assertTrue(text.contains("Thiếu mỗi mục trừ 2 điểm"), "criterion 3's rule");
        assertTrue(text.contains("Mỗi trường hợp bị phản ánh do lỗi chủ quan của cán bộ, công chức, viên chức trừ 5 điểm"), "criterion 7's rule");
        assertTrue(text.contains("Cộng 5 điểm nếu mô hình, sáng kiến, giải pháp mới được công nhận"), "criterion 10's rule");
        assertTrue(rubric.selectFirst("#tc-5").text().contains("Quyết định số 91/QĐ-UBND"), "legal basis of criterion 5");
    }

    @Test
    void eachCriterionHasAPageWithAChartAndTheSameNumbersInATable() throws IOException {
        Document c = page("tieu-chi/bo-phan-mot-cua-2024/3.html");
        List<String> table = c.select("table tbody tr").eachText();
        for (String layout : List.of("chart-narrow", "chart-wide")) {
            assertEquals(11, c.select("figure.chart svg." + layout + " rect").size(), "a bar per ward");
            List<String> texts = c.select("figure.chart svg." + layout + " text:not(.chart-legend)").eachText();
            List<String> chart = new ArrayList<>();
            for (int i = 0; i + 1 < texts.size(); i += 2) {
                chart.add(texts.get(i) + " " + texts.get(i + 1));
            }
            assertEquals(table, chart, "the table says what the chart draws");
        }
        assertEquals(List.of("Phường Mỹ Phước"), c.select("svg.chart-narrow text.chart-strong").eachText().subList(0, 1),
                "the portal's own ward is highlighted");
        assertEquals(1, c.select("svg.chart-narrow rect.chart-own").size());
        assertTrue(c.select("svg.chart-narrow text.chart-legend").text().startsWith("Phường Mỹ Phước:"), "and named in the legend");
        assertEquals("Phường Mỹ Thạnh 4", table.get(table.size() - 1), "missing photocopier, wifi and parking: 10 − 3 × 2");
        assertTrue(page("xep-hang/thi-bo-phan-mot-cua-2024.html").select("a[href=../tieu-chi/bo-phan-mot-cua-2024/3.html]").size() > 0);
    }

    @Test
    void aUnitPageShowsHowEachScoreWasDerived() throws IOException {
        String text = page("don-vi/my-phuoc.html").text();
        assertTrue(text.contains("Trừ 2 điểm: thiếu máy photocopy"), text);
        assertTrue(text.contains("Cộng 5 điểm: mô hình, sáng kiến, giải pháp mới được công nhận"));
        assertTrue(text.contains("Giới hạn ở điểm chuẩn 10 (tính ra 11)"));
        assertTrue(text.contains("Đơn vị tự chấm 98/100 (điểm thẩm định chênh −4)"), "self-assessment beside the official total");
        assertTrue(text.contains("Đơn vị tự chấm: 10 · điểm thẩm định chênh −2"), "and per criterion");
        String binhDuc = page("don-vi/binh-duc.html").text();
        assertTrue(binhDuc.contains("chưa chấm"), "a missing score is shown as not scored, never 0");
        String myThanh = page("don-vi/my-thanh.html").text();
        assertTrue(myThanh.contains("Giới hạn ở 0 điểm (tính ra -5)"));
    }

    @Test
    void asciidocPagesAndNewsAreRenderedThroughTheTemplates() throws IOException {
        Document intro = page("gioi-thieu.html");
        assertEquals("vi", intro.selectFirst("html").attr("lang"));
        assertTrue(intro.select("main").text().contains("4 xin"));
        Document post = page("tin-tuc/2024/tham-gia-cuoc-thi-mot-cua.html");
        assertTrue(post.select("main table").size() >= 1, "the AsciiDoc table is kept");
        assertTrue(page("tin-tuc/index.html").text().contains("Phường Mỹ Phước tham gia Cuộc thi"));
    }

    @Test
    void theIllustrativeBannerIsOnEveryPageWithScoresWhenSwitchedOn() throws IOException {
        for (String p : List.of("xep-hang/thi-bo-phan-mot-cua-2024.html", "don-vi/my-long.html", "tieu-chi/bo-phan-mot-cua-2024/1.html")) {
            assertTrue(page(p).text().contains("số liệu minh họa"), p);
        }
        // issue 12: on pages without scores (a budget notice, the home page) it made real notices look made up
        for (String p : List.of("index.html", "gioi-thieu.html", "thong-bao/du-toan-ngan-sach-2026.html")) {
            assertFalse(page(p).select(".notice-illustrative").hasText(), p);
        }
    }

    @Test
    void everyPageIsVietnameseUtf8WithATitleAndEveryInternalLinkResolves() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertTrue(pages.size() >= 20, "pages: " + pages.size());
        int links = 0;
        for (Path p : pages) {
            Document d = Jsoup.parse(p.toFile(), "UTF-8");
            assertEquals("vi", d.selectFirst("html").attr("lang"), p.toString());
            assertTrue(d.selectFirst("meta[charset]") != null, p.toString());
            assertTrue(!d.title().isBlank(), p.toString());
            for (Element a : d.select("a[href], link[href], script[src]")) {
                String ref = a.hasAttr("href") ? a.attr("href") : a.attr("src");
                if (ref.startsWith("http") || ref.startsWith("mailto:") || ref.startsWith("tel:") || ref.startsWith("#")) {
                    continue;
                }
                String file = ref.replaceAll("[#?].*", "");
                // root-relative links (the 404 page's, served at any depth) start from the site root
                Path target = (file.startsWith("/") ? site.resolve(file.substring(1)) : p.getParent().resolve(file)).normalize();
                assertTrue(target.startsWith(site), ref + " in " + p);
                assertTrue(Files.isRegularFile(target) || Files.isRegularFile(target.resolve("index.html")), ref + " in " + p);
                links++;
            }
        }
        assertTrue(links > 100, "links checked: " + links);
    }

    @Test
    void theBuildDateComesFromTheConfigurationNotTheClock() throws IOException {
        assertTrue(page("index.html").text().contains("22/11/2024"));
    }

    @Test
    void totalsOnTheLeaderboardEqualTheSumOfTheCells() throws IOException {
        for (Element tr : page("xep-hang/thi-bo-phan-mot-cua-2024.html").select("table tbody tr")) {
            if (tr.child(0).text().contains("—")) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 3; i < tr.children().size(); i++) {
                sum = sum.add(new BigDecimal(tr.child(i).text().replace(',', '.')));
            }
            assertEquals(0, sum.compareTo(new BigDecimal(tr.child(2).text().replace(',', '.'))), tr.text());
        }
    }
}
