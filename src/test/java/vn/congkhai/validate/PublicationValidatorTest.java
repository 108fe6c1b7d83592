package vn.congkhai.validate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.Loaded;
import vn.congkhai.MiniWard;
import vn.congkhai.Problems;
import vn.congkhai.TestProjects;
import vn.congkhai.model.Problem;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of notices, documents, indicators and campaigns, each broken once, with the message an editor reads. */
class PublicationValidatorTest {
    @TempDir
    Path dir;

    static final String NOTICE = """
            title: Công khai dự toán
            category: 2
            decision: {number: 1/QĐ-UBND, date: 2024-02-02, issuer: UBND phường}
            posted: POSTED
            places: {office: true}
            """;

    private List<Problem> problemsWith(String... fileAndText) {
        MiniWard.write(dir);
        for (int i = 0; i < fileAndText.length; i += 2) {
            TestProjects.write(dir, fileAndText[i], fileAndText[i + 1]);
        }
        Problems problems = new Problems();
        var project = Loaded.project(dir, problems);
        new PublicationValidator(problems).validate(project, java.time.LocalDate.of(2026, 11, 22));
        return problems.sorted();
    }

    private static String only(List<Problem> list) {
        assertEquals(1, list.size(), list::toString);
        return list.get(0).format();
    }

    @Test
    void aNoticePostedWithinFiveWorkingDaysAfterTetIsOnTime() {
        // decided Friday 02/02/2024, the last day is Friday 16/02 because of Tết (the default calendar of the plugin)
        assertEquals(List.of(), problemsWith("data/notices/a.yaml", NOTICE.replace("POSTED", "2024-02-16")));
    }

    @Test
    void aNoticePostedLateIsAWarningNamingTheRule() {
        assertEquals("data/notices/a.yaml:4:1: cảnh báo: [posted] Công khai ngày 19/02/2024, quá 5 ngày làm việc kể từ ngày ký 02/02/2024 "
                        + "(hạn cuối 16/02/2024) theo Luật 10/2022/QH15 Điều 12 khoản 3. Cách sửa: Nếu ngày niêm yết ghi sai, sửa `posted`; "
                        + "nếu đúng là công khai muộn, giữ nguyên để cổng ghi nhận.",
                only(problemsWith("data/notices/a.yaml", NOTICE.replace("POSTED", "2024-02-19"))));
    }

    @Test
    void aPostingPeriodShorterThanTheLawAsksIsAWarning() {
        String text = only(problemsWith("data/notices/a.yaml", NOTICE.replace("POSTED", "2024-02-05") + "until: 2024-02-20\n"));
        assertTrue(text.startsWith("data/notices/a.yaml:6:1: cảnh báo: [until] Chỉ niêm yết 15 ngày, ít hơn 30 ngày liên tục mà "
                + "Luật 10/2022/QH15 Điều 11 khoản 2; Điều 13 khoản 2 yêu cầu."), text);
        assertTrue(text.contains("Niêm yết đến hết ngày 06/03/2024"), text);
    }

    @Test
    void postingBeforeTheDecisionOrEndingBeforeStartingIsAnError() {
        assertTrue(only(problemsWith("data/notices/a.yaml", NOTICE.replace("POSTED", "2024-01-30")))
                .contains("lỗi: [posted] Ngày niêm yết 30/01/2024 trước ngày ký văn bản 02/02/2024."));
        assertTrue(only(problemsWith("data/notices/a.yaml", NOTICE.replace("POSTED", "2024-02-05") + "until: 2024-02-01\n"))
                .contains("lỗi: [until] Ngày hết niêm yết 01/02/2024 trước ngày bắt đầu niêm yết 05/02/2024."));
    }

    @Test
    void anUnknownCategoryAndMissingPlacesAreErrors() {
        List<Problem> problems = problemsWith("data/notices/a.yaml", NOTICE.replace("POSTED", "2024-02-05")
                .replace("category: 2", "category: 15").replace("places: {office: true}", "places: {}"));
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.get(0).format().startsWith("data/notices/a.yaml:2:1: lỗi: [category] Không có nhóm nội dung công khai số 15."));
        assertTrue(problems.get(1).format().contains("[places] Chưa ghi thông báo được niêm yết ở đâu."));
    }

    @Test
    void aPermanentCategoryWithAnEndDateIsAWarning() {
        String text = only(problemsWith("data/notices/a.yaml", NOTICE.replace("POSTED", "2024-02-05").replace("category: 2", "category: 4")
                + "until: 2024-04-30\n"));
        assertTrue(text.contains("[until] Nội dung nhóm 4 phải niêm yết thường xuyên"), text);
    }

    @Test
    void namesThatWouldTakeAPageOfThePortalAreRefused() {
        assertTrue(only(problemsWith("data/notices/luu-tru.yaml", NOTICE.replace("POSTED", "2024-02-05")))
                .startsWith("data/notices/luu-tru.yaml: lỗi: Tên tệp `luu-tru` trùng với địa chỉ một trang có sẵn của cổng."));
        assertTrue(problemsWith("data/kpi/index.yaml", "title: Chỉ số\nindicators: []\n").stream()
                .anyMatch(p -> p.format().startsWith("data/kpi/index.yaml: lỗi: Tên tệp `index`")));
    }

    @Test
    void aHugeCountAndAPercentageOverAZeroDenominatorAreClearErrors() {
        List<Problem> problems = problemsWith("data/kpi/k.yaml", """
                title: Chỉ số
                indicators:
                  - id: dung-han
                    name: Tỷ lệ đúng hạn
                    numerator: đúng hạn
                    denominator: tổng số
                    target: 95
                    values:
                      - {period: "2024-05", numerator: 99999999999999999999999, denominator: 1}
                      - {period: "2024-06", numerator: 0, denominator: 0, percent: 100}
                """);
        assertEquals(2, problems.size(), problems::toString);
        // 23 digits: refused when loading, as every number with more than 15 whole digits (issue 11)
        assertTrue(problems.get(0).format().contains("quá lớn"), problems.get(0).format());
        assertTrue(problems.get(1).format().contains("mẫu số là 0"), problems.get(1).format());
    }

    @Test
    void aMilestoneDoneAfterTheBuildDateIsAWarning() {
        String text = only(problemsWith("data/campaigns/c.yaml", """
                title: Thi đua
                document: {number: 1/KH-UBND, date: 2026-05-01, issuer: UBND}
                from: 2026-05-01
                to: 2026-12-30
                phases:
                  - name: Đợt 1
                    from: 2026-05-01
                    to: 2026-12-30
                    milestones:
                      - {name: Báo cáo, due: 2026-12-01, done: 2026-12-01}
                """));
        assertTrue(text.contains("[phases[0].milestones[0].done] Ngày hoàn thành 01/12/2026 sau ngày dựng cổng 22/11/2026."), text);
    }

    @Test
    void aLoudspeakerCategoryWithoutBroadcastIsAWarning() {
        String text = only(problemsWith("data/notices/a.yaml", NOTICE.replace("POSTED", "2024-02-05").replace("category: 2", "category: 7")));
        assertTrue(text.contains("[places.loudspeaker] Nội dung nhóm 7 phải được phát trên loa ít nhất 3 ngày liên tục"), text);
    }

    @Test
    void aTypedPercentageThatDisagreesWithItsCountsIsAnError() {
        String text = only(problemsWith("data/kpi/k.yaml", """
                title: Chỉ số
                indicators:
                  - id: dung-han
                    name: Tỷ lệ đúng hạn
                    numerator: đúng hạn
                    denominator: tổng số
                    target: 95
                    comparison: ">"
                    values:
                      - {period: "2024-05", numerator: 45, denominator: 48, percent: 95}
                """));
        assertEquals("data/kpi/k.yaml:10:10: lỗi: [indicators[0].values[0].percent] Tỉ lệ ghi 95% không khớp với số đếm: 45/48 = 93.8%. "
                + "Cách sửa: Kiểm tra lại số đếm; nếu số đếm đúng, bỏ dòng `percent` để cổng tự tính.", text);
    }

    @Test
    void moreDossiersOnTimeThanDossiersAndAWrongPeriodAreErrors() {
        List<Problem> problems = problemsWith("data/kpi/k.yaml", """
                title: Chỉ số
                indicators:
                  - id: dung-han
                    name: Tỷ lệ đúng hạn
                    numerator: đúng hạn
                    denominator: tổng số
                    target: 95
                    values:
                      - {period: "2024-13", numerator: 1, denominator: 1}
                      - {period: "2024-06", numerator: 50, denominator: 48}
                """);
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.get(0).format().contains("[indicators[0].values[0].period] Kỳ `2024-13` không đúng dạng."));
        assertTrue(problems.get(1).format().contains("Tử số 50 lớn hơn mẫu số 48."));
    }

    @Test
    void aCampaignNamesItsRubricByFileNameAndGetsASuggestion() {
        String text = only(problemsWith("data/campaigns/c.yaml", """
                title: Thi đua
                document: {number: 1/KH-UBND, date: 2024-05-01, issuer: UBND}
                from: 2024-05-01
                to: 2024-09-30
                rubric: rr
                """));
        assertTrue(text.startsWith("data/campaigns/c.yaml:5:1: lỗi: [rubric] Không có bộ tiêu chí `rr`."), text);
        assertTrue(text.contains("`r`"), text);
    }

    @Test
    void aDocumentFileMustBeARealFileInsideContent() {
        String doc = """
                number: 1/QĐ-UBND
                type: Quyết định
                issuer: UBND phường
                signed: 2024-03-05
                title: Quy chế
                category: 4
                file: FILE
                """;
        assertTrue(only(problemsWith("data/documents/d.yaml", doc.replace("FILE", "../../etc/passwd"))).contains("nằm ngoài thư mục dự án"));
        assertTrue(only(problemsWith("data/documents/d.yaml", doc.replace("FILE", "/etc/passwd"))).contains("không phải đường dẫn tuyệt đối"));
        assertTrue(only(problemsWith("data/documents/d.yaml", doc.replace("FILE", "content/tep/khong-co.pdf"))).contains("Không tìm thấy tệp"));
        assertTrue(only(problemsWith("data/documents/d.yaml", doc.replace("FILE", "data/site.yaml"))).contains("phải nằm trong thư mục content/"));
        TestProjects.write(dir, "content/tep/Quy Che.pdf", "%PDF-1.4");
        assertTrue(only(problemsWith("data/documents/d.yaml", doc.replace("FILE", "content/tep/Quy Che.pdf"))).contains("`quy-che.pdf`"));
        TestProjects.write(dir, "content/tep/quy-che.exe", "MZ");
        assertTrue(only(problemsWith("data/documents/d.yaml", doc.replace("FILE", "content/tep/quy-che.exe"))).contains("Không đăng được tệp loại `.exe`"));
    }

    @Test
    void aDocumentInForceBeforeItWasSignedIsAnError() {
        TestProjects.write(dir, "content/tep/q.pdf", "%PDF-1.4");
        String text = only(problemsWith("data/documents/d.yaml", """
                number: 1/QĐ-UBND
                type: Quyết định
                issuer: UBND phường
                signed: 2024-03-05
                effective: 2024-03-01
                title: Quy chế
                category: 4
                file: content/tep/q.pdf
                """));
        assertTrue(text.startsWith("data/documents/d.yaml:5:1: lỗi: [effective] Ngày có hiệu lực 01/03/2024 trước ngày ký 05/03/2024."), text);
    }
}
