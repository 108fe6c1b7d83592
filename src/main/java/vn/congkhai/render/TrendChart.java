package vn.congkhai.render;

import vn.congkhai.model.IndicatorResult;
import vn.congkhai.render.PublicationViews.Tick;
import vn.congkhai.render.PublicationViews.TrendPoint;
import vn.congkhai.render.PublicationViews.TrendView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out an indicator's trend for an SVG line chart: 0–100% on the vertical axis, one step per period,
 * the target as a line. A period without data has no point: the line is broken there, never drawn to 0.
 */
final class TrendChart {
    private static final int WIDTH = 480;
    private static final int HEIGHT = 260;
    private static final int LEFT = 48;
    private static final int TOP = 16;
    private static final int PLOT_HEIGHT = 190;
    private static final int RIGHT = 16;

    private TrendChart() {
    }

    static TrendView of(IndicatorResult r, String caption) {
        List<IndicatorResult.Line> lines = r.lines();
        int n = Math.max(lines.size(), 1);
        int step = (WIDTH - LEFT - RIGHT) / n;
        List<TrendPoint> points = new ArrayList<>();
        StringBuilder path = new StringBuilder();
        boolean penDown = false;
        for (int i = 0; i < lines.size(); i++) {
            IndicatorResult.Line l = lines.get(i);
            int x = LEFT + step * i + step / 2;
            if (l.percent().isPresent()) {
                int y = y(l.percent().get());
                path.append(penDown ? " L" : (path.length() == 0 ? "M" : " M")).append(x).append(',').append(y);
                penDown = true;
                points.add(new TrendPoint(x, y, true, l.value().period().label(), KpiPages.percent(l.percent().get()), y - 8));
            } else {
                penDown = false;
                points.add(new TrendPoint(x, TOP + PLOT_HEIGHT, false, l.value().period().label(), l.verdict().label, TOP + PLOT_HEIGHT - 8));
            }
        }
        List<Tick> ticks = new ArrayList<>();
        for (int p = 0; p <= 100; p += 25) {
            ticks.add(new Tick(y(BigDecimal.valueOf(p)), p + "%"));
        }
        return new TrendView(WIDTH, HEIGHT, LEFT, TOP, PLOT_HEIGHT, y(r.indicator().target()), caption, path.toString(), points, ticks);
    }

    private static int y(BigDecimal percent) {
        BigDecimal clamped = percent.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100));
        return TOP + PLOT_HEIGHT - clamped.multiply(BigDecimal.valueOf(PLOT_HEIGHT))
                .divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.HALF_UP).intValue();
    }
}
