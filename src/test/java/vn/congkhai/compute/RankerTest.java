package vn.congkhai.compute;

import org.junit.jupiter.api.Test;
import vn.congkhai.model.SourceRef;
import vn.congkhai.model.Standing;
import vn.congkhai.model.Unit;
import vn.congkhai.model.UnitResult;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RankerTest {
    private static UnitResult result(String name, String total) {
        Unit u = new Unit(name.toLowerCase(), name, "", false, SourceRef.file("x"));
        Optional<BigDecimal> t = total == null ? Optional.empty() : Optional.of(new BigDecimal(total));
        return new UnitResult(u, List.of(), t, t.orElse(BigDecimal.ZERO), Optional.empty(), Optional.empty());
    }

    private static List<String> ranks(List<Standing> standings) {
        return standings.stream().map(s -> (s.rank().isPresent() ? s.rank().getAsInt() + "" : "—") + " " + s.result().unit().name()).toList();
    }

    @Test
    void tiesShareARankAndTheNextRankSkips() {
        List<Standing> s = new Ranker().rank(List.of(
                result("Đông", "90"), result("An", "95"), result("Bình", "90"), result("Cường", "80.5")));
        assertEquals(List.of("1 An", "2 Bình", "2 Đông", "4 Cường"), ranks(s));
    }

    @Test
    void equalTotalsWrittenDifferentlyAreStillATie() {
        List<Standing> s = new Ranker().rank(List.of(result("An", "90.0"), result("Bình", "90")));
        assertEquals(List.of("1 An", "1 Bình"), ranks(s));
    }

    @Test
    void unitsNotFullyScoredComeLastWithoutARank() {
        List<Standing> s = new Ranker().rank(List.of(result("An", null), result("Bình", "10")));
        assertEquals(List.of("1 Bình", "— An"), ranks(s));
    }

    @Test
    void vietnameseNamesSortInVietnameseOrderWithinATie() {
        List<Standing> s = new Ranker().rank(List.of(result("Đông", "1"), result("Dương", "1"), result("Ân", "1")));
        assertEquals(List.of("1 Ân", "1 Dương", "1 Đông"), ranks(s));
    }

    private static UnitResult withCriterion(String name, String total, String criterion, String points) {
        Unit u = new Unit(name.toLowerCase(), name, "", false, SourceRef.file("x"));
        vn.congkhai.model.Criterion c = new vn.congkhai.model.Criterion(criterion, "t", "", BigDecimal.TEN, "", "",
                Optional.empty(), Optional.empty(), List.of(), List.of(), SourceRef.file("x"));
        vn.congkhai.model.CriterionScore s = new vn.congkhai.model.CriterionScore(c,
                points == null ? Optional.empty() : Optional.of(new BigDecimal(points)), List.of(), false, 0, List.of());
        return new UnitResult(u, List.of(s), Optional.of(new BigDecimal(total)), new BigDecimal(total), Optional.empty(), Optional.empty());
    }

    @Test
    void tieBreakersDecideBetweenEqualTotalsAndOnlyFullTiesShareARank() {
        List<Standing> s = new Ranker().rank(List.of(
                withCriterion("An", "90", "7", "10"), withCriterion("Bình", "90", "7", "15"),
                withCriterion("Cường", "90", "7", "10"), withCriterion("Dũng", "95", "7", "5"),
                withCriterion("Đông", "90", "7", null)), List.of("7"));
        assertEquals(List.of("1 Dũng", "2 Bình", "3 An", "3 Cường", "5 Đông"), ranks(s));
    }
}
