package vn.congkhai;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.attributes.ViewBox;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample portal's notices, documents, indicators and campaigns as of a fixed build date (22/11/2026),
 * read from the built HTML; every QR code is drawn by an independent SVG renderer and read by ZXing.
 */
class PublicationsEndToEndTest {
    static final String BASE = "https://myphuoc.angiang.gov.vn/";
    @TempDir
    static Path out;
    static Path site;

    @BeforeAll
    static void build() {
        Path project = TestProjects.copySample(out);
        site = project.resolve("site");
        BuildResult result = Portal.build(BuildConfig.of(project).withBuildDate(LocalDate.of(2026, 11, 22)));
        assertTrue(result.published(), () -> String.join("\n", result.problems().stream().map(p -> p.format()).toList()));
        // the conformance report's own warnings (which rules the sample does not meet) are pinned by ConformanceRulesTest
        assertEquals(List.of(), result.problems().stream().filter(p -> !p.message().startsWith("Chưa đáp ứng quy định"))
                .map(p -> p.format()).toList(), "the sample builds without warnings");
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    static List<String> titles(Document d) {
        return d.select(".notice-card .card-title a").eachText();
    }

    @Test
    void currentNoticesAndTheArchiveSplitAtTheBuildDate() throws IOException {
        Document current = page("thong-bao/index.html");
        assertEquals(List.of("Công khai dự toán thu, chi ngân sách phường năm 2026",
                "Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Ủy ban nhân dân phường",
                "Niêm yết Luật Thực hiện dân chủ ở cơ sở và Quy chế thực hiện dân chủ ở cơ sở của phường"), titles(current));
        assertEquals("Đang niêm yết Còn 39 ngày, đến hết ngày 31/12/2026", current.selectFirst(".notice-card .status").text());
        Document archive = page("thong-bao/luu-tru.html");
        assertEquals(List.of("Danh sách hộ nghèo, hộ cận nghèo được hỗ trợ dịp Tết Nguyên đán Ất Tỵ 2025",
                "Lấy ý kiến Nhân dân về phương án chỉnh trang vỉa hè đường Trần Hưng Đạo"), titles(archive));
        // an expired notice keeps its address and says it is expired
        Document expired = page("thong-bao/lay-y-kien-chinh-trang-via-he.html");
        assertTrue(expired.selectFirst(".notice-expired").text().contains("đã hết thời hạn niêm yết"));
        assertEquals("Đã hết hạn niêm yết ngày 08/11/2024", expired.selectFirst(".status .muted").text());
        assertTrue(expired.selectFirst(".doc-body").text().contains("chỉnh trang vỉa hè"), "the AsciiDoc body is rendered");
        Element attachment = page("thong-bao/du-toan-ngan-sach-2026.html").selectFirst("#h-dinh-kem + ul li");
        assertTrue(attachment.text().matches("Quyết định công khai dự toán ngân sách năm 2026 \\(PDF, \\d+ KB\\)"), attachment.text());
        assertTrue(Files.isRegularFile(site.resolve("thong-bao/tep/du-toan-ngan-sach-2026.pdf")));
        assertEquals(titles(current), page("index.html").select("#h-thong-bao + ul > li > a").eachText(), "the home page leads with them");
    }

    @Test
    void aWardsShortListsShowEverythingWithNoPagerNorArchive() throws IOException {
        for (String path : List.of("thong-bao/index.html", "thong-bao/luu-tru.html", "van-ban/index.html", "cong-khai/muc-4.html")) {
            Document d = page(path);
            assertTrue(d.select("nav.pager, .list-shown, .list-more, #h-theo-thang, #h-theo-nam").isEmpty(), path);
        }
        assertFalse(Files.exists(site.resolve("thong-bao/thang")), "no archive by month");
        assertFalse(Files.exists(site.resolve("van-ban/nam")), "no archive by year");
    }

    @Test
    void noticesHaveAnAtomFeedNewestFirstWithAbsoluteAddresses() throws IOException {
        Document feed = Jsoup.parse(Files.readString(site.resolve("thong-bao/atom.xml")), "", org.jsoup.parser.Parser.xmlParser());
        assertEquals("http://www.w3.org/2005/Atom", feed.selectFirst("feed").attr("xmlns"));
        assertEquals(List.of(BASE + "thong-bao/du-toan-ngan-sach-2026.html", BASE + "thong-bao/thu-tuc-hanh-chinh-thuoc-tham-quyen.html",
                BASE + "thong-bao/ho-tro-ho-ngheo-tet-2025.html", BASE + "thong-bao/lay-y-kien-chinh-trang-via-he.html",
                BASE + "thong-bao/niem-yet-quy-che-dan-chu.html"), feed.select("entry > id").eachText());
        assertEquals(BASE + "thong-bao/atom.xml", feed.selectFirst("feed > link[rel=self]").attr("href"));
        assertEquals("thong-bao/atom.xml", page("thong-bao/index.html").selectFirst("link[rel=alternate][type=application/atom+xml]")
                .attr("href").replace("../", ""));
    }

    @Test
    void noticesDocumentsAndIndicatorsAreOpenDataWithEmptyCellsForMissingCounts() throws IOException {
        List<String> kpi = Files.readAllLines(site.resolve("du-lieu/chi-so-mot-cua-2024.csv"));
        assertTrue(kpi.get(0).startsWith("\uFEFFindicator,name,period,numerator,denominator,percent"), kpi.get(0));
        assertTrue(kpi.contains("xu-ly-truc-tuyen,\"Tỷ lệ hồ sơ tiếp nhận, xử lý trực tuyến\",2024-07,,,,>,85,Chưa có số liệu"), kpi.toString());
        assertTrue(kpi.contains("phan-anh-kien-nghi,\"Tỷ lệ phản ánh, kiến nghị về thủ tục hành chính được giải quyết kịp thời\",2024-06,0,0,,>=,100,Không phát sinh"));
        assertEquals(6, Files.readAllLines(site.resolve("du-lieu/thong-bao.csv")).size(), "a header and five notices");
        assertEquals(7, Files.readAllLines(site.resolve("du-lieu/van-ban.csv")).size(), "a header and six documents");
        assertEquals(List.of("chi-so-mot-cua-2024.csv", "thong-bao.csv", "van-ban.csv"), page("du-lieu/index.html").select("a[href$=.csv]")
                .eachAttr("href").stream().map(h -> h.replace("../du-lieu/", "")).filter(h -> h.matches("(chi-so|thong-bao|van-ban).*")).sorted().toList());
    }

    @Test
    void theQuarterlyListHasEveryItemPublishedWithItsFormAndDate() throws IOException {
        Document q1 = page("thong-bao/danh-sach/2025-q1.html");
        List<Element> rows = q1.select("tbody tr");
        assertEquals(1, rows.size());
        assertEquals(List.of("1", "Danh sách hộ nghèo, hộ cận nghèo được hỗ trợ dịp Tết Nguyên đán Ất Tỵ 2025", "Nhóm 7",
                "12/QĐ-UBND ngày 24/01/2025 của Ủy ban nhân dân phường Mỹ Phước",
                "Niêm yết tại trụ sở; Niêm yết tại Nhà văn hóa khóm Đông Thịnh 1; Niêm yết tại Nhà văn hóa khóm Tây Khánh 1; "
                        + "Đăng trên cổng thông tin; Phát trên loa từ 05/02/2025 đến 07/02/2025", "05/02/2025"),
                rows.get(0).children().eachText());
        // the first quarter of 2024: the notice of the democracy regulation and the three documents published with it
        assertEquals(List.of("08/03/2024", "08/03/2024", "08/03/2024", "08/03/2024"),
                page("thong-bao/danh-sach/2024-q1.html").select("tbody tr td:last-child").eachText());
        assertFalse(Files.exists(site.resolve("thong-bao/danh-sach/2024-q3.html")), "no list for a quarter with nothing published");
    }

    @Test
    void everyDisclosureCategoryHasItsPage() throws IOException {
        assertEquals(14, page("cong-khai/index.html").select("ol.categories > li").size());
        for (int i = 1; i <= 14; i++) {
            assertTrue(Files.exists(site.resolve("cong-khai/muc-" + i + ".html")), "category " + i);
        }
        Document four = page("cong-khai/muc-4.html");
        assertEquals(5, four.select("#h-van-ban + ul li").size());
        assertTrue(page("cong-khai/muc-9.html").text().contains("Chưa có nội dung công khai nào thuộc nhóm này"));
    }

    @Test
    void indicatorsShowCountsBesideSharesAndNeverZeroForMissingData() throws IOException {
        Document kpi = page("chi-so/mot-cua-2024.html");
        Element online = kpi.getElementById("cs-xu-ly-truc-tuyen").parent();
        List<String> july = online.select("tbody tr").get(2).children().eachText();
        assertEquals(List.of("Tháng 7/2024", "—", "—", "Chưa có số liệu", "Chưa có số liệu"), july);
        List<String> may = online.select("tbody tr").get(0).children().eachText();
        assertEquals(List.of("Tháng 5/2024", "312", "402", "77,6%", "Chưa đạt"), may);
        Element feedback = kpi.getElementById("cs-phan-anh-kien-nghi").parent();
        assertEquals(List.of("Tháng 6/2024", "0", "0", "Không phát sinh", "Không phát sinh"),
                feedback.select("tbody tr").get(1).children().eachText());
        for (String layout : List.of("chart-narrow", "chart-wide")) {
            // a band across the whole plot where data is missing: a mark on the 0% line was read as 0% (phone review)
            Element band = online.selectFirst("svg." + layout + " rect.chart-gap");
            assertEquals(1, online.select("svg." + layout + " rect.chart-gap").size());
            List<Integer> grid = online.select("svg." + layout + " line.chart-grid").eachAttr("y1").stream().map(Integer::parseInt).toList();
            int top = Integer.parseInt(band.attr("y"));
            assertTrue(top <= java.util.Collections.min(grid), "from above the 100% line");
            assertEquals(java.util.Collections.max(grid), top + Integer.parseInt(band.attr("height")), "down to the 0% line");
            int middle = Integer.parseInt(band.attr("x")) + Integer.parseInt(band.attr("width")) / 2;
            assertTrue(online.select("svg." + layout + " circle").stream().noneMatch(c -> c.attr("cx").equals(String.valueOf(middle))),
                    "no point where there is no rate");
            assertTrue(online.selectFirst("svg." + layout + " path.chart-line").attr("d").contains(" M"), "the line breaks there");
            assertTrue(online.select("svg." + layout + " text.chart-legend").eachText().contains("Kỳ chưa có tỉ lệ (xem bảng)"),
                    "the legend says what the band is");
        }
    }

    @Test
    void theCampaignTimelineShowsWhatIsDoneDueAndOverdueOnTheBuildDate() throws IOException {
        Document c = page("phong-trao/cai-cach-hanh-chinh-2026.html");
        assertEquals(List.of("Đã xong Đăng ký mô hình, sáng kiến, giải pháp: hạn 20/05/2026 (Hoàn thành ngày 18/05/2026)",
                "Xong, trễ hạn Báo cáo sơ kết đợt 1: hạn 15/06/2026 (Hoàn thành ngày 19/06/2026)",
                "Quá hạn Báo cáo kết quả các mô hình, sáng kiến và đề nghị khen thưởng: hạn 01/11/2026 (Quá hạn 21 ngày)",
                "Chưa đến hạn Tổng kết phong trào: hạn 15/12/2026 (Còn 23 ngày)"), c.select(".milestones li").eachText());
        assertEquals(1, c.select("svg.chart-narrow line.tl-today").size(), "today is drawn on the timeline");
        assertEquals(4, c.select("svg.chart-narrow path.tl-mark:has(title)").size());
        // each status has its own shape, not only its own colour, and the legend's sample has the same shape
        java.util.Map<String, String> shapeOf = new java.util.HashMap<>();
        for (org.jsoup.nodes.Element mark : c.select("svg.chart-wide path.tl-mark")) {
            String status = mark.className().replace("tl-mark", "").strip();
            String shape = mark.attr("d").replaceAll("^M-?\\d+,-?\\d+ ", "");
            assertEquals(shapeOf.computeIfAbsent(status, k -> shape), shape, "one shape per status: " + status);
        }
        assertEquals(4, shapeOf.size(), shapeOf.toString());
        assertEquals(shapeOf.get("tl-done"), shapeOf.get("tl-due"), "a circle: filled when done, hollow when not yet due (CSS)");
        assertEquals(3, new java.util.HashSet<>(shapeOf.values()).size(), "late and overdue each have a shape of their own: " + shapeOf);
        assertEquals(List.of("Đợt đã kết thúc", "Đợt đang diễn ra", "Mốc đã xong", "Mốc xong, trễ hạn", "Mốc chưa đến hạn", "Mốc quá hạn",
                "Hôm nay 22/11/2026"), c.select("svg.chart-wide text.chart-legend").eachText(), "a legend in words for every colour");
        assertEquals("Thường xuyên", c.select("tbody tr").get(0).child(3).text());
        Document contest = page("phong-trao/cuoc-thi-mot-cua-than-thien-2024.html");
        assertEquals(List.of("tieu-chi/bo-phan-mot-cua-2024.html", "xep-hang/thi-bo-phan-mot-cua-2024.html",
                "khen-thuong/thi-bo-phan-mot-cua-2024.html"), contest.select("#h-lien-quan + ul a").eachAttr("href")
                .stream().map(h -> h.replace("../", "")).toList());
    }

    @Test
    void everyQrCodeReadsBackAsItsDocumentsPermanentAddress() throws Exception {
        List<Path> codes;
        try (Stream<Path> files = Files.list(site.resolve("van-ban"))) {
            codes = files.filter(p -> p.toString().endsWith("-qr.svg")).sorted().toList();
        }
        assertEquals(6, codes.size());
        for (Path code : codes) {
            String id = code.getFileName().toString().replace("-qr.svg", "");
            String url = BASE + "van-ban/" + id + ".html";
            assertEquals(url, decode(code), code.toString());
            assertTrue(Files.exists(site.resolve("van-ban/" + id + ".html")), "the address a code holds is a page of the portal");
            Document sheet = page("van-ban/" + id + "-in.html");
            assertEquals("../van-ban/" + id + "-qr.svg", sheet.selectFirst("img.sheet-qr").attr("src"));
            assertEquals(url.replace("https://", ""), sheet.selectFirst(".sheet-url strong").text(), "the short address is printed beside the code");
        }
        assertEquals(5, page("van-ban/in-quy-che-dan-chu.html").select("section.sheet").size(), "one sheet per democracy-regulation document");
    }

    @Test
    void documentsLinkTheirFileWithItsFormatAndSizeAndSayWhenItIsAPlaceholder() throws IOException {
        Document d = page("van-ban/luat-thuc-hien-dan-chu-o-co-so.html");
        Element link = d.selectFirst("a.button");
        assertEquals("../van-ban/tep/luat-10-2022-qh15.pdf", link.attr("href"));
        assertTrue(link.text().matches("Tải văn bản \\(PDF, \\d+ KB\\)"), link.text());
        assertTrue(Files.readString(site.resolve("van-ban/tep/luat-10-2022-qh15.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        assertNotNull(d.selectFirst(".notice[aria-label=Tệp giữ chỗ]"));
    }

    /** Renders the SVG at 8 pixels a module on white, as a camera would see a printed code, and decodes it. */
    static String decode(Path svg) throws Exception {
        SVGDocument doc;
        try (InputStream in = Files.newInputStream(svg)) {
            doc = new SVGLoader().load(in);
        }
        int size = (int) doc.size().width * 8;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, size, size);
        doc.render((java.awt.Component) null, g, new ViewBox(0, 0, size, size));
        g.dispose();
        int[] pixels = image.getRGB(0, 0, size, size, null, 0, size);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)))).getText();
    }
}
