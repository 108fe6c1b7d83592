package vn.congkhai.compute;

import vn.congkhai.model.CriterionScore;
import vn.congkhai.model.PointsLost;
import vn.congkhai.model.UnitResult;

import java.util.Comparator;
import java.util.List;

/**
 * Where a unit lost points, most first: the scored criteria (groups left out, their sub-criteria say it more
 * precisely) below their maximum. Criteria losing the same points keep the rubric's order.
 */
public final class LostPoints {
    private LostPoints() {
    }

    public static List<PointsLost> of(UnitResult result) {
        return result.scores().stream()
                .filter(s -> !s.criterion().isGroup() && s.points().isPresent())
                .map(s -> new PointsLost(s.criterion(), s.criterion().max().subtract(s.points().get())))
                .filter(l -> l.lost().signum() > 0)
                .sorted(Comparator.comparing(PointsLost::lost).reversed())
                .toList();
    }

    /** How many criteria are still "chưa chấm" (groups left out). */
    public static long unscored(UnitResult result) {
        return result.scores().stream().filter(s -> !s.criterion().isGroup() && !s.scored()).count();
    }

    /** True when nothing at all has been scored: the unit reads "chưa chấm", never "0 điểm đã chấm". */
    public static boolean nothingScored(UnitResult result) {
        return result.scores().stream().filter(s -> !s.criterion().isGroup()).noneMatch(CriterionScore::scored);
    }
}
