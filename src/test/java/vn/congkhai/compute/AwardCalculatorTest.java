package vn.congkhai.compute;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.BuildConfig;
import vn.congkhai.BuildResult;
import vn.congkhai.Loaded;
import vn.congkhai.MiniWard;
import vn.congkhai.Portal;
import vn.congkhai.Problems;
import vn.congkhai.TestProjects;
import vn.congkhai.model.AwardResult;
import vn.congkhai.model.Problem;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mini ward ranking: an 27 (1), binh 26 (2), cuong 22 (3), dung not fully scored. */
class AwardCalculatorTest {
    @TempDir
    Path dir;

    private static final String PLAN = """
            title: Khen thưởng vòng thử
            round: vong-1
            form: Giấy khen
            issuer: Chủ tịch UBND phường Thử
            prizes:
              - {label: Giải nhất, count: 1}
              - {label: Giải nhì, count: 1}
            eligibility:
              - rule: noConductViolation
            quota: {min: 3, max: 5, legalBasis: Kế hoạch thử}
            facts:
              an: {conductViolation: true, note: cán bộ uống rượu trong giờ làm việc}
            """;

    private AwardResult award(String plan) {
        return award(plan, MiniWard.SCORES);
    }

    private AwardResult award(String plan, String scores) {
        MiniWard.write(dir);
        TestProjects.write(dir, "data/scores/vong-1.yaml", scores);
        TestProjects.write(dir, "data/awards/thu.yaml", plan);
        Problems problems = new Problems();
        AwardResult a = new ResultsCalculator().compute(Loaded.project(dir, problems)).awards().get(0);
        assertFalse(problems.hasErrors(), problems.sorted()::toString);
        return a;
    }

    private static List<String> proposals(AwardResult a) {
        return a.proposals().stream().map(p -> p.unit().id() + " " + p.prize() + (p.tiedAtBoundary() ? " (đồng hạng)" : "")).toList();
    }

    @Test
    void anExclusionRuleRemovesTheWouldBeWinnerAndSaysWhy() {
        AwardResult a = award(PLAN);
        assertEquals(List.of("binh Giải nhất", "cuong Giải nhì"), proposals(a));
        assertEquals("có thành viên vi phạm quy tắc ứng xử (cán bộ uống rượu trong giờ làm việc)", a.excluded().get(0).reason());
        assertEquals("chưa chấm đủ các tiêu chí nên chưa được xếp hạng", a.excluded().get(1).reason());
    }

    @Test
    void aLateOrMissingDossierIsNotConsidered() {
        AwardResult a = award(PLAN.replace("  - rule: noConductViolation\n", "  - rule: dossierOnTime\n    deadline: 2024-12-10\n")
                .replace("an: {conductViolation: true, note: cán bộ uống rượu trong giờ làm việc}",
                        "an: {dossierSubmitted: 2024-12-11}\n  cuong: {dossierSubmitted: 2024-12-10}"));
        assertEquals(List.of("cuong Giải nhất"), proposals(a), "an was late, binh sent nothing");
        assertEquals("nộp hồ sơ ngày 11/12/2024, sau hạn 10/12/2024", a.excluded().get(0).reason());
        assertEquals("không nộp hồ sơ đề nghị khen thưởng", a.excluded().get(1).reason());
    }

    @Test
    void aTieAcrossTwoPrizesIsFlaggedNotResolved() {
        MiniWard.write(dir);
        AwardResult a = award(PLAN.replace("  - rule: noConductViolation\n", "").replace("eligibility:\n", "")
                .replace("facts:\n  an: {conductViolation: true, note: cán bộ uống rượu trong giờ làm việc}\n", ""));
        assertEquals(List.of("an Giải nhất", "binh Giải nhì"), proposals(a));
        TestProjects.write(dir, "data/scores/vong-1.yaml", MiniWard.SCORES.replace("\"g.1\": {incidents: 2}", "\"g.1\": {incidents: 0}")
                .replace("\"g.2\": 2}", "\"g.2\": 2}"));
        Problems problems = new Problems();
        AwardResult tied = new ResultsCalculator().compute(Loaded.project(dir, problems)).awards().get(0);
        // cuong now 10 + 10 + 5 + 2 = 27, equal to an
        assertEquals(List.of("an Giải nhất (đồng hạng)", "cuong Giải nhất (đồng hạng)"), proposals(tied),
                "equal ranks straddling two prizes are not settled by name: both are flagged for the deciding body");
    }

    @Test
    void decisionsThatDifferFromTheProposalsAreShownBothWaysAndABrokenQuotaIsAWarning() {
        String plan = PLAN + """
                decisions:
                  - number: 1/QĐ-UBND
                    date: 2024-12-20
                    issuer: Chủ tịch UBND phường Thử
                    form: Giấy khen
                    recipients:
                      - {unit: an, prize: Giải nhất}
                      - {unit: binh, prize: Giải nhì}
                """;
        AwardResult a = award(plan);
        assertEquals(List.of(
                "Phường An: được trao Giải nhất (quyết định số 1/QĐ-UBND), không có trong đề xuất.",
                "Phường Bình: đề xuất Giải nhất, được trao Giải nhì (quyết định số 1/QĐ-UBND).",
                "Phường Cường: được đề xuất Giải nhì, không có trong quyết định nào."), a.differences());

        BuildResult r = Portal.build(BuildConfig.of(dir).withBuildDate(LocalDate.of(2024, 12, 21)));
        assertTrue(r.published(), "a quota a decision breaks is reported, not blocking: the decision was signed");
        Problem quota = r.problems().stream().filter(p -> p.field().equals("quota")).findFirst().orElseThrow();
        assertEquals("Các quyết định khen thưởng 2 tập thể, ngoài số lượng 3–5 tập thể theo Kế hoạch thử.", quota.message());
        String page = TestProjects.read(dir.resolve("site/khen-thuong/thu.html"));
        assertTrue(page.contains("Quyết định số 1/QĐ-UBND ngày"), "the decision is shown");
        assertTrue(page.contains("Đề xuất theo kết quả chấm"), "and the proposal, labelled");
    }

    @Test
    void anUnknownRuleOrRoundIsAnErrorWithASuggestion() {
        MiniWard.write(dir);
        TestProjects.write(dir, "data/awards/thu.yaml", PLAN.replace("rule: noConductViolation", "rule: noConductViolaton")
                .replace("round: vong-1", "round: vong-2"));
        BuildResult r = Portal.build(BuildConfig.of(dir).withBuildDate(LocalDate.of(2024, 12, 21)));
        List<String> messages = r.problems().stream().map(Problem::message).toList();
        assertTrue(messages.contains("Không có điều kiện xét khen thưởng `noConductViolaton`."), messages::toString);
        assertFalse(r.published());
    }

    @Test
    void individualsMustBeRatedAEveryMonthAndTheShareOfStaffIsChecked() {
        String plan = PLAN + """
                individuals:
                  - name: Nguyễn Văn An
                    unit: an
                    title: Công chức Bộ phận Một cửa
                    ratings: {2024-05: A, 2024-06: A, 2024-07: A, 2024-08: A, 2024-09: A}
                  - name: Trần Thị Bình
                    unit: an
                    ratings: {2024-05: A, 2024-06: B, 2024-07: A, 2024-09: A}
                monthlyRating: {grade: A, from: 2024-05, to: 2024-09, legalBasis: Kế hoạch đợt thi đua 150 ngày}
                staffShare: {minPercent: 30, maxPercent: 50, staff: {an: 10}}
                decisions:
                  - number: 2/QĐ-UBND
                    date: 2024-10-05
                    issuer: Chủ tịch UBND phường Thử
                    form: Giấy khen
                    recipients:
                      - {unit: an, person: Nguyễn Văn An, prize: Giấy khen}
                """;
        AwardResult a = award(plan.replace("  - {label: Giải nhì, count: 1}\n", "  - {label: Giải nhì, count: 1}\n  - {label: Giấy khen, count: 1}\n"));
        assertEquals(List.of("Nguyễn Văn An"), a.individuals().stream().map(i -> i.name()).toList());
        assertEquals("tháng 06/2024 xếp loại B; chưa có xếp loại tháng 08/2024 (cần xếp loại A tất cả các tháng)",
                a.individualsExcluded().get(0).reason());

        BuildResult r = Portal.build(BuildConfig.of(dir).withBuildDate(LocalDate.of(2024, 12, 21)));
        assertTrue(r.published(), r.problems()::toString);
        assertTrue(r.problems().stream().anyMatch(p -> p.message().equals(
                "Các quyết định khen thưởng 1/10 cán bộ của đơn vị `an`, ngoài tỉ lệ 30–50%.")), r.problems()::toString);
    }

    @Test
    void aTieForTheLastPrizeKeepsEveryTiedUnitInView() {
        // an 10 + 6 + 5 + 5 = 26, binh 26, cuong 27: one prize for cuong, then one slot for two units tied at rank 2
        AwardResult a = award(PLAN.replace("  - rule: noConductViolation\n", "").replace("eligibility:\n", "")
                .replace("facts:\n  an: {conductViolation: true, note: cán bộ uống rượu trong giờ làm việc}\n", ""),
                MiniWard.SCORES.replace("\"g.1\": {incidents: 2}", "\"g.1\": {incidents: 0}")
                        .replace("\"a\": 9, \"c\": {missing: [x]}", "\"a\": 10, \"c\": {missing: [x, y]}"));
        assertEquals(List.of("cuong Giải nhất", "an Giải nhì (đồng hạng)", "binh Giải nhì (đồng hạng)"), proposals(a));
    }

    @Test
    void aReversedMonthRangeIsAnError() {
        MiniWard.write(dir);
        TestProjects.write(dir, "data/awards/thu.yaml", PLAN + "monthlyRating: {grade: A, from: 2024-12, to: 2024-01}\n");
        BuildResult r = Portal.build(BuildConfig.of(dir).withBuildDate(LocalDate.of(2024, 12, 21)));
        assertFalse(r.published());
        assertTrue(r.problems().stream().anyMatch(p -> p.message().equals("Tháng bắt đầu 2024-12 sau tháng kết thúc 2024-01.")),
                r.problems()::toString);
    }
}
