package vn.congkhai;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.model.Problem;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mistakes found by reviewing the first version: each once published wrong figures or broke a build. */
class EditorMistakesTest {
    @TempDir
    Path dir;

    private BuildResult build() {
        return Portal.build(BuildConfig.of(dir).withBuildDate(LocalDate.of(2024, 11, 22)));
    }

    /** The first problem the mistake caused: the mini ward also misses pages the conformance rules ask for. */
    private static Problem first(BuildResult r) {
        List<Problem> own = r.problems().stream().filter(p -> !p.message().startsWith("Chưa đáp ứng quy định")).toList();
        assertFalse(own.isEmpty(), "expected a problem");
        return own.get(0);
    }

    @Test
    void anOutputFolderThatHoldsTheProjectOrItsDataIsRefusedAndNothingIsDeleted() {
        MiniWard.write(dir);
        for (Path output : List.of(dir, dir.getParent(), dir.resolve("data"))) {
            BuildResult r = Portal.build(BuildConfig.of(dir).withOutput(output));
            assertFalse(r.published(), output.toString());
            assertEquals("outputDirectory", first(r).field());
            assertTrue(Files.isRegularFile(dir.resolve("data/site.yaml")));
        }
    }

    @Test
    void aDecimalCommaInsideBracesIsCaughtNotReadAsAnotherCriterion() {
        MiniWard.write(dir);
        TestProjects.write(dir, "data/scores/vong-1.yaml", MiniWard.SCORES.replace("{\"a\": 9,", "{\"a\": 9,5,"));
        Problem p = first(build());
        assertEquals("Không có tiêu chí `5` trong bộ tiêu chí.", p.message());
        assertTrue(p.hint().contains("3.75"), p.hint());
    }

    @Test
    void aForgottenCriterionLineIsAWarningNotASilentUnscored() {
        MiniWard.write(dir);
        TestProjects.write(dir, "data/scores/vong-1.yaml", MiniWard.SCORES.replace("\"a\": 10, \"c\": {missing: [x, y]}", "\"c\": {missing: [x, y]}"));
        BuildResult r = build();
        assertTrue(r.published());
        assertEquals("Đơn vị `binh` không có dòng nào cho tiêu chí a: được coi là chưa chấm.", first(r).message());
    }

    @Test
    void yesAndOnMeanTrue() {
        MiniWard.write(dir);
        TestProjects.write(dir, "data/units.yaml", MiniWard.UNITS.replace("name: Phường An", "name: Phường An\n    illustrative: yes"));
        TestProjects.write(dir, "jbake.properties", "congkhai.illustrative.banner=on\n");
        TestProjects.write(dir, "data/site.yaml", MiniWard.SITE + "illustrativeNotice: Số liệu thử.\n");
        assertTrue(build().published());
        assertTrue(TestProjects.read(dir.resolve("site/don-vi/an.html")).contains("minh họa"));
        // the banner goes with the scores it describes, not on pages without them (issue 12)
        assertTrue(TestProjects.read(dir.resolve("site/xep-hang/vong-1.html")).contains("Số liệu thử."));
        assertTrue(TestProjects.read(dir.resolve("site/don-vi/an.html")).contains("Số liệu thử."));
        assertFalse(TestProjects.read(dir.resolve("site/index.html")).contains("Số liệu thử."));
    }

    @Test
    void aMistypedSwitchIsAnError() {
        MiniWard.write(dir);
        TestProjects.write(dir, "jbake.properties", "congkhai.illustrative.banner=ture\n");
        TestProjects.write(dir, "jbake.properties", "# cấu hình\ncongkhai.illustrative.banner=ture\n");
        Problem p = first(build());
        assertEquals("Giá trị `ture` của congkhai.illustrative.banner không rõ là bật hay tắt.", p.message());
        assertEquals("jbake.properties:2:1", p.where().toString());
    }

    @Test
    void aDraftMarkerBelowABlankLineIsAnErrorNotAPublishedDraft() {
        MiniWard.write(dir);
        TestProjects.write(dir, "content/du-thao.adoc", "= Dự thảo\n\n:jbake-status: draft\n\nNội dung.\n");
        BuildResult r = build();
        assertFalse(r.published());
        assertEquals("content/du-thao.adoc:3:1", first(r).where().toString());
    }

    @Test
    void aLinkWithASpaceSurvivesTheNextBuild() {
        MiniWard.write(dir);
        TestProjects.write(dir, "assets/tai-lieu/Ke hoach.txt", "x");
        TestProjects.write(dir, "content/tai-lieu.adoc", "= Tài liệu\n\nlink:assets/tai-lieu/Ke%20hoach.txt[Kế hoạch]\n");
        assertTrue(build().published());
        BuildResult again = build();
        assertTrue(again.published(), again.problems()::toString);
    }

    @Test
    void scoresThatAreYamlNumbersButNoScoreAreErrorsNotCrashes() {
        MiniWard.write(dir);
        TestProjects.write(dir, "data/scores/vong-1.yaml", MiniWard.SCORES.replace("{\"a\": 9,", "{\"a\": .nan,"));
        assertEquals("Điểm phải là một số nhưng đang là số .nan.", first(build()).message());
    }

    @Test
    void aPageNotSavedAsUtf8IsRefused() throws Exception {
        MiniWard.write(dir);
        Files.createDirectories(dir.resolve("content"));
        Files.write(dir.resolve("content/cu.adoc"), "= Phường\n\nChào.\n".getBytes(Charset.forName("windows-1258")));
        assertEquals("Tệp không được lưu bằng mã UTF-8 nên chữ Việt sẽ bị lỗi.", first(build()).message());
    }

    @Test
    void aMisspeltMaximumGivesOneMessageNotOnePerWard() {
        MiniWard.write(dir);
        TestProjects.write(dir, "data/rubrics/r.yaml", MiniWard.RUBRIC.replace("title: Tiêu chí A\n    max: 10", "title: Tiêu chí A\n    maks: 10"));
        BuildResult r = build();
        assertEquals(2, r.errorCount(), r.problems()::toString); // the unknown key and the missing one, both in r.yaml
        assertTrue(r.problems().stream().allMatch(p -> p.where().file().equals("data/rubrics/r.yaml")), r.problems()::toString);
    }

    @Test
    void aMisnamedUnitsFileIsNamedOnceWithTheNearName() {
        MiniWard.write(dir);
        try {
            Files.move(dir.resolve("data/units.yaml"), dir.resolve("data/unit.yaml"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        BuildResult r = build();
        assertEquals(1, r.errorCount(), r.problems()::toString);
        assertTrue(first(r).hint().startsWith("Có phải tệp `unit.yaml` là tệp này?"), first(r).hint());
    }

    @Test
    void dataFileNamesMustBeAddressesAndUnique() {
        MiniWard.write(dir);
        TestProjects.write(dir, "data/scores/vong-1.yml", MiniWard.SCORES);
        TestProjects.write(dir, "data/scores/Vòng 2 - Copy.yaml", MiniWard.SCORES);
        BuildResult r = build();
        List<String> messages = r.problems().stream().map(Problem::message).toList();
        assertTrue(messages.contains("Tệp `vong-1.yml` trùng mã `vong-1` với tệp `vong-1.yaml`."), messages::toString);
        assertTrue(r.problems().stream().anyMatch(p -> p.hint().equals("Đổi tên thành `vong-2-copy.yaml`.")), r.problems()::toString);
    }

    @Test
    void aRepeatedMissingItemOrBonusIsAnErrorNotADoubleDeduction() {
        MiniWard.write(dir);
        TestProjects.write(dir, "data/scores/vong-1.yaml", MiniWard.SCORES.replace("missing: [x]", "missing: [x, x]"));
        assertEquals("`x` được ghi hai lần.", first(build()).message());
    }

    @Test
    void negativeRuleAmountsAndRulesOnAGroupAreErrors() {
        MiniWard.write(dir);
        TestProjects.write(dir, "data/rubrics/r.yaml", MiniWard.RUBRIC.replace("perMissing: 2", "perMissing: -2")
                .replace("title: Nhóm G\n", "title: Nhóm G\n    bonuses: [{id: b, points: 1, condition: c}]\n"));
        List<String> messages = build().problems().stream().map(Problem::message).toList();
        assertTrue(messages.contains("Số điểm trừ hoặc cộng của tiêu chí c phải lớn hơn 0 (đang là -2)."), messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("Tiêu chí nhóm g không thể có quy tắc")), messages::toString);
    }

    @Test
    void anImageFromAnotherHostIsRefusedAtTheAsciidocFile() {
        MiniWard.write(dir);
        TestProjects.write(dir, "content/anh.adoc", "= Ảnh\n\nimage::https://tracker.example.com/pixel.png[Ảnh]\n");
        Problem p = first(build());
        assertEquals("content/anh.adoc", p.where().file());
        assertEquals("Trang tải nội dung từ máy chủ khác: `https://tracker.example.com/pixel.png`.", p.message());
    }

    @Test
    void asciidocWarningsReachTheEditorInVietnameseWithTheirLine() {
        MiniWard.write(dir);
        TestProjects.write(dir, "content/muc.adoc", "= Mục\n\nMở đầu.\n\n==== Nhảy cấp\n\nx\n");
        BuildResult r = build();
        assertTrue(r.published());
        assertEquals("content/muc.adoc:5:1", first(r).where().toString());
        assertTrue(first(r).message().startsWith("Tiêu đề mục nhảy cấp"), first(r).message());
        assertEquals(first(r), first(build()), "a cached conversion keeps its warnings");
    }

    @Test
    void aConfiguredContentFolderIsNeverAnOutputAndAMistypedFolderIsNamed() {
        MiniWard.write(dir);
        TestProjects.write(dir, "pages/gioi-thieu.adoc", "= Giới thiệu\n\nChào.\n");
        TestProjects.write(dir, "jbake.properties", "content.folder=pages\n");
        BuildResult r = Portal.build(BuildConfig.of(dir).withOutput(dir.resolve("pages")));
        assertFalse(r.published());
        assertTrue(Files.isRegularFile(dir.resolve("pages/gioi-thieu.adoc")), "nothing deleted");
        TestProjects.write(dir, "jbake.properties", "# thư mục trang\ncontent.folder=page\n");
        Problem p = first(build());
        assertEquals("jbake.properties:2:1", p.where().toString());
        assertEquals("Không có thư mục `page`.", p.message());
    }

    @Test
    void anExistingFolderCongkhaiDidNotPublishIsNotReplaced() {
        MiniWard.write(dir);
        TestProjects.write(dir, "site/ban-cu.html", "bản của người khác");
        BuildResult r = build();
        assertFalse(r.published());
        assertTrue(first(r).message().startsWith("Thư mục `site` đã có nội dung không do congkhai xuất bản"), first(r).message());
        assertEquals("bản của người khác", TestProjects.read(dir.resolve("site/ban-cu.html")));
    }

    @Test
    void thePublishedSiteIsReadableByAWebServer() throws Exception {
        MiniWard.write(dir);
        assertTrue(build().published());
        assertEquals("rwxr-xr-x", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("site"))));
    }

    @Test
    void anAssetWithThePathOfAPageIsAnErrorAndTheLiveSiteIsUntouched() throws Exception {
        MiniWard.write(dir);
        TestProjects.write(dir, "content/assets/x.adoc", "= Trang X\n\nNội dung trang.\n");
        assertTrue(build().published());
        byte[] live = Files.readAllBytes(dir.resolve("site/assets/x.html"));
        TestProjects.write(dir, "assets/x.html", "tài liệu");
        BuildResult r = build();
        assertFalse(r.published());
        assertEquals("Tệp này trùng địa chỉ `assets/x.html` với một trang của cổng.", first(r).message());
        org.junit.jupiter.api.Assertions.assertArrayEquals(live, Files.readAllBytes(dir.resolve("site/assets/x.html")));
    }

    @Test
    void aMistypedVariableInASharedTemplateIsOneProblemNamingIt() {
        TestProjects.copySample(dir);
        TestProjects.write(dir, "templates/layout.ftlh", TestProjects.read(dir.resolve("templates/layout.ftlh"))
                .replaceFirst("site\\.portalTitle", "site.portalTitel"));
        BuildResult r = build();
        assertFalse(r.published());
        assertEquals(1, r.errorCount(), r.problems()::toString);
        // the sample, built as of 2024, also warns about its 2026 campaign milestones: the one error is the point
        Problem error = r.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
        assertEquals("Mẫu trang dùng `site.portalTitel` nhưng giá trị này không có.", error.message());
        assertTrue(error.where().toString().startsWith("templates/layout.ftlh:"), error.where().toString());
    }

    @Test
    void evidenceLinksAreWebAddressesOrPublishedFilesAndAppearOnTheUnitPage() {
        MiniWard.write(dir);
        TestProjects.write(dir, "assets/minh-chung/anh.txt", "ảnh khu vực chờ");
        TestProjects.write(dir, "data/scores/vong-1.yaml", MiniWard.SCORES.replace("\"c\": {missing: [x]}",
                "\"c\": {missing: [x], evidence: [assets/minh-chung/anh.txt, \"https://dichvucong.gov.vn/p/home/dvc-trang-chu.html\"]}"));
        assertTrue(build().published());
        String page = TestProjects.read(dir.resolve("site/don-vi/an.html"));
        assertTrue(page.contains("href=\"../assets/minh-chung/anh.txt\">anh.txt</a>"), page);
        assertTrue(page.contains(">dichvucong.gov.vn</a>"), page);
        TestProjects.write(dir, "data/scores/vong-1.yaml", MiniWard.SCORES.replace("\"c\": {missing: [x]}",
                "\"c\": {missing: [x], evidence: [\"javascript:alert(1)\", ../../etc/passwd]}"));
        BuildResult r = build();
        assertFalse(r.published());
        assertEquals(2, r.errorCount(), r.problems()::toString);
        TestProjects.write(dir, "data/scores/vong-1.yaml", MiniWard.SCORES.replace("\"c\": {missing: [x]}",
                "\"c\": {missing: [x], evidence: [assets/minh-chung/khong-co.pdf]}"));
        Problem missing = first(build());
        assertEquals("Không có tệp minh chứng `assets/minh-chung/khong-co.pdf` trong thư mục tài nguyên.", missing.message());
        assertEquals("data/scores/vong-1.yaml", missing.where().file());
    }
}
