package vn.congkhai.render;

import vn.congkhai.compute.Points;
import vn.congkhai.model.CriterionScore;
import vn.congkhai.model.Leaderboard;
import vn.congkhai.model.Standing;
import vn.congkhai.render.Views.BarView;
import vn.congkhai.render.Views.ChartView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lays out bar charts as numbers for SVG templates: the chart is drawn at build time, needs no script,
 * and its numbers are the same as the table beside it. Up to {@link #MAX_BARS} units get a bar each;
 * more (a province, the country) get one bar per score value with the number of units.
 */
final class Charts {
    static final int MAX_BARS = 40;
    private static final int WIDTH = 400;
    private static final int LABEL = 150;
    private static final int BAR = 20;
    private static final int GAP = 8;

    private Charts() {
    }

    static ChartView criterion(Leaderboard b, String criterionId, BigDecimal max) {
        List<Standing> scored = b.standings().stream()
                .filter(s -> s.result().score(criterionId).flatMap(CriterionScore::points).isPresent()).toList();
        if (scored.size() <= MAX_BARS) {
            List<Standing> sorted = new ArrayList<>(scored);
            sorted.sort(Comparator.comparing((Standing s) -> points(s, criterionId)).reversed());
            List<BarView> bars = new ArrayList<>();
            for (int i = 0; i < sorted.size(); i++) {
                Standing s = sorted.get(i);
                BigDecimal p = points(s, criterionId);
                bars.add(bar(i, s.result().unit().name(), PagePlanner.unitHref(s.result().unit()), Points.format(p), scale(p, max)));
            }
            return new ChartView("Điểm tiêu chí " + criterionId + " của từng đơn vị (tối đa " + Points.format(max) + ")",
                    "Điểm", WIDTH, height(bars.size()), LABEL, BAR, true, bars);
        }
        Map<BigDecimal, Integer> counts = new TreeMap<>(Comparator.reverseOrder());
        scored.forEach(s -> counts.merge(points(s, criterionId).stripTrailingZeros(), 1, Integer::sum));
        int most = counts.values().stream().max(Integer::compare).orElse(1);
        List<BarView> bars = new ArrayList<>();
        counts.forEach((points, n) -> bars.add(bar(bars.size(), Points.format(points) + " điểm", "", String.valueOf(n),
                (int) Math.round((double) n / most * (WIDTH - LABEL - 60)))));
        return new ChartView("Số đơn vị theo điểm tiêu chí " + criterionId + " (tối đa " + Points.format(max) + ")",
                "Số đơn vị", WIDTH, height(bars.size()), LABEL, BAR, false, bars);
    }

    private static BarView bar(int i, String label, String href, String value, int width) {
        int y = GAP + i * (BAR + GAP);
        return new BarView(label, href, value, y, Math.max(width, 1), y + BAR - 4);
    }

    private static int scale(BigDecimal points, BigDecimal max) {
        return max.signum() == 0 ? 0 : points.multiply(BigDecimal.valueOf(WIDTH - LABEL - 60))
                .divide(max, 0, java.math.RoundingMode.HALF_UP).intValue();
    }

    private static int height(int bars) {
        return GAP + bars * (BAR + GAP);
    }

    private static BigDecimal points(Standing s, String criterionId) {
        return s.result().score(criterionId).flatMap(CriterionScore::points).orElse(BigDecimal.ZERO);
    }
}
