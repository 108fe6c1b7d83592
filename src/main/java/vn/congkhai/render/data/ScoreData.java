package vn.congkhai.render.data;

import vn.congkhai.compute.Points;
import vn.congkhai.model.Criterion;
import vn.congkhai.model.CriterionScore;
import vn.congkhai.model.Leaderboard;
import vn.congkhai.model.Results;
import vn.congkhai.model.Standing;
import vn.congkhai.model.UnitResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Each round's scores: one row per unit, one column per scored criterion (as the leaderboard shows them),
 * then the unit's own scores where the round has any. One row per unit rather than per unit and criterion:
 * ten thousand wards make a file of a few megabytes, not tens; how each point was worked out is on the unit's page.
 */
final class ScoreData implements DatasetSource {
    @Override
    public List<Dataset> datasets(Results results) {
        return results.leaderboards().stream().map(ScoreData::dataset).toList();
    }

    private static Dataset dataset(Leaderboard b) {
        List<Criterion> leaves = b.rubric().leafCriteria();
        boolean anySelf = b.standings().stream().anyMatch(s -> s.result().selfAssessment().isPresent());
        List<Field> fields = new ArrayList<>(List.of(Field.text("unit", "Mã đơn vị"), Field.text("unitName", "Tên đơn vị")));
        for (Criterion c : leaves) {
            fields.add(Field.number("criterion_" + c.id(), "Điểm thẩm định tiêu chí " + c.id() + " (" + c.title() + ", tối đa "
                    + Points.format(c.max()) + " điểm); trống là chưa chấm, không phải 0"));
        }
        fields.add(Field.number("total", "Tổng điểm thẩm định; trống khi còn tiêu chí chưa chấm"));
        if (anySelf) {
            for (Criterion c : leaves) {
                fields.add(Field.number("self_" + c.id(), "Điểm đơn vị tự chấm tiêu chí " + c.id() + "; trống nếu không có"));
            }
            fields.add(Field.number("selfTotal", "Tổng điểm đơn vị tự chấm; trống nếu không có hoặc chưa đủ"));
        }
        fields.add(Field.bool("illustrative", "Số liệu minh họa, không phải kết quả chính thức"));
        return new Dataset("diem-" + b.sheet().id(), "Điểm từng tiêu chí: " + b.sheet().title(),
                "Điểm thẩm định của từng đơn vị theo từng tiêu chí của " + b.rubric().title() + " trong " + b.sheet().title()
                        + (anySelf ? ", và điểm đơn vị tự chấm." : ".") + " Cách tính từng điểm có ở trang của mỗi đơn vị.",
                List.copyOf(fields), () -> b.standings().stream().map(s -> row(s, leaves, anySelf)).toList());
    }

    private static List<Object> row(Standing s, List<Criterion> leaves, boolean anySelf) {
        UnitResult r = s.result();
        List<Object> row = new ArrayList<>(List.of(r.unit().id(), r.unit().name()));
        leaves.forEach(c -> row.add(points(r, c)));
        row.add(r.total().<Object>map(t -> t));
        if (anySelf) {
            Optional<UnitResult> self = r.selfAssessment();
            leaves.forEach(c -> row.add(self.<Object>map(x -> points(x, c)).orElse(Optional.empty())));
            row.add(self.flatMap(UnitResult::total).<Object>map(t -> t));
        }
        row.add(r.unit().illustrative());
        return row;
    }

    private static Optional<Object> points(UnitResult r, Criterion c) {
        return r.score(c.id()).flatMap(CriterionScore::points).map(p -> p);
    }
}
