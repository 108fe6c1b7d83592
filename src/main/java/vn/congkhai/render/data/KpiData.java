package vn.congkhai.render.data;

import vn.congkhai.model.IndicatorResult;
import vn.congkhai.model.KpiBoard;
import vn.congkhai.model.Results;

import java.util.ArrayList;
import java.util.List;

/**
 * Each indicator dashboard, one row per indicator and period: the counts as reported and the share computed from
 * them, so anyone can recompute it. A missing count is empty, never 0.
 */
final class KpiData implements DatasetSource {
    private static final List<Field> FIELDS = List.of(
            Field.text("indicator", "Mã chỉ số"),
            Field.text("name", "Tên chỉ số"),
            Field.text("period", "Kỳ báo cáo (năm-tháng, năm-Qquý hoặc năm)"),
            Field.integer("numerator", "Tử số (số đếm); trống nếu chưa có số liệu"),
            Field.integer("denominator", "Mẫu số (số đếm); trống nếu chưa có số liệu"),
            Field.number("percent", "Tỉ lệ phần trăm tính từ số đếm; trống nếu chưa có số liệu hoặc không phát sinh"),
            Field.text("comparison", "Phép so sánh với chỉ tiêu (>, >=, <, <=)"),
            Field.number("target", "Chỉ tiêu (%)"),
            Field.text("verdict", "Đánh giá: Đạt, Chưa đạt, Chưa có số liệu, Không phát sinh"));

    @Override
    public List<Dataset> datasets(Results results) {
        List<Dataset> out = new ArrayList<>();
        for (KpiBoard b : results.project().publications().kpis()) {
            out.add(new Dataset("chi-so-" + b.id(), "Chỉ số: " + b.title(), "Số đếm và tỉ lệ theo từng kỳ của các chỉ số trong "
                    + b.title() + ", so với chỉ tiêu.", FIELDS, () -> {
                        List<List<Object>> rows = new ArrayList<>();
                        for (IndicatorResult r : results.publications().indicators()) {
                            if (!b.indicators().contains(r.indicator())) {
                                continue;
                            }
                            KpiBoard.Indicator i = r.indicator();
                            for (IndicatorResult.Line l : r.lines()) {
                                rows.add(List.of(i.id(), i.name(), l.value().period().code(), l.value().numerator().map(Object.class::cast),
                                        l.value().denominator().map(Object.class::cast), l.percent().map(Object.class::cast),
                                        i.comparison().symbol, i.target(), l.verdict().label));
                            }
                        }
                        return rows;
                    }));
        }
        return out;
    }
}
