package vn.congkhai.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** An indicator with each period's share computed from its counts and judged against the target. */
public record IndicatorResult(KpiBoard.Indicator indicator, List<Line> lines) {

    public enum Verdict {
        MET("Đạt"), NOT_MET("Chưa đạt"), NO_DATA("Chưa có số liệu"), NO_CASES("Không phát sinh");

        public final String label;

        Verdict(String label) {
            this.label = label;
        }
    }

    /** One period: the share (empty without data or without cases) and whether it meets the target. */
    public record Line(KpiBoard.Value value, Optional<BigDecimal> percent, Verdict verdict) {
    }

    public Optional<Line> latest() {
        return lines.isEmpty() ? Optional.empty() : Optional.of(lines.get(lines.size() - 1));
    }
}
