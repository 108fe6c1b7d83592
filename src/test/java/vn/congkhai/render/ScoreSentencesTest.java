package vn.congkhai.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.Loaded;
import vn.congkhai.MiniWard;
import vn.congkhai.Problems;
import vn.congkhai.TestProjects;
import vn.congkhai.compute.ResultsCalculator;
import vn.congkhai.model.Leaderboard;
import vn.congkhai.model.Results;
import vn.congkhai.model.Standing;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sentences that explain a score before its table (issue 12, part 6), worked out by the real compute
 * stage over the mini ward of {@link MiniWard} (rubric: a 10, c 10 checklist, g.1 5 incidents, g.2 5 bonus).
 */
class ScoreSentencesTest {
    @TempDir
    Path dir;

    /** Equal totals: Bình above An on tie-breaker c; An and Cường equal on c and a, so they share rank 2; Dũng unscored. */
    private static final String TIED = """
            title: Vòng thử
            round: Năm 2024
            rubric: r
            tieBreakers: ["c", "a"]
            units:
              - unit: an
                criteria: {"a": 10, "c": {missing: [x]}, "g.1": {incidents: 0}, "g.2": 5}
              - unit: binh
                criteria: {"a": 8, "c": {missing: []}, "g.1": {incidents: 0}, "g.2": 5}
              - unit: cuong
                criteria: {"a": 10, "c": {missing: [y]}, "g.1": {incidents: 0}, "g.2": 5}
              - unit: dung
                criteria: {"a": , "c": , "g.1": , "g.2": }
            """;

    private Results results(String scores, String... more) {
        MiniWard.write(dir);
        TestProjects.write(dir, "data/scores/vong-1.yaml", scores);
        for (int i = 0; i < more.length; i += 2) {
            TestProjects.write(dir, more[i], more[i + 1]);
        }
        Problems problems = new Problems();
        Results r = new ResultsCalculator().compute(Loaded.project(dir, problems));
        assertFalse(problems.hasErrors(), problems.sorted()::toString);
        return r;
    }

    private static Standing standing(Leaderboard b, String unitId) {
        return b.standings().stream().filter(s -> s.result().unit().id().equals(unitId)).findFirst().orElseThrow();
    }

    @Test
    void aRankedUnitReadsItsRankAmongRankedUnitsAndWhereItLostPoints() {
        Leaderboard b = results(MiniWard.SCORES).leaderboards().get(0);
        // an 27: a 9, c 8 (x missing), g.1 5, g.2 4 + 3 clamped to 5; dung is not fully scored, so 3 are ranked
        assertEquals("Xếp thứ 1/3; mất điểm ở: Tiêu chí danh mục (mất 2 điểm), Tiêu chí A (mất 1 điểm).",
                ScoreSentences.standing(b, standing(b, "an")));
        assertEquals(3, ScoreSentences.ranked(b));
    }

    @Test
    void aSentenceNamesThreeCriteriaAndCountsTheRest() {
        Leaderboard b = results("""
                title: Vòng thử
                round: Năm 2024
                rubric: r
                units:
                  - unit: an
                    criteria: {"a": 9, "c": {missing: [x]}, "g.1": {incidents: 1}, "g.2": 4}
                  - unit: binh
                    criteria: {"a": 10, "c": {missing: []}, "g.1": {incidents: 0}, "g.2": 5}
                """).leaderboards().get(0);
        assertEquals("Xếp thứ 2/2; mất điểm ở: Không bị phản ánh (mất 5 điểm), Tiêu chí danh mục (mất 2 điểm), "
                + "Tiêu chí A (mất 1 điểm) và 1 tiêu chí khác (mất 1 điểm).", ScoreSentences.standing(b, standing(b, "an")));
        assertEquals("Xếp thứ 1/2; đạt điểm tối đa ở mọi tiêu chí.", ScoreSentences.standing(b, standing(b, "binh")));
    }

    @Test
    void anUnscoredUnitReadsChuaChamNeverZeroPointsScored() {
        Leaderboard b = results(TIED).leaderboards().get(0);
        Standing dung = standing(b, "dung");
        assertEquals("chưa chấm", ScoreSentences.total(dung.result()));
        assertEquals("", ScoreSentences.scoredSoFar(dung.result()), "“chưa chấm” is short already");
        assertEquals("Chưa chấm, chưa xếp hạng.", ScoreSentences.standing(b, dung));
        assertEquals(3, ScoreSentences.ranked(b), "the rank's denominator counts ranked units only");
    }

    @Test
    void aPartlyScoredUnitSaysWhatIsScoredSoFarAndWhatIsMissing() {
        Leaderboard b = results(MiniWard.SCORES).leaderboards().get(0);
        Standing dung = standing(b, "dung");
        assertEquals("chưa đủ (25 điểm đã chấm)", ScoreSentences.total(dung.result()));
        assertEquals("25", ScoreSentences.scoredSoFar(dung.result()), "what a phone shows under “chưa đủ”");
        assertEquals("", ScoreSentences.scoredSoFar(standing(b, "an").result()), "a full total is short already");
        assertEquals("Chưa xếp hạng: còn 1 tiêu chí chưa chấm (tiêu chí chưa chấm không tính là 0 điểm).",
                ScoreSentences.standing(b, dung));
    }

    @Test
    void eachTiedPairSaysWhichTieBreakerSeparatedItOrThatItSharesARank() {
        Leaderboard b = results(TIED).leaderboards().get(0);
        assertEquals(List.of(
                "Phường Bình xếp trên Phường An (cùng 28 điểm) vì điểm tiêu chí c cao hơn: 10 so với 8.",
                "Phường An và Phường Cường cùng 28 điểm, bằng nhau ở mọi tiêu chí xét khi bằng điểm, nên cùng hạng 2."),
                ScoreSentences.ties(b));
        assertEquals("Xếp thứ 2/3; mất điểm ở: Tiêu chí danh mục (mất 2 điểm).", ScoreSentences.standing(b, standing(b, "an")));
    }

    @Test
    void theSecondTieBreakerIsNamedWhenTheFirstIsEqual() {
        Leaderboard b = results("""
                title: Vòng thử
                round: Năm 2024
                rubric: r
                tieBreakers: ["c", "a"]
                units:
                  - unit: an
                    criteria: {"a": 10, "c": {missing: [x]}, "g.1": {incidents: 0}, "g.2": 4}
                  - unit: binh
                    criteria: {"a": 9, "c": {missing: [y]}, "g.1": {incidents: 0}, "g.2": 5}
                """).leaderboards().get(0);
        assertEquals(List.of("Phường An xếp trên Phường Bình (cùng 27 điểm, cùng điểm tiêu chí c) vì điểm tiêu chí a cao hơn: 10 so với 9."),
                ScoreSentences.ties(b));
    }

    @Test
    void withoutTieBreakersEqualTotalsShareARank() {
        Leaderboard b = results(TIED.replace("tieBreakers: [\"c\", \"a\"]\n", "")).leaderboards().get(0);
        assertEquals(List.of("Phường An và Phường Bình cùng 28 điểm nên cùng hạng 1.",
                "Phường Bình và Phường Cường cùng 28 điểm nên cùng hạng 1."), ScoreSentences.ties(b));
    }

    @Test
    void anExcludedUnitSaysItWasNotConsideredForAwardsAndWhy() {
        Results r = results(MiniWard.SCORES, "data/awards/thu.yaml", """
                title: Khen thưởng vòng thử
                round: vong-1
                form: Giấy khen
                issuer: Chủ tịch UBND phường Thử
                prizes:
                  - {label: Giải nhất, count: 1}
                eligibility:
                  - rule: noConductViolation
                facts:
                  an: {conductViolation: true, note: cán bộ uống rượu trong giờ làm việc}
                """);
        Leaderboard b = r.leaderboards().get(0);
        assertEquals(List.of("Không được xét khen thưởng vì có thành viên vi phạm quy tắc ứng xử (cán bộ uống rượu trong giờ làm việc)."),
                ScoreSentences.exclusions(r.awards(), b, standing(b, "an").result().unit()));
        assertEquals(List.of(), ScoreSentences.exclusions(r.awards(), b, standing(b, "binh").result().unit()));
        assertTrue(ScoreSentences.exclusions(r.awards(), b, standing(b, "dung").result().unit()).get(0)
                .startsWith("Không được xét khen thưởng vì chưa chấm đủ"));
    }

    @Test
    void aLineThatOnlyRepeatsTheScoreIsLeftOut() {
        Leaderboard b = results(MiniWard.SCORES).leaderboards().get(0);
        var binh = standing(b, "binh").result();
        var an = standing(b, "an").result();
        assertTrue(PagePlanner.onlyRepeatsThePoints(binh.score("a").orElseThrow()), "“Điểm chấm: 10” beside 10/10");
        assertFalse(PagePlanner.onlyRepeatsThePoints(an.score("g.2").orElseThrow()), "points with a bonus keep their steps");
        assertFalse(PagePlanner.onlyRepeatsThePoints(an.score("c").orElseThrow()), "a checklist keeps its deductions");
        assertFalse(PagePlanner.onlyRepeatsThePoints(an.score("g").orElseThrow()), "a group says what it sums");
    }

    /** Scores whose losses have every kind of reason the data can give, and none. */
    private static final String REASONS = """
            title: Vòng thử
            round: Năm 2024
            rubric: r
            units:
              - unit: an
                criteria: {"a": {points: 7, note: thiếu sổ theo dõi hồ sơ}, "c": {missing: [x, z]}, "g.1": {incidents: 2},
                           "g.2": 4}
              - unit: binh
                criteria: {"a": {points: 8, note: "Chưa niêm yết đủ!"}, "c": {points: 8, missing: [y]}, "g.1": {incidents: 0},
                           "g.2": {points: 1, bonuses: [ok]}}
            """;

    private static String why(Leaderboard b, String unit, String criterion) {
        return vn.congkhai.compute.LostPoints.of(standing(b, unit).result().score(criterion).orElseThrow())
                .map(ScoreSentences::why).orElse("(nothing lost)");
    }

    @Test
    void aLossSaysWhyInTheDataWordsOrThatNoReasonWasRecorded() {
        Leaderboard b = results(REASONS).leaderboards().get(0);
        assertEquals("Mất 3 điểm vì tổ chấm cho 7/10 điểm. Ghi chú của tổ chấm: thiếu sổ theo dõi hồ sơ.", why(b, "an", "a"));
        assertEquals("Mất 4 điểm vì thiếu mục X, thiếu mục Z.", why(b, "an", "c"));
        assertEquals("Mất 5 điểm vì 2 trường hợp bị phản ánh.", why(b, "an", "g.1"), "10 deducted, held at 0: 5 lost");
        assertEquals("Mất 1 điểm vì tổ chấm cho 4/5 điểm nhưng không ghi lý do.", why(b, "an", "g.2"));
        assertEquals("Mất 2 điểm vì tổ chấm cho 8/10 điểm. Ghi chú của tổ chấm: Chưa niêm yết đủ!", why(b, "binh", "a"),
                "a note's own stop is kept");
        assertEquals("Mất 4 điểm vì thiếu mục Y; tổ chấm cho 8/10 điểm nhưng không ghi lý do.", why(b, "binh", "c"),
                "a figure below the maximum and a deduction: both parts of the loss are named");
        assertEquals("Mất 1 điểm vì tổ chấm cho 1/5 điểm nhưng không ghi lý do.", why(b, "binh", "g.2"),
                "the assessor's figure before the bonus is what the loss comes from");
        assertEquals("(nothing lost)", why(b, "binh", "g.1"));
        assertEquals("(nothing lost)", why(b, "an", "g"), "a group's loss is said by its sub-criteria");
    }

    @Test
    void aBareFigureBelowTheMaximumIsUnexplainedAndANoteExplainsIt() {
        Leaderboard b = results(REASONS).leaderboards().get(0);
        var an = standing(b, "an").result();
        vn.congkhai.model.PointsLost a = vn.congkhai.compute.LostPoints.of(an).stream()
                .filter(l -> l.criterion().id().equals("a")).findFirst().orElseThrow();
        assertEquals(List.of(), a.deductions());
        assertFalse(a.unexplained(), "a note explains it");
        assertTrue(vn.congkhai.compute.LostPoints.of(an).stream().filter(l -> l.criterion().id().equals("g.2"))
                .allMatch(vn.congkhai.model.PointsLost::unexplained), "a bare figure below the maximum explains nothing");
    }
}
