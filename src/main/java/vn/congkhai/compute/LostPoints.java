package vn.congkhai.compute;

import vn.congkhai.model.CriterionScore;
import vn.congkhai.model.PointsLost;
import vn.congkhai.model.Step;
import vn.congkhai.model.UnitResult;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where a unit lost points, most first: the scored criteria (groups left out, their sub-criteria say it more
 * precisely) below their maximum, each with what the scoring recorded about why. Criteria losing the same points
 * keep the rubric's order.
 */
public final class LostPoints {
    private LostPoints() {
    }

    public static List<PointsLost> of(UnitResult result) {
        return result.scores().stream()
                .map(LostPoints::of)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(PointsLost::lost).reversed())
                .toList();
    }

    /**
     * The loss on one scored criterion, empty when it reached its maximum or is a group or not scored. The reasons
     * are the derivation's deductions and note; an assessor's figure below the maximum is kept, since only a note
     * can say why it was given.
     */
    public static Optional<PointsLost> of(CriterionScore s) {
        if (s.criterion().isGroup() || s.points().isEmpty()) {
            return Optional.empty();
        }
        BigDecimal lost = s.criterion().max().subtract(s.points().get());
        if (lost.signum() <= 0) {
            return Optional.empty();
        }
        List<String> deductions = s.steps().stream().filter(t -> t.kind() == Step.Kind.DEDUCTION).map(Step::reason).toList();
        Optional<BigDecimal> given = s.steps().stream().filter(t -> t.kind() == Step.Kind.GIVEN).map(Step::delta)
                .filter(p -> p.compareTo(s.criterion().max()) < 0).findFirst();
        String note = s.steps().stream().filter(t -> t.kind() == Step.Kind.NOTE).map(Step::reason).findFirst().orElse("");
        return Optional.of(new PointsLost(s.criterion(), lost, deductions, given, note));
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
