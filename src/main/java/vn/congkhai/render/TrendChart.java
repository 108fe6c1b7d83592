package vn.congkhai.render;

import vn.congkhai.model.IndicatorResult;
import vn.congkhai.model.Period;
import vn.congkhai.render.ChartViews.SvgText;
import vn.congkhai.render.PublicationViews.Tick;
import vn.congkhai.render.PublicationViews.TrendLayout;
import vn.congkhai.render.PublicationViews.TrendPoint;
import vn.congkhai.render.PublicationViews.TrendView;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out an indicator's trend for an SVG line chart: 0–100% on the vertical axis, one step per period,
 * the target as a dashed line. A period without data has no point on the line (the line is broken there,
 * never drawn to 0) but a pale band across the plot: a ring on the axis was read as 0% by the phone review. Periods are short on the axis ("T5", with the year below the
 * first month of each year) and only as many as fit are labelled, the latest always; the values are
 * written beside their points where they fit, the latest first; a legend in words says what the line,
 * the dashed line and the rings are.
 */
final class TrendChart {
    /** Room above the plot for the value written above a point at 100%. */
    private static final int TOP = ChartText.ASCENT + 16;
    private static final int RIGHT = 8;
    private static final int POINT_LABEL_RISE = 10;

    private TrendChart() {
    }

    static TrendView of(IndicatorResult r, String caption) {
        return new TrendView(caption, List.of(layout(r, ChartViews.NARROW, ChartViews.NARROW_WIDTH, 160),
                layout(r, ChartViews.WIDE, ChartViews.WIDE_WIDTH, 200)));
    }

    private static TrendLayout layout(IndicatorResult r, String variant, int width, int plotHeight) {
        LabelSpace space = new LabelSpace(width);
        List<SvgText> texts = new ArrayList<>();
        int left = ChartText.width("100%") + ChartText.GAP + 4;
        int right = width - RIGHT;
        int bottom = TOP + plotHeight;
        List<Tick> grid = new ArrayList<>();
        for (int p = 0; p <= 100; p += 25) {
            int at = y(BigDecimal.valueOf(p), plotHeight);
            grid.add(new Tick(at, p + "%"));
            texts.add(space.reserve(new SvgText(left - ChartText.GAP, at + 5, "end", p + "%", "chart-text")));
        }
        List<IndicatorResult.Line> lines = r.lines();
        int n = Math.max(lines.size(), 1);
        double step = (double) (right - left) / n;
        List<TrendPoint> points = new ArrayList<>();
        StringBuilder path = new StringBuilder();
        boolean penDown = false;
        List<ChartViews.Box> gaps = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            IndicatorResult.Line l = lines.get(i);
            int x = x(i, left, step);
            if (l.percent().isPresent()) {
                int y = y(l.percent().get(), plotHeight);
                path.append(penDown ? " L" : (path.length() == 0 ? "M" : " M")).append(x).append(',').append(y);
                penDown = true;
                points.add(new TrendPoint(x, y, "chart-point"));
            } else {
                penDown = false;
                int half = (int) Math.max(4, Math.min(step * 0.3, 14));
                gaps.add(new ChartViews.Box(x - half, TOP, 2 * half, bottom - TOP, "chart-gap"));
            }
        }
        boolean twoLines = axisLabels(lines, left, step, bottom, space, texts);
        // values from the latest back: the newest figure is the one a reader looks for first
        for (int i = lines.size() - 1; i >= 0; i--) {
            IndicatorResult.Line l = lines.get(i);
            if (l.percent().isPresent()) {
                // above the point, or under it when a neighbour's value is already above
                int y = y(l.percent().get(), plotHeight);
                String value = KpiPages.percent(l.percent().get());
                int x = x(i, left, step);
                space.centred(value, x, y - POINT_LABEL_RISE, left, width - ChartText.INSET, "chart-text chart-value")
                        .or(() -> y + POINT_LABEL_RISE + ChartText.ASCENT <= bottom
                                ? space.centred(value, x, y + POINT_LABEL_RISE + ChartText.ASCENT - 4, left, width - ChartText.INSET, "chart-text chart-value")
                                : java.util.Optional.empty())
                        .ifPresent(texts::add);
            }
        }
        int legendTop = bottom + 6 + (twoLines ? 2 : 1) * (ChartText.ASCENT + ChartText.DESCENT) + 10;
        ChartLegend legend = new ChartLegend(width, legendTop)
                .add("line", "chart-line", "Tỉ lệ từng kỳ")
                .add("line", "chart-target", "Chỉ tiêu: " + KpiPages.target(r.indicator()));
        if (!gaps.isEmpty()) {
            legend.add("bar", "chart-gap", "Kỳ chưa có tỉ lệ (xem bảng)");
        }
        texts.addAll(legend.texts());
        return new TrendLayout(variant, width, legend.bottom() + 4, left, right, y(r.indicator().target(), plotHeight),
                path.toString(), grid, points, texts, legend.swatches(), gaps);
    }

    /**
     * Writes the periods under the axis, every k-th from the latest back so the labels keep apart, and the
     * year under the first labelled period of each year; true if there is such a second line.
     */
    private static boolean axisLabels(List<IndicatorResult.Line> lines, int left, double step, int bottom, LabelSpace space,
                                      List<SvgText> texts) {
        int widest = ChartText.GAP;
        for (IndicatorResult.Line l : lines) {
            widest = Math.max(widest, Math.max(ChartText.width(shortLabel(l.value().period())), ChartText.width("2024")));
        }
        int every = Math.max(1, (int) Math.ceil((widest + ChartText.GAP) / step));
        int baseline = bottom + 6 + ChartText.ASCENT;
        int yearLine = baseline + ChartText.ASCENT + ChartText.DESCENT;
        boolean twoLines = false;
        List<Integer> shown = new ArrayList<>();
        for (int i = lines.size() - 1; i >= 0; i -= every) {
            shown.add(0, i);
        }
        Integer lastYear = null;
        for (int i : shown) {
            Period p = lines.get(i).value().period();
            int x = x(i, left, step);
            space.centred(shortLabel(p), x, baseline, ChartText.INSET, Integer.MAX_VALUE, "chart-text").ifPresent(texts::add);
            if (p.kind() != Period.Kind.YEAR && (lastYear == null || lastYear != p.year())) {
                space.centred(Integer.toString(p.year()), x, yearLine, ChartText.INSET, Integer.MAX_VALUE, "chart-text chart-muted")
                        .ifPresent(texts::add);
                twoLines = true;
            }
            lastYear = p.year();
        }
        return twoLines;
    }

    /** "T5" for May, "Q2" for the second quarter, "2024" for a year: the year is on its own line. */
    static String shortLabel(Period p) {
        return switch (p.kind()) {
            case MONTH -> "T" + p.index();
            case QUARTER -> "Q" + p.index();
            case YEAR -> Integer.toString(p.year());
        };
    }

    private static int x(int i, int left, double step) {
        return left + (int) Math.round(step * i + step / 2);
    }

    private static int y(BigDecimal percent, int plotHeight) {
        BigDecimal clamped = percent.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100));
        return TOP + plotHeight - clamped.multiply(BigDecimal.valueOf(plotHeight))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).intValue();
    }
}
