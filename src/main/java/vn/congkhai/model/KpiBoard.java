package vn.congkhai.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A dashboard of indicators (chỉ số) with their targets and the raw counts of each period. */
public record KpiBoard(String id, String title, String description, String legalBasis, List<Indicator> indicators,
                       boolean illustrative) {

    /**
     * An indicator: a share of {@code numerator} over {@code denominator}, compared with {@code target}.
     */
    public record Indicator(String id, String name, String numerator, String denominator, BigDecimal target,
                            Comparison comparison, String legalBasis, List<Value> values, SourceRef at) {
    }

    /** How a value meets its target: "trên 90%" is {@code ABOVE}, "đạt 100%" is {@code AT_LEAST}. */
    public enum Comparison {
        ABOVE(">", "trên"), AT_LEAST(">=", "từ"), BELOW("<", "dưới"), AT_MOST("<=", "không quá");

        public final String symbol;
        public final String words;

        Comparison(String symbol, String words) {
            this.symbol = symbol;
            this.words = words;
        }
    }

    /**
     * The counts of one period; a count left out is unknown, never zero.
     *
     * @param statedPercent a percentage typed by the editor, checked against the counts
     */
    public record Value(Period period, Optional<Long> numerator, Optional<Long> denominator,
                       Optional<BigDecimal> statedPercent, SourceRef at) {
    }
}
