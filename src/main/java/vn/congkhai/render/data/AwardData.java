package vn.congkhai.render.data;

import vn.congkhai.model.AwardPlan;
import vn.congkhai.model.AwardResult;
import vn.congkhai.model.Results;
import vn.congkhai.model.Unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Each award plan's signed decisions: one row per recipient (Luật Thi đua, khen thưởng 2022 Điều 80 k3). */
final class AwardData implements DatasetSource {
    private static final List<Field> FIELDS = List.of(
            Field.text("decision", "Số, ký hiệu quyết định"),
            Field.date("date", "Ngày ký quyết định"),
            Field.text("issuer", "Người, cơ quan ký quyết định"),
            Field.text("form", "Hình thức khen thưởng"),
            Field.text("prize", "Giải, danh hiệu được tặng"),
            Field.text("unit", "Mã đơn vị (tập thể được khen, hoặc nơi công tác của cá nhân)"),
            Field.text("unitName", "Tên đơn vị"),
            Field.text("person", "Cá nhân được khen; trống nếu khen tập thể"),
            Field.text("reason", "Lý do khen thưởng"));

    @Override
    public List<Dataset> datasets(Results results) {
        Map<String, String> names = results.project().units().stream().collect(Collectors.toMap(Unit::id, Unit::name, (a, b) -> a));
        return results.awards().stream().map(a -> dataset(a, id -> names.getOrDefault(id, id))).toList();
    }

    private static Dataset dataset(AwardResult a, Function<String, String> unitName) {
        AwardPlan p = a.plan();
        return new Dataset("khen-thuong-" + p.id(), "Quyết định khen thưởng: " + p.title(),
                "Các quyết định khen thưởng đã ký của " + p.title() + ": số, ngày, người ký, hình thức và người được khen.",
                FIELDS, () -> {
                    List<List<Object>> rows = new ArrayList<>();
                    for (AwardPlan.Decision d : p.decisions()) {
                        for (AwardPlan.Recipient r : d.recipients()) {
                            rows.add(List.of(d.number(), d.date(), d.issuer(), d.form(), r.prize(), r.unitId(),
                                    unitName.apply(r.unitId()), r.person(), d.reason()));
                        }
                    }
                    return rows;
                });
    }
}
