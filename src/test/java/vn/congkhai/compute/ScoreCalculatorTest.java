package vn.congkhai.compute;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.Loaded;
import vn.congkhai.MiniWard;
import vn.congkhai.Problems;
import vn.congkhai.model.CriterionScore;
import vn.congkhai.model.Leaderboard;
import vn.congkhai.model.Results;
import vn.congkhai.model.Standing;
import vn.congkhai.model.Step;
import vn.congkhai.model.UnitResult;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoreCalculatorTest {
    @TempDir
    Path dir;

    private Leaderboard board() {
        Problems problems = new Problems();
        Results results = new ResultsCalculator().compute(Loaded.project(MiniWard.write(dir), problems));
        assertFalse(problems.hasErrors());
        return results.leaderboards().get(0);
    }

    private static UnitResult unit(Leaderboard b, String id) {
        return b.standings().stream().map(Standing::result).filter(r -> r.unit().id().equals(id)).findFirst().orElseThrow();
    }

    private static CriterionScore score(UnitResult r, String criterion) {
        return r.score(criterion).orElseThrow();
    }

    private static List<String> steps(CriterionScore s) {
        return s.steps().stream().map(Step::text).toList();
    }

    @Test
    void aChecklistStartsAtTheMaximumAndLosesPointsPerMissingItem() {
        CriterionScore c = score(unit(board(), "binh"), "c");
        assertEquals(Optional.of(new BigDecimal("6")), c.points());
        assertEquals(List.of("Điểm xuất phát bằng điểm chuẩn: 10", "Trừ 2 điểm: thiếu mục X", "Trừ 2 điểm: thiếu mục Y"), steps(c));
    }

    @Test
    void fullMarksSayWhyNothingWasTakenOff() {
        Leaderboard b = board();
        assertEquals(List.of("Điểm xuất phát bằng điểm chuẩn: 10", "Đủ tất cả các mục, không bị trừ điểm"), steps(score(unit(b, "cuong"), "c")));
        assertEquals(List.of("Điểm xuất phát bằng điểm chuẩn: 5", "Không có trường hợp bị phản ánh, không bị trừ điểm"),
                steps(score(unit(b, "an"), "g.1")));
    }

    @Test
    void deductionsBelowZeroAreClampedAndTheClampingIsShown() {
        CriterionScore g1 = score(unit(board(), "cuong"), "g.1");
        assertEquals(0, BigDecimal.ZERO.compareTo(g1.points().orElseThrow()));
        assertTrue(g1.clamped());
        assertEquals(List.of("Điểm xuất phát bằng điểm chuẩn: 5",
                "Trừ 10 điểm: 2 trường hợp bị phản ánh (5 điểm mỗi trường hợp)",
                "Giới hạn ở 0 điểm (tính ra -5)"), steps(g1));
    }

    @Test
    void aBonusThatWouldExceedTheMaximumIsClampedAtTheMaximum() {
        CriterionScore g2 = score(unit(board(), "an"), "g.2");
        assertEquals(0, new BigDecimal("5").compareTo(g2.points().orElseThrow()));
        assertEquals(List.of("Điểm chấm: 4", "Cộng 3 điểm: sáng kiến được công nhận", "Giới hạn ở điểm chuẩn 5 (tính ra 7)"), steps(g2));
    }

    @Test
    void aGroupIsTheSumOfItsChildren() {
        UnitResult an = unit(board(), "an");
        assertEquals(0, new BigDecimal("10").compareTo(score(an, "g").points().orElseThrow()));
        assertEquals(0, new BigDecimal("27").compareTo(an.total().orElseThrow()), "9 + 8 + (5 + 5)");
    }

    @Test
    void aMissingScoreIsNotScoredNeverZero() {
        UnitResult dung = unit(board(), "dung");
        assertEquals(Optional.empty(), score(dung, "g.2").points());
        assertEquals(List.of("Chưa chấm"), steps(score(dung, "g.2")));
        assertEquals(Optional.empty(), score(dung, "g").points(), "a group with an unscored child has no score");
        assertEquals(Optional.empty(), dung.total());
        assertEquals(0, new BigDecimal("25").compareTo(dung.scoredSoFar()));
    }

    @Test
    void theLeaderboardRanksByTotalAndLeavesIncompleteUnitsUnranked() {
        Leaderboard b = board();
        // an 27, binh 10+6+5+5 = 26, cuong 10+10+0+2 = 22, dung not fully scored
        assertEquals(List.of("an 1 27", "binh 2 26", "cuong 3 22", "dung - -"), b.standings().stream()
                .map(s -> s.result().unit().id() + " " + (s.rank().isPresent() ? s.rank().getAsInt() : "-") + " "
                        + s.result().total().map(t -> t.stripTrailingZeros().toPlainString()).orElse("-"))
                .toList());
    }

    @Test
    void theSelfAssessmentIsWorkedOutTheSameWayAndShownBesideTheOfficialScore() {
        MiniWard.write(dir);
        vn.congkhai.TestProjects.write(dir, "data/scores/vong-1.yaml", MiniWard.SCORES.replace(
                "\"g.2\": {points: 4, bonuses: [ok]}}",
                "\"g.2\": {points: 4, bonuses: [ok]}}\n    selfAssessment: {\"a\": 10, \"c\": {missing: []}, \"g.1\": {incidents: 0}, \"g.2\": 5}"));
        Problems problems = new Problems();
        Results results = new ResultsCalculator().compute(Loaded.project(dir, problems));
        UnitResult an = unit(results.leaderboards().get(0), "an");
        UnitResult self = an.selfAssessment().orElseThrow();
        assertEquals(0, new BigDecimal("30").compareTo(self.total().orElseThrow()));
        assertEquals(0, new BigDecimal("27").compareTo(an.total().orElseThrow()), "the official score still ranks");
        assertEquals(List.of("Điểm chấm: 10"), steps(self.score("a").orElseThrow()));
    }

    @Test
    void ratingsAreTheHighestBandWhoseTotalAndConditionsAreMet() {
        MiniWard.write(dir);
        vn.congkhai.TestProjects.write(dir, "data/rubrics/r.yaml", MiniWard.RUBRIC + """
                ratings:
                  - {label: 4 sao, stars: 4, min: 25, conditions: [{criterion: "c", min: 8}]}
                  - {label: 3 sao, stars: 3, min: 20}
                """);
        Problems problems = new Problems();
        Results results = new ResultsCalculator().compute(Loaded.project(dir, problems));
        assertFalse(problems.hasErrors(), problems.sorted()::toString);
        Leaderboard b = results.leaderboards().get(0);
        assertEquals("4 sao", unit(b, "an").rating().orElseThrow().label(), "27 points and c = 8");
        assertEquals("3 sao", unit(b, "binh").rating().orElseThrow().label(), "26 points but c = 6 < 8");
        assertEquals("3 sao", unit(b, "cuong").rating().orElseThrow().label(), "22 points");
        assertEquals(Optional.empty(), unit(b, "dung").rating(), "not fully scored: no rating");
    }

    @Test
    void roundsOfOneContestGiveRankMovement() {
        MiniWard.write(dir);
        vn.congkhai.TestProjects.write(dir, "data/scores/vong-1.yaml", MiniWard.SCORES.replace("rubric: r", "rubric: r\ncontest: thu"));
        // round 2: cuong rises to the top, an and binh drop, dung is scored for the first time
        vn.congkhai.TestProjects.write(dir, "data/scores/vong-2.yaml", MiniWard.SCORES.replace("rubric: r", "rubric: r\ncontest: thu")
                .replace("Vòng thử", "Vòng hai").replace("{incidents: 2}, \"g.2\": 2}", "{incidents: 0}, \"g.2\": 5}")
                .replace("\"g.2\": }", "\"g.2\": 0}"));
        Problems problems = new Problems();
        Results results = new ResultsCalculator().compute(Loaded.project(dir, problems));
        Leaderboard second = results.leaderboards().get(1);
        assertEquals(List.of("cuong 1 ▲2", "an 2 ▼1", "binh 3 ▼1", "dung 4 mới"), second.standings().stream()
                .map(s -> s.result().unit().id() + " " + s.rank().getAsInt() + " " + s.movement().orElseThrow().symbol()).toList());
        assertTrue(results.leaderboards().get(0).standings().stream().allMatch(s -> s.movement().isEmpty()), "the first round has none");
    }
}
