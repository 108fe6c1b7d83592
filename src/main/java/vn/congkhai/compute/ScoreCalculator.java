package vn.congkhai.compute;

import vn.congkhai.model.Bonus;
import vn.congkhai.model.ChecklistItem;
import vn.congkhai.model.Criterion;
import vn.congkhai.model.CriterionInput;
import vn.congkhai.model.CriterionScore;
import vn.congkhai.model.Rating;
import vn.congkhai.model.Rubric;
import vn.congkhai.model.Scorecard;
import vn.congkhai.model.Step;
import vn.congkhai.model.Unit;
import vn.congkhai.model.UnitResult;
import vn.congkhai.model.UnitScore;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns what an assessor recorded into points, rule by rule, keeping every step:
 * the starting figure, each deduction and bonus, and the clamping to 0..maximum that the rubric
 * guarantees whatever the rules add up to. Expects validated input.
 */
public final class ScoreCalculator {

    /** The official result, with the self-assessment worked out the same way beside it. */
    public UnitResult score(Rubric rubric, Unit unit, UnitScore recorded) {
        Optional<UnitResult> self = recorded.selfAssessment().map(card -> score(rubric, unit, card, Optional.empty()));
        return score(rubric, unit, recorded.official(), self);
    }

    private UnitResult score(Rubric rubric, Unit unit, Scorecard recorded, Optional<UnitResult> self) {
        List<CriterionScore> out = new ArrayList<>();
        List<Optional<BigDecimal>> topLevel = new ArrayList<>();
        for (Criterion c : rubric.criteria()) {
            topLevel.add(scoreTree(c, recorded, 0, out));
        }
        Optional<BigDecimal> total = sumIfAll(topLevel);
        BigDecimal soFar = out.stream()
                .filter(s -> !s.criterion().isGroup())
                .map(s -> s.points().orElse(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<CriterionScore> scores = List.copyOf(out);
        return new UnitResult(unit, scores, total, soFar, self, total.flatMap(t -> rating(rubric, t, scores)));
    }

    /** The first band, from the highest, whose minimum total and conditions the unit meets. */
    static Optional<Rating> rating(Rubric rubric, BigDecimal total, List<CriterionScore> scores) {
        for (Rating r : rubric.ratings()) {
            if (total.compareTo(r.min()) >= 0 && r.conditions().stream().allMatch(c -> meets(scores, c))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private static boolean meets(List<CriterionScore> scores, Rating.Condition c) {
        return scores.stream().filter(s -> s.criterion().id().equals(c.criterionId())).findFirst()
                .flatMap(CriterionScore::points).map(p -> p.compareTo(c.min()) >= 0).orElse(false);
    }

    private Optional<BigDecimal> scoreTree(Criterion c, Scorecard recorded, int depth, List<CriterionScore> out) {
        if (!c.isGroup()) {
            CriterionScore s = scoreLeaf(c, Optional.ofNullable(recorded.criteria().get(c.id())), depth);
            out.add(s);
            return s.points();
        }
        int groupIndex = out.size();
        out.add(null); // the group's line comes before its children; filled in once they are known
        List<Optional<BigDecimal>> children = new ArrayList<>();
        for (Criterion child : c.children()) {
            children.add(scoreTree(child, recorded, depth + 1, out));
        }
        Optional<BigDecimal> sum = sumIfAll(children);
        String ids = String.join(" + ", c.children().stream().map(Criterion::id).toList());
        List<Step> steps = List.of(Step.remark(sum.isPresent()
                ? "Tổng điểm các tiêu chí " + ids
                : "Chưa đủ điểm các tiêu chí " + ids));
        out.set(groupIndex, new CriterionScore(c, sum, steps, false, depth, List.of()));
        return sum;
    }

    /** Scores one criterion that is not a group. */
    public CriterionScore scoreLeaf(Criterion c, Optional<CriterionInput> recorded, int depth) {
        if (recorded.isEmpty()) {
            return new CriterionScore(c, Optional.empty(), List.of(Step.remark("Chưa chấm")), false, depth, List.of());
        }
        CriterionInput in = recorded.get();
        List<Step> steps = new ArrayList<>();
        BigDecimal points;
        if (in.points().isPresent()) {
            points = in.points().get();
            steps.add(new Step("Điểm chấm: " + Points.format(points), points, Step.Kind.GIVEN, ""));
        } else {
            points = c.max();
            steps.add(new Step("Điểm xuất phát bằng điểm chuẩn: " + Points.format(points), points, Step.Kind.FROM_MAX, ""));
        }
        if (c.checklist().isPresent() && in.missing().isEmpty()) {
            steps.add(Step.remark("Đủ tất cả các mục, không bị trừ điểm"));
        }
        if (c.incidents().isPresent() && in.incidents() == 0) {
            steps.add(Step.remark("Không có trường hợp " + c.incidents().get().incident() + ", không bị trừ điểm"));
        }
        if (c.checklist().isPresent()) {
            BigDecimal each = c.checklist().get().perMissing();
            for (String id : in.missing()) {
                String label = c.checklist().get().item(id).map(ChecklistItem::label).orElse(id);
                points = points.subtract(each);
                steps.add(new Step("Trừ " + Points.format(each) + " điểm: thiếu " + label, each.negate(), Step.Kind.DEDUCTION,
                        "thiếu " + label));
            }
        }
        if (c.incidents().isPresent() && in.incidents() > 0) {
            BigDecimal each = c.incidents().get().perIncident();
            BigDecimal deduction = each.multiply(BigDecimal.valueOf(in.incidents()));
            points = points.subtract(deduction);
            String what = in.incidents() + " trường hợp " + c.incidents().get().incident();
            steps.add(new Step("Trừ " + Points.format(deduction) + " điểm: " + what + " (" + Points.format(each) + " điểm mỗi trường hợp)",
                    deduction.negate(), Step.Kind.DEDUCTION, what));
        }
        for (String id : in.bonuses()) {
            Optional<Bonus> bonus = c.bonus(id);
            if (bonus.isPresent()) {
                points = points.add(bonus.get().points());
                steps.add(new Step("Cộng " + Points.format(bonus.get().points()) + " điểm: " + bonus.get().condition(),
                        bonus.get().points(), Step.Kind.BONUS, bonus.get().condition()));
            }
        }
        boolean clamped = false;
        if (points.compareTo(c.max()) > 0) {
            steps.add(new Step("Giới hạn ở điểm chuẩn " + Points.format(c.max()) + " (tính ra " + Points.format(points) + ")",
                    c.max().subtract(points), Step.Kind.LIMIT, ""));
            points = c.max();
            clamped = true;
        } else if (points.signum() < 0) {
            steps.add(new Step("Giới hạn ở 0 điểm (tính ra " + Points.format(points) + ")", points.negate(), Step.Kind.LIMIT, ""));
            points = BigDecimal.ZERO;
            clamped = true;
        }
        if (!in.note().isEmpty()) {
            steps.add(new Step("Ghi chú: " + in.note(), BigDecimal.ZERO, Step.Kind.NOTE, in.note()));
        }
        return new CriterionScore(c, Optional.of(points), List.copyOf(steps), clamped, depth, in.evidence());
    }

    private static Optional<BigDecimal> sumIfAll(List<Optional<BigDecimal>> parts) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Optional<BigDecimal> p : parts) {
            if (p.isEmpty()) {
                return Optional.empty();
            }
            sum = sum.add(p.get());
        }
        return Optional.of(sum);
    }
}
