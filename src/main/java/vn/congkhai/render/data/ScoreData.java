package vn.congkhai.render.data;

import vn.congkhai.model.CriterionScore;
import vn.congkhai.model.Leaderboard;
import vn.congkhai.model.Results;
import vn.congkhai.model.Standing;
import vn.congkhai.model.Step;
import vn.congkhai.model.UnitResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Each round's scores: one row per unit and criterion, with how the points were worked out. */
final class ScoreData implements DatasetSource {
    private static final List<Field> FIELDS = List.of(
            Field.text("unit", "Mã đơn vị"),
            Field.text("unitName", "Tên đơn vị"),
            Field.text("criterion", "Mã tiêu chí"),
            Field.text("criterionTitle", "Tên tiêu chí"),
            Field.bool("isGroup", "Là nhóm tiêu chí (điểm là tổng của các tiêu chí con)"),
            Field.number("max", "Điểm chuẩn"),
            Field.number("points", "Điểm thẩm định; trống là chưa chấm (không phải 0)"),
            Field.number("selfPoints", "Điểm đơn vị tự chấm; trống nếu không có"),
            Field.text("derivation", "Cách tính điểm, từng bước"),
            Field.bool("illustrative", "Số liệu minh họa, không phải kết quả chính thức"));

    @Override
    public List<Dataset> datasets(Results results) {
        return results.leaderboards().stream().map(ScoreData::dataset).toList();
    }

    private static Dataset dataset(Leaderboard b) {
        return new Dataset("diem-" + b.sheet().id(), "Điểm từng tiêu chí: " + b.sheet().title(),
                "Điểm thẩm định của từng đơn vị theo từng tiêu chí của " + b.rubric().title() + " trong " + b.sheet().title()
                        + ", kèm điểm tự chấm và cách tính.",
                FIELDS, () -> {
                    List<List<Object>> rows = new ArrayList<>();
                    for (Standing s : b.standings()) {
                        UnitResult r = s.result();
                        for (CriterionScore c : r.scores()) {
                            Optional<Object> self = r.selfAssessment().flatMap(x -> x.score(c.criterion().id()))
                                    .flatMap(CriterionScore::points).map(p -> p);
                            rows.add(List.of(r.unit().id(), r.unit().name(), c.criterion().id(), c.criterion().title(),
                                    c.criterion().isGroup(), c.criterion().max(), c.points().<Object>map(p -> p), self,
                                    String.join("; ", c.steps().stream().map(Step::text).toList()), r.unit().illustrative()));
                        }
                    }
                    return rows;
                });
    }
}
