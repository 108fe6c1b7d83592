package vn.congkhai.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.BuildConfig;
import vn.congkhai.BuildResult;
import vn.congkhai.Portal;
import vn.congkhai.Report;
import vn.congkhai.TestProjects;
import vn.congkhai.model.Lang;
import vn.congkhai.model.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each conformance rule: remove what it requires from a copy of the sample portal and the build reports it
 * (as an error where the ruleset says so, and the site is not published), and the conformance page says why.
 */
class ConformanceRulesTest {
    /** After NĐ 224/2026 came into force: every rule of the default ruleset applies. */
    static final LocalDate LATE_2026 = LocalDate.of(2026, 11, 22);

    @TempDir
    Path dir;
    /** The sample's AsciiDoc converted once for the whole class: these tests are about rules, not about AsciiDoc. */
    @TempDir
    static Path warmCache;

    private BuildResult sample(LocalDate date, Consumer<Path> change) {
        TestProjects.copySample(dir);
        copyTree(warmCache, dir.resolve(".congkhai/cache"));
        change.accept(dir);
        BuildResult r = Portal.build(BuildConfig.of(dir).withBuildDate(date));
        copyTree(dir.resolve(".congkhai/cache"), warmCache);
        return r;
    }

    private static void copyTree(Path from, Path to) {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (var files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (!Files.exists(target)) {
                    Files.createDirectories(target.getParent());
                    Files.copy(f, target);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Optional<Problem> about(BuildResult r, String ruleId) {
        return r.problems().stream().filter(p -> p.message().startsWith("Chưa đáp ứng quy định `" + ruleId + "`")).findFirst();
    }

    private static Problem reported(BuildResult r, String ruleId, boolean asError) {
        Problem p = about(r, ruleId).orElseThrow(() -> new AssertionError(ruleId + " not reported: " + r.problems()));
        assertEquals(asError, p.isError(), p.format());
        assertEquals(!asError, r.published(), "an unmet error-level rule publishes nothing");
        return p;
    }

    private static void replace(Path project, String file, String from, String to) {
        String text = TestProjects.read(project.resolve(file));
        assertTrue(text.contains(from), file + " has `" + from + "`");
        TestProjects.write(project, file, text.replace(from, to));
    }

    private JsonNode json() throws IOException {
        return new ObjectMapper().readTree(dir.resolve("site/muc-do-dap-ung.json").toFile());
    }

    private static JsonNode rule(JsonNode json, String id) {
        for (JsonNode r : json.get("rules")) {
            if (r.get("id").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no rule " + id);
    }

    @Test
    void theSampleMeetsEveryRuleItCanExceptAFreshCulturePost() throws IOException {
        BuildResult r = sample(LATE_2026, p -> { });
        assertTrue(r.published(), () -> r.problems().toString());
        List<String> unmet = r.problems().stream().filter(p -> p.message().startsWith("Chưa đáp ứng")).map(Problem::message)
                .map(m -> m.substring(m.indexOf('`') + 1, m.indexOf('`', m.indexOf('`') + 1))).sorted().toList();
        assertEquals(List.of("chuyen-muc-van-hoa-cong-vu"), unmet);
        assertEquals("Đáp ứng 17/18 quy định; 1 cảnh báo; 1 kiểm tra thủ công.", r.conformance());
        assertEquals("dap-ung", rule(json(), "lien-he").get("status").asText(), "the sample has its Liên hệ page");
        JsonNode json = json();
        assertEquals("2026-11-22", json.get("buildDate").asText());
        assertEquals("dap-ung", rule(json, "thu-tuc-hanh-chinh").get("status").asText());
        assertEquals("error", rule(json, "thu-tuc-hanh-chinh").get("severity").asText(), "the sample raised it to error");
        assertEquals("kiem-tra-thu-cong", rule(json, "lay-y-kien-20-ngay").get("status").asText());
        assertEquals("dap-ung", rule(json, "cong-khai-14-nhom").get("status").asText());
        Document page = Jsoup.parse(dir.resolve("site/muc-do-dap-ung.html").toFile(), "UTF-8");
        assertEquals(json.get("rules").size(), page.select("li.rule").size(), "every rule on the page");
        assertTrue(page.select("#cong-khai-14-nhom").text().contains("Luật 10/2022/QH15"), "with its citation");
        // written for citizens: what is not met comes first, without rule codes or file names (issue 12)
        assertEquals("Chưa đáp ứng (1)", page.selectFirst("main h2").text());
        assertEquals("chuyen-muc-van-hoa-cong-vu", page.selectFirst("section.rule-group li.rule").id());
        assertFalse(page.select("main").text().contains("Mã quy tắc"));
        assertFalse(page.select("main").text().contains(".html"), "no file names: " + page.select("main").text());
        // and says what is missing in plain words: the newest culture post is old (the sample's build date is 22/11/2026)
        assertEquals("Còn thiếu Bài gần nhất về \"văn hóa công vụ\" đăng ngày 15/11/2024, đã 737 ngày chưa có bài mới; "
                + "cần đăng ít nhất 30 ngày một lần.", page.selectFirst("#chuyen-muc-van-hoa-cong-vu dl div").text());
        assertEquals(1, page.select("dt:containsOwn(Còn thiếu)").size(), "only unmet rules say what is missing");
        assertEquals("dap-ung", rule(json, "so-do-trang-xml").get("status").asText(), "the generator writes sitemap.xml");
    }

    @Test
    void theConformanceReportIsTheSameForTheSameInputsAndDate() throws IOException {
        sample(LATE_2026, p -> { });
        byte[] html = Files.readAllBytes(dir.resolve("site/muc-do-dap-ung.html"));
        byte[] json = Files.readAllBytes(dir.resolve("site/muc-do-dap-ung.json"));
        assertTrue(Portal.build(BuildConfig.of(dir).withBuildDate(LATE_2026)).published());
        assertEquals(new String(html), Files.readString(dir.resolve("site/muc-do-dap-ung.html")));
        assertEquals(new String(json), Files.readString(dir.resolve("site/muc-do-dap-ung.json")));
    }

    @Test
    void withoutTheIntroductionPageTheBuildFails() {
        Problem p = reported(sample(LATE_2026, d -> d.resolve("content/gioi-thieu.adoc").toFile().delete()), "gioi-thieu", true);
        assertEquals("content/gioi-thieu.adoc", p.where().file());
        assertTrue(p.message().contains("Không có trang gioi-thieu.html"), p.message());
    }

    @Test
    void anIntroductionWithoutItsHistoryIsReported() {
        Problem p = reported(sample(LATE_2026, d -> replace(d, "content/gioi-thieu.adoc", "== Lịch sử, truyền thống văn hóa", "== Truyền thống")),
                "gioi-thieu", true);
        assertTrue(p.message().contains("thiếu mục \"Lịch sử\""), p.message());
    }

    @Test
    void aLeaderWithoutBiographyIsReported() {
        Problem p = reported(sample(LATE_2026, d -> replace(d, "data/site.yaml", "    biography:", "    # biography:")), "lanh-dao", true);
        assertEquals("data/site.yaml", p.where().file());
        assertTrue(p.message().contains("Nguyễn Trung Nam: thiếu tiểu sử tóm tắt"), p.message());
    }

    /** `--lang en` / -Dcongkhai.lang=en: the findings, their hints and the summary line are all English. */
    @Test
    void inEnglishTheFindingsAndTheSummaryAreEnglish() {
        BuildResult r = sample(LATE_2026, d -> replace(d, "data/site.yaml", "    biography:", "    # biography:"));
        Problem leaders = reported(r, "lanh-dao", true);
        assertTrue(leaders.message(Lang.EN).startsWith("Rule `lanh-dao` ("), leaders.message(Lang.EN));
        assertTrue(leaders.message(Lang.EN).contains(") is not met: "), leaders.message(Lang.EN));
        assertTrue(leaders.message(Lang.EN).contains(": missing a short biography"), leaders.message(Lang.EN));
        assertTrue(leaders.hint(Lang.EN).endsWith("This rule is at error level, so the portal is not published."), leaders.hint(Lang.EN));
        Problem culture = about(r, "chuyen-muc-van-hoa-cong-vu").orElseThrow();
        assertTrue(culture.message(Lang.EN).contains("days before the build date (more than 30 days)."), culture.message(Lang.EN));
        assertTrue(culture.hint(Lang.EN).startsWith("Publish a new post tagged `"), culture.hint(Lang.EN));
        for (Problem p : r.problems()) {
            String english = p.format(Lang.EN);
            assertTrue(p.hasEnglish(), english);
            for (String vietnamese : List.of("Chưa đáp ứng", "thiếu", "mức lỗi", "Cách sửa", "Đăng bài")) {
                assertFalse(english.contains(vietnamese), english);
            }
        }
        assertEquals("Đáp ứng 16/18 quy định; 1 lỗi, 1 cảnh báo; 1 kiểm tra thủ công.", r.conformance());
        assertEquals("Met 16/18 rules; 1 error, 1 warning; 1 manual check.", r.conformance(Lang.EN));
        List<String> report = Report.summary(r, dir, Lang.EN);
        assertTrue(report.contains("Conformance with the rules: Met 16/18 rules; 1 error, 1 warning; 1 manual check."), report.toString());
        assertTrue(report.get(0).startsWith("Nothing published: 1 error, 1 warning. "), report.get(0));
        assertEquals("In all: 1 error, 1 warning.", Report.total(r, Lang.EN));
        assertTrue(Report.summary(r, dir, Lang.VI).contains("Mức độ đáp ứng quy định: " + r.conformance()));
    }

    @Test
    void proceduresThatDoNotLinkTheNationalPortalAreReported() {
        Problem p = reported(sample(LATE_2026, d -> replace(d, "content/thu-tuc-hanh-chinh.adoc", "https://dichvucong.gov.vn", "https://example.com")),
                "thu-tuc-hanh-chinh", true);
        assertTrue(p.message().contains("chưa liên kết tới dichvucong.gov.vn"), p.message());
    }

    @Test
    void withoutTheAccessToInformationSectionTheBuildFails() {
        reported(sample(LATE_2026, d -> d.resolve("content/tiep-can-thong-tin.adoc").toFile().delete()), "tiep-can-thong-tin", true);
    }

    @Test
    void aRequiredPageMissingFromTheNavigationIsReported() {
        // a page in a folder is not in the main navigation of our templates; the ward points the rule at it
        Problem p = reported(sample(LATE_2026, d -> {
            TestProjects.write(d, "content/thong-tin/huong-dan.adoc", "= Hướng dẫn\n:jbake-type: page\n:jbake-status: published\n\nNội dung.\n");
            TestProjects.write(d, "data/rules/z.yaml", "rules:\n  - id: tiep-can-thong-tin\n    params: {path: thong-tin/huong-dan.html, headings: []}\n");
        }), "tiep-can-thong-tin", true);
        assertTrue(p.message().endsWith("Trang thong-tin/huong-dan.html: trình đơn chính chưa có liên kết tới trang."), p.message());
    }

    @Test
    void aMissingDisclosureCategoryPageIsNamed() {
        // category 14 taken out of the ward's disclosure rules: its page is no longer generated
        Problem p = reported(sample(LATE_2026, d -> {
            String rules = TestProjects.read(d.resolve("data/disclosure.yaml"));
            TestProjects.write(d, "data/disclosure.yaml", rules.substring(0, rules.indexOf("  - number: 14")));
        }), "cong-khai-14-nhom", true);
        assertTrue(p.message().contains("Thiếu 1/14 trang: cong-khai/muc-14.html (Thông tin khác theo quy định)"), p.message());
    }

    @Test
    void aNoticePublishedLateIsCounted() {
        // signed Friday 24/01/2025, five working days after Tết end on 07/02/2025
        BuildResult r = sample(LATE_2026, d -> replace(d, "data/notices/ho-tro-ho-ngheo-tet-2025.yaml", "posted: 2025-02-05", "posted: 2025-02-10"));
        Problem p = reported(r, "cong-khai-5-ngay-lam-viec", false);
        assertTrue(p.message().contains("1/5 thông báo chưa công khai trong 5 ngày làm việc kể từ ngày ký: ho-tro-ho-ngheo-tet-2025."), p.message());
        Document page = parse(dir.resolve("site/muc-do-dap-ung.html"));
        String missing = page.selectFirst("#cong-khai-5-ngay-lam-viec dd").text();
        assertEquals("1/5 thông báo chưa công khai trong 5 ngày làm việc kể từ ngày ký.", missing, "citizens read no notice ids");
    }

    @Test
    void aNoticeNotBroadcastIsCounted() {
        Problem p = reported(sample(LATE_2026, d -> replace(d, "data/notices/ho-tro-ho-ngheo-tet-2025.yaml",
                "  loudspeaker: {from: 2025-02-05, to: 2025-02-07}\n", "")), "truyen-thanh-3-ngay", false);
        assertTrue(p.message().contains("ho-tro-ho-ngheo-tet-2025"), p.message());
    }

    @Test
    void aHeaderWithoutTheFullNameFailsTheBuild() {
        reported(sample(LATE_2026, d -> replace(d, "templates/layout.ftlh", "<span class=\"brand-title\">${site.portalTitle}</span>",
                "<span class=\"brand-title\">${site.name}</span>")), "dau-trang", true);
    }

    @Test
    void aFooterWithoutThePhoneFailsTheBuild() {
        Problem p = reported(sample(LATE_2026, d -> replace(d, "templates/layout.ftlh",
                "<#if site.phone?has_content><div><dt>Điện thoại</dt><dd><@tel site.phone/></dd></div></#if>", "")), "chan-trang", true);
        assertTrue(p.message().contains("index.html: thiếu điện thoại"), p.message());
    }

    @Test
    void aPageWithoutThePhoneViewportFailsTheBuild() {
        reported(sample(LATE_2026, d -> replace(d, "templates/layout.ftlh", "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", "")),
                "ngon-ngu-di-dong", true);
    }

    @Test
    void aFileThatExistsMeetsAPageRuleWithoutNavigation() throws IOException {
        // sitemap.xml itself comes from the generator; a ward's rule can name any published file
        BuildResult r = sample(LATE_2026, d -> {
            TestProjects.write(d, "assets/sitemap.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"/>\n");
            TestProjects.write(d, "data/rules/z.yaml", "rules:\n  - id: so-do-trang-xml\n    params: {path: assets/sitemap.xml}\n");
        });
        assertTrue(about(r, "so-do-trang-xml").isEmpty(), () -> r.problems().toString());
        assertEquals("dap-ung", rule(json(), "so-do-trang-xml").get("status").asText());
    }

    @Test
    void withoutTheSatisfactionServiceTheBuildWarns() {
        Problem p = reported(sample(LATE_2026, d -> replace(d, "data/site.yaml", "satisfactionUrl:", "# satisfactionUrl:")), "danh-gia-hai-long", false);
        assertTrue(p.hint().contains("satisfactionUrl"), p.hint());
    }

    @Test
    void theSatisfactionServiceMustBeAWebAddress() {
        BuildResult r = sample(LATE_2026, d -> replace(d, "data/site.yaml", "https://danhgia.example.gov.vn/an-giang", "javascript:alert(1)"));
        assertFalse(r.published());
        assertEquals("satisfactionUrl", r.problems().get(0).field());
    }

    @Test
    void downtimeAnnouncedLessThanSevenWorkingDaysAheadIsAWarning() {
        // announced Thursday 2026-11-19, downtime Tuesday 2026-11-24: Friday and Monday in between
        BuildResult r = sample(LATE_2026, d -> {
            replace(d, "data/site.yaml", "announced: 2024-11-11", "announced: 2026-11-19");
            replace(d, "data/site.yaml", "start: 2024-11-30 22:00", "start: 2026-11-24 22:00");
            replace(d, "data/site.yaml", "restoredBy: 2024-12-01 06:00", "restoredBy: 2026-11-25 06:00");
        });
        Problem p = reported(r, "bao-truoc-tam-ngung", false);
        assertTrue(p.message().contains("chỉ được báo trước 2 ngày làm việc"), p.message());
        Document home = parse(dir.resolve("site/index.html"));
        assertTrue(home.select(".notice-site").text().contains("Dự kiến hoạt động trở lại lúc 06:00 ngày 25/11/2026"), home.select(".notice-site").text());
    }

    @Test
    void theBannerIsShownOnlyBetweenItsDates() {
        // announced 2024-11-11, service restored 2024-12-01 06:00: shown on the 22nd (the shared sample), not around
        assertEquals(1, parse(vn.congkhai.BuiltSample.site().resolve("index.html")).select(".notice-site").size());
        for (LocalDate day : List.of(LocalDate.of(2024, 11, 10), LocalDate.of(2024, 12, 2))) {
            TestProjects.copySample(dir.resolve(day.toString()));
            assertTrue(Portal.build(BuildConfig.of(dir.resolve(day.toString())).withBuildDate(day)).published());
            assertTrue(parse(dir.resolve(day + "/site/index.html")).select(".notice-site").isEmpty(), day.toString());
        }
    }

    @Test
    void theCultureSectionMustHaveAPostWithinThirtyDays() {
        BuildResult fresh = sample(LocalDate.of(2024, 12, 15), d -> { });
        assertTrue(about(fresh, "chuyen-muc-van-hoa-cong-vu").isEmpty(), "posted 15/11/2024, 30 days before");
        Problem p = reported(Portal.build(BuildConfig.of(dir).withBuildDate(LocalDate.of(2024, 12, 16))), "chuyen-muc-van-hoa-cong-vu", false);
        assertTrue(p.message().contains("đăng ngày 15/11/2024, cách ngày dựng 31 ngày (quá 30 ngày)"), p.message());
    }

    @Test
    void aSectionWithNoPostAtAllIsReported() {
        Problem p = reported(sample(LocalDate.of(2024, 11, 22), d -> {
            replace(d, "content/tin-tuc/2024/van-hoa-cong-vu-bo-phan-mot-cua.adoc", ":jbake-tags: văn hóa công vụ, ", ":jbake-tags: ");
            replace(d, "content/tin-tuc/2024/tham-gia-cuoc-thi-mot-cua.adoc", ", văn hóa công vụ", "");
        }), "chuyen-muc-van-hoa-cong-vu", false);
        assertTrue(p.message().contains("Chưa có bài nào gắn thẻ \"văn hóa công vụ\""), p.message());
    }

    @Test
    void rulesNotYetInForceAreListedAsSuch() throws IOException {
        assertTrue(sample(LocalDate.of(2024, 11, 22), d -> { }).published());
        assertEquals("chua-ap-dung", rule(json(), "thu-tuc-hanh-chinh").get("status").asText(), "NĐ 224 applies from 01/07/2026");
        assertEquals("dap-ung", rule(json(), "tiep-can-thong-tin").get("status").asText(), "Luật 104/2016 applies since 2018");
    }

    private static Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
