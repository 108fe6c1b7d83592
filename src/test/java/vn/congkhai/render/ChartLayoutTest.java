package vn.congkhai.render;

import org.junit.jupiter.api.Test;
import vn.congkhai.model.IndicatorResult;
import vn.congkhai.model.KpiBoard;
import vn.congkhai.model.Period;
import vn.congkhai.model.SourceRef;
import vn.congkhai.render.ChartViews.SvgText;
import vn.congkhai.render.PublicationViews.TrendLayout;
import vn.congkhai.render.PublicationViews.TrendView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The charts' layout before any browser sees it: labels are placed apart by their estimated widths, the
 * latest figure is always labelled, long words wrap rather than being cut, and the same data gives the
 * same layout. ({@code ChartsInBrowserTest} checks the drawn result in Chromium.)
 */
class ChartLayoutTest {

    @Test
    void periodsAreShortOnTheAxis() {
        assertEquals("T5", TrendChart.shortLabel(new Period(Period.Kind.MONTH, 2024, 5)));
        assertEquals("Q2", TrendChart.shortLabel(new Period(Period.Kind.QUARTER, 2024, 2)));
        assertEquals("2024", TrendChart.shortLabel(new Period(Period.Kind.YEAR, 2024, 1)));
    }

    @Test
    void aCrowdedTrendLabelsOnlyWhatFitsTheLatestFirst() {
        TrendView view = TrendChart.of(crowded(), "Diễn biến");
        assertEquals(List.of(ChartViews.NARROW, ChartViews.WIDE), view.layouts().stream().map(TrendLayout::variant).toList());
        for (TrendLayout l : view.layouts()) {
            List<String> texts = l.texts().stream().map(SvgText::text).toList();
            assertEquals(List.of(), overlapsOrOutside(l.texts(), l.width(), l.height()), l.variant());
            assertTrue(texts.contains("T12"), "the latest month is on the axis: " + texts);
            assertTrue(texts.contains("2%"), "the latest value is written: " + texts);
            assertTrue(texts.containsAll(List.of("2023", "2024")), "each year once under its first month: " + texts);
            assertEquals(1, texts.stream().filter("2024"::equals).count());
            assertTrue(texts.contains("Chỉ tiêu: từ 99,5%"), "the target is named in the legend, not on its line: " + texts);
            assertTrue(texts.contains("Kỳ chưa có tỉ lệ (xem bảng)"), "the ring of a missing month is explained");
            assertTrue(texts.stream().filter(t -> t.endsWith("%") && !t.contains(" ") && !t.contains("0%")).count() < 24,
                    "24 values do not all fit: some are left to the table");
        }
        assertTrue(view.layouts().get(1).texts().stream().filter(t -> t.text().startsWith("T")).count()
                > view.layouts().get(0).texts().stream().filter(t -> t.text().startsWith("T")).count(), "the wide layout labels more months");
        assertEquals(view, TrendChart.of(crowded(), "Diễn biến"), "the same data, the same layout");
    }

    @Test
    void legendWordsWrapAtSpacesAndAreNeverCutWhenTheyFitALine() {
        List<String> lines = ChartLegend.wrap("Phường Mỹ Phước: đơn vị chủ quản trang này", 200);
        assertTrue(lines.size() > 1, lines.toString());
        assertEquals("Phường Mỹ Phước: đơn vị chủ quản trang này", String.join(" ", lines));
        lines.forEach(line -> assertTrue(ChartText.width(line) <= 200, line));
        assertEquals(List.of("Tỉ lệ từng kỳ"), ChartLegend.wrap("Tỉ lệ từng kỳ", 200));
    }

    @Test
    void accentsDoNotChangeAnEstimatedWidthAndWideLettersCountWide() {
        assertEquals(ChartText.width("Phuong My Phuoc"), ChartText.width("Phường Mỹ Phước"));
        assertTrue(ChartText.width("mmmm") > ChartText.width("iiii") * 3);
        assertTrue(ChartText.boldWidth("Phường Mỹ Phước") > ChartText.width("Phường Mỹ Phước"));
        String cut = ChartText.fit("Đợt 1 - Phát động, đăng ký và triển khai mô hình điểm", 200);
        assertTrue(cut.endsWith("…") && ChartText.width(cut) <= 200, cut);
    }

    @Test
    void aLabelIsRefusedWhereItWouldTouchAnotherOrLeaveTheChart() {
        LabelSpace space = new LabelSpace(320);
        assertTrue(space.centred("95,8%", 300, 50, 0, 320, "c").isPresent(), "moved in from the right edge");
        assertTrue(space.centred("95,8%", 300, 50, 0, 320, "c").isEmpty(), "the same place is taken");
        assertTrue(space.centred("95,8%", 300, 90, 0, 320, "c").isPresent(), "a line lower is free");
        assertTrue(space.at("một nhãn rất dài vượt quá khung hình của biểu đồ này", 10, 150, "c").isEmpty(), "too wide for the chart");
    }

    /** Two years of months swinging between 100% and 0–2%, August 2023 without data, target 99.5%. */
    private static IndicatorResult crowded() {
        List<KpiBoard.Value> values = new ArrayList<>();
        List<IndicatorResult.Line> lines = new ArrayList<>();
        SourceRef at = SourceRef.file("data/kpi/dong.yaml");
        for (int i = 0; i < 24; i++) {
            Period p = new Period(Period.Kind.MONTH, 2023 + i / 12, i % 12 + 1);
            if (i == 7) {
                KpiBoard.Value v = new KpiBoard.Value(p, Optional.empty(), Optional.empty(), Optional.empty(), at);
                values.add(v);
                lines.add(new IndicatorResult.Line(v, Optional.empty(), IndicatorResult.Verdict.NO_DATA));
            } else {
                long n = i % 2 == 0 ? 100 : i % 3;
                KpiBoard.Value v = new KpiBoard.Value(p, Optional.of(n), Optional.of(100L), Optional.empty(), at);
                values.add(v);
                lines.add(new IndicatorResult.Line(v, Optional.of(BigDecimal.valueOf(n)),
                        n == 100 ? IndicatorResult.Verdict.MET : IndicatorResult.Verdict.NOT_MET));
            }
        }
        KpiBoard.Indicator indicator = new KpiBoard.Indicator("thang", "Tỷ lệ theo tháng", "Số đạt", "Tổng số",
                new BigDecimal("99.5"), KpiBoard.Comparison.AT_LEAST, "", values, at);
        return new IndicatorResult(indicator, lines);
    }

    /** The texts whose estimated boxes touch each other or leave the chart's {@code width} × {@code height}. */
    private static List<String> overlapsOrOutside(List<SvgText> texts, int width, int height) {
        List<String> problems = new ArrayList<>();
        List<int[]> boxes = texts.stream().map(t -> {
            int w = ChartText.width(t.text());
            int left = switch (t.anchor()) {
                case "end" -> t.x() - w;
                case "middle" -> t.x() - w / 2;
                default -> t.x();
            };
            return new int[]{left, t.y() - ChartText.ASCENT, left + w, t.y() + ChartText.DESCENT};
        }).toList();
        for (int i = 0; i < boxes.size(); i++) {
            int[] a = boxes.get(i);
            if (a[0] < 0 || a[2] > width || a[1] < 0 || a[3] > height) {
                problems.add(texts.get(i).text() + " leaves the chart");
            }
            for (int j = i + 1; j < boxes.size(); j++) {
                int[] b = boxes.get(j);
                if (a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]) {
                    problems.add(texts.get(i).text() + " touches " + texts.get(j).text());
                }
            }
        }
        assertFalse(texts.isEmpty());
        return problems;
    }
}
