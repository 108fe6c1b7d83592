package vn.congkhai.compute;

import vn.congkhai.model.IndicatorResult;
import vn.congkhai.model.KpiBoard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Optional;

/**
 * Shares from counts. A missing count is "no data", never 0; a zero denominator means nothing happened in
 * the period ("không phát sinh"), which neither meets nor misses a target.
 */
public final class KpiCalculator {
    /** Percentages are shown and compared with one decimal, as the ward's reports write them. */
    public static final int SCALE = 1;

    private KpiCalculator() {
    }

    public static IndicatorResult result(KpiBoard.Indicator indicator) {
        return new IndicatorResult(indicator, indicator.values().stream()
                .sorted(Comparator.comparing(KpiBoard.Value::period))
                .map(v -> line(indicator, v))
                .toList());
    }

    static IndicatorResult.Line line(KpiBoard.Indicator indicator, KpiBoard.Value v) {
        if (v.numerator().isEmpty() || v.denominator().isEmpty()) {
            return new IndicatorResult.Line(v, Optional.empty(), IndicatorResult.Verdict.NO_DATA);
        }
        if (v.denominator().get() == 0) {
            return new IndicatorResult.Line(v, Optional.empty(), IndicatorResult.Verdict.NO_CASES);
        }
        BigDecimal percent = percent(v.numerator().get(), v.denominator().get());
        return new IndicatorResult.Line(v, Optional.of(percent),
                meets(v.numerator().get(), v.denominator().get(), indicator.target(), indicator.comparison()) ? IndicatorResult.Verdict.MET : IndicatorResult.Verdict.NOT_MET);
    }

    public static BigDecimal percent(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), SCALE, RoundingMode.HALF_UP);
    }

    /**
     * Compared on the exact share, not the rounded one: 899 of 1000 is 89.9%, and 8999 of 10000 (89.99%)
     * shows as 90.0% but is not "from 90%".
     */
    static boolean meets(long numerator, long denominator, BigDecimal target, KpiBoard.Comparison c) {
        int cmp = BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .compareTo(target.multiply(BigDecimal.valueOf(denominator)));
        return switch (c) {
            case ABOVE -> cmp > 0;
            case AT_LEAST -> cmp >= 0;
            case BELOW -> cmp < 0;
            case AT_MOST -> cmp <= 0;
        };
    }

    /** Whether a percentage typed in the data agrees with its counts, to the precision it was written in. */
    public static boolean agrees(BigDecimal stated, long numerator, long denominator) {
        if (denominator == 0) {
            return false;
        }
        // rounded once, from the exact fraction: rounding twice can carry a 4 into a 5
        int scale = Math.max(0, stated.scale());
        BigDecimal rounded = BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
        return rounded.compareTo(stated.setScale(scale, RoundingMode.HALF_UP)) == 0;
    }
}
