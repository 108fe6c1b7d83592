package vn.congkhai.compute;

import org.junit.jupiter.api.Test;
import vn.congkhai.model.IndicatorResult;
import vn.congkhai.model.KpiBoard;
import vn.congkhai.model.Period;
import vn.congkhai.model.SourceRef;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shares computed from counts: missing counts are "no data", a zero denominator is "no cases", never 0%. */
class KpiCalculatorTest {
    static KpiBoard.Value value(int month, Long numerator, Long denominator) {
        return new KpiBoard.Value(new Period(Period.Kind.MONTH, 2024, month), Optional.ofNullable(numerator),
                Optional.ofNullable(denominator), Optional.empty(), SourceRef.file("x"));
    }

    static KpiBoard.Indicator indicator(String target, KpiBoard.Comparison c, KpiBoard.Value... values) {
        return new KpiBoard.Indicator("i", "Tỷ lệ", "đạt", "tổng", new BigDecimal(target), c, "", List.of(values), SourceRef.file("x"));
    }

    @Test
    void sharesComeFromCountsAndAreJudgedAgainstTheTarget() {
        IndicatorResult r = KpiCalculator.result(indicator("90", KpiBoard.Comparison.ABOVE,
                value(7, 44L, 48L), value(5, 41L, 48L), value(6, null, 48L), value(8, 0L, 0L), value(9, 45L, 50L)));
        List<IndicatorResult.Line> lines = r.lines();
        // sorted by period, whatever the order written
        assertEquals(List.of(5, 6, 7, 8, 9), lines.stream().map(l -> l.value().period().index()).toList());
        assertEquals(new BigDecimal("85.4"), lines.get(0).percent().orElseThrow());
        assertEquals(IndicatorResult.Verdict.NOT_MET, lines.get(0).verdict());
        assertEquals(Optional.empty(), lines.get(1).percent());
        assertEquals(IndicatorResult.Verdict.NO_DATA, lines.get(1).verdict());
        assertEquals(new BigDecimal("91.7"), lines.get(2).percent().orElseThrow());
        assertEquals(IndicatorResult.Verdict.MET, lines.get(2).verdict());
        assertEquals(Optional.empty(), lines.get(3).percent());
        assertEquals(IndicatorResult.Verdict.NO_CASES, lines.get(3).verdict());
        // exactly 90% is not "above 90%"
        assertEquals(new BigDecimal("90.0"), lines.get(4).percent().orElseThrow());
        assertEquals(IndicatorResult.Verdict.NOT_MET, lines.get(4).verdict());
        assertEquals(9, r.latest().orElseThrow().value().period().index());
    }

    @Test
    void theTargetIsComparedOnTheExactShareNotTheRoundedOne() {
        // 8999/10000 = 89.99% shows as 90.0% but is not "at least 90%"
        IndicatorResult r = KpiCalculator.result(indicator("90", KpiBoard.Comparison.AT_LEAST, value(5, 8999L, 10000L)));
        assertEquals(new BigDecimal("90.0"), r.lines().get(0).percent().orElseThrow());
        assertEquals(IndicatorResult.Verdict.NOT_MET, r.lines().get(0).verdict());
        IndicatorResult all = KpiCalculator.result(indicator("100", KpiBoard.Comparison.AT_LEAST, value(5, 121L, 121L)));
        assertEquals(IndicatorResult.Verdict.MET, all.lines().get(0).verdict());
    }

    @Test
    void aTypedPercentageAgreesWithItsCountsToThePrecisionItWasWrittenIn() {
        assertTrue(KpiCalculator.agrees(new BigDecimal("93.8"), 45, 48)); // 93.75
        assertTrue(KpiCalculator.agrees(new BigDecimal("94"), 45, 48));
        assertFalse(KpiCalculator.agrees(new BigDecimal("93.7"), 45, 48));
        assertFalse(KpiCalculator.agrees(new BigDecimal("95"), 45, 48));
        assertFalse(KpiCalculator.agrees(new BigDecimal("0"), 0, 0));
    }
}
