package vn.congkhai.render.data;

import vn.congkhai.model.Leaderboard;
import vn.congkhai.model.Movement;
import vn.congkhai.model.Rating;
import vn.congkhai.model.Results;
import vn.congkhai.model.Standing;

import java.util.List;
import java.util.Optional;

/** Each round's leaderboard: rank, total, rating band and movement of every unit. */
final class RankingData implements DatasetSource {
    private static final List<Field> FIELDS = List.of(
            Field.integer("rank", "Hạng; các đơn vị bằng điểm cùng hạng; trống là chưa xếp hạng (chưa chấm đủ)"),
            Field.text("unit", "Mã đơn vị"),
            Field.text("unitName", "Tên đơn vị"),
            Field.number("total", "Tổng điểm; trống khi còn tiêu chí chưa chấm"),
            Field.number("scoredSoFar", "Tổng số điểm đã chấm"),
            Field.text("rating", "Xếp loại đạt được; trống nếu không đạt mức nào hoặc chưa chấm đủ"),
            Field.text("movement", "Thay đổi hạng so với vòng trước"),
            Field.bool("illustrative", "Số liệu minh họa, không phải kết quả chính thức"));

    @Override
    public List<Dataset> datasets(Results results) {
        return results.leaderboards().stream().map(RankingData::dataset).toList();
    }

    private static Dataset dataset(Leaderboard b) {
        return new Dataset("xep-hang-" + b.sheet().id(), "Bảng xếp hạng: " + b.sheet().title(),
                "Hạng, tổng điểm, xếp loại và thay đổi hạng của " + b.standings().size() + " đơn vị trong " + b.sheet().title() + ".",
                FIELDS, () -> b.standings().stream().map(RankingData::row).toList());
    }

    private static List<Object> row(Standing s) {
        Optional<Object> rank = s.rank().isPresent() ? Optional.of(s.rank().getAsInt()) : Optional.empty();
        return List.of(rank, s.result().unit().id(), s.result().unit().name(), s.result().total().<Object>map(t -> t),
                s.result().scoredSoFar(), s.result().rating().map(Rating::label).orElse(""),
                s.movement().map(Movement::words).orElse(""), s.result().unit().illustrative());
    }
}
