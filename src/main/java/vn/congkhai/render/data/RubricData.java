package vn.congkhai.render.data;

import vn.congkhai.model.Criterion;
import vn.congkhai.model.Results;
import vn.congkhai.model.Rubric;

import java.util.ArrayList;
import java.util.List;

/** Each rubric: one row per criterion, groups included, with its maximum and legal basis. */
final class RubricData implements DatasetSource {
    private static final List<Field> FIELDS = List.of(
            Field.text("criterion", "Mã tiêu chí"),
            Field.text("title", "Tên tiêu chí"),
            Field.text("group", "Mã nhóm tiêu chí chứa tiêu chí này (trống nếu là tiêu chí cấp trên cùng)"),
            Field.bool("isGroup", "Là nhóm gồm các tiêu chí con (điểm chuẩn bằng tổng của các tiêu chí con)"),
            Field.number("max", "Điểm chuẩn (điểm tối đa)"),
            Field.text("description", "Nội dung, yêu cầu của tiêu chí"),
            Field.text("evidence", "Minh chứng cần có"),
            Field.text("legalBasis", "Căn cứ"));

    @Override
    public List<Dataset> datasets(Results results) {
        return results.project().rubrics().stream().map(RubricData::dataset).toList();
    }

    private static Dataset dataset(Rubric r) {
        return new Dataset("tieu-chi-" + r.id(), "Bộ tiêu chí: " + r.title(),
                "Các tiêu chí của " + r.title() + " (tổng " + vn.congkhai.compute.Points.format(r.total())
                        + " điểm): mã, tên, điểm chuẩn, minh chứng và căn cứ.",
                FIELDS, () -> {
                    List<List<Object>> rows = new ArrayList<>();
                    add(r.criteria(), "", rows);
                    return rows;
                });
    }

    private static void add(List<Criterion> level, String group, List<List<Object>> rows) {
        for (Criterion c : level) {
            rows.add(List.of(c.id(), c.title(), group, c.isGroup(), c.max(), c.description(), c.evidence(), c.legalBasis()));
            add(c.children(), c.id(), rows);
        }
    }
}
