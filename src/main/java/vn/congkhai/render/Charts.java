package vn.congkhai.render;

import vn.congkhai.compute.Points;
import vn.congkhai.model.CriterionScore;
import vn.congkhai.model.Leaderboard;
import vn.congkhai.model.Standing;
import vn.congkhai.render.ChartViews.Box;
import vn.congkhai.render.ChartViews.SvgText;
import vn.congkhai.render.Views.BarLayout;
import vn.congkhai.render.Views.BarView;
import vn.congkhai.render.Views.ChartView;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lays out bar charts as numbers for SVG templates: the chart is drawn at build time, needs no script,
 * and its numbers are the same as the table beside it. Up to {@link #MAX_BARS} units get a bar each;
 * more (a province, the country) get one bar per score value with the number of units.
 *
 * <p>Bars run across, so a ward's whole name has a line of its own: above its bar on a phone, beside it
 * on a wider screen when every name fits in under half the width. The portal's own ward (the unit named
 * as the site) is drawn in another colour, its name in bold, and named in a legend.
 */
final class Charts {
    static final int MAX_BARS = 40;
    private static final int BAR = 16;
    /** A name line above its bar: the text and a little air. */
    private static final int NAME = ChartText.ASCENT + ChartText.DESCENT + 3;
    private static final int ROW_ABOVE = NAME + BAR + 12;
    private static final int ROW_BESIDE = BAR + 14;

    private Charts() {
    }

    /** One bar's figures before layout: {@code length} is its share of the longest possible bar, 0..1. */
    private record Item(BarView view, double length) {
    }

    static ChartView criterion(Leaderboard b, String criterionId, BigDecimal max, String ownUnitName) {
        List<Standing> scored = b.standings().stream()
                .filter(s -> s.result().score(criterionId).flatMap(CriterionScore::points).isPresent()).toList();
        if (scored.size() <= MAX_BARS) {
            List<Standing> sorted = new ArrayList<>(scored);
            sorted.sort(Comparator.comparing((Standing s) -> points(s, criterionId)).reversed());
            List<Item> items = new ArrayList<>();
            for (Standing s : sorted) {
                BigDecimal p = points(s, criterionId);
                String name = s.result().unit().name();
                boolean own = !ownUnitName.isBlank() && name.strip().toLowerCase(Locale.ROOT).equals(ownUnitName.strip().toLowerCase(Locale.ROOT));
                items.add(new Item(new BarView(name, PagePlanner.unitHref(s.result().unit()), Points.format(p), own), share(p, max)));
            }
            return view("Điểm tiêu chí " + criterionId + " của từng đơn vị (tối đa " + Points.format(max) + ")", "Điểm", true, items);
        }
        Map<BigDecimal, Integer> counts = new TreeMap<>(Comparator.reverseOrder());
        scored.forEach(s -> counts.merge(points(s, criterionId).stripTrailingZeros(), 1, Integer::sum));
        int most = counts.values().stream().max(Integer::compare).orElse(1);
        List<Item> items = new ArrayList<>();
        counts.forEach((points, n) -> items.add(new Item(new BarView(Points.format(points) + " điểm", "", String.valueOf(n), false),
                (double) n / most)));
        return view("Số đơn vị theo điểm tiêu chí " + criterionId + " (tối đa " + Points.format(max) + ")", "Số đơn vị", false, items);
    }

    private static ChartView view(String caption, String valueHeading, boolean perUnit, List<Item> items) {
        return new ChartView(caption, valueHeading, perUnit, items.stream().map(Item::view).toList(),
                List.of(layout(items, ChartViews.NARROW, ChartViews.NARROW_WIDTH), layout(items, ChartViews.WIDE, ChartViews.WIDE_WIDTH)));
    }

    private static BarLayout layout(List<Item> items, String variant, int width) {
        int valueRoom = ChartText.GAP;
        int nameWidth = 0;
        for (Item i : items) {
            valueRoom = Math.max(valueRoom, ChartText.width(i.view().value()) + ChartText.GAP);
            nameWidth = Math.max(nameWidth, ChartText.width(i.view().label()));
        }
        boolean beside = nameWidth + ChartText.GAP <= width * 45 / 100;
        int barLeft = beside ? nameWidth + ChartText.GAP : 0;
        int longest = width - barLeft - valueRoom - 2;
        List<Box> boxes = new ArrayList<>();
        List<SvgText> texts = new ArrayList<>();
        int y = 4;
        BarView own = null;
        for (Item i : items) {
            BarView v = i.view();
            own = v.own() ? v : own;
            String css = v.own() ? "chart-text chart-strong" : "chart-text";
            int barY;
            if (beside) {
                barY = y + 4;
                texts.add(new SvgText(barLeft - ChartText.GAP, barY + BAR - 2, "end", v.label(), css));
                y += ROW_BESIDE;
            } else {
                texts.add(new SvgText(0, y + ChartText.ASCENT, "start", ChartText.fit(v.label(), width), css));
                barY = y + NAME;
                y += ROW_ABOVE;
            }
            int length = Math.max(1, (int) Math.round(i.length() * longest));
            boxes.add(new Box(barLeft, barY, length, BAR, v.own() ? "chart-bar chart-own" : "chart-bar"));
            texts.add(new SvgText(barLeft + length + 6, barY + BAR - 2, "start", v.value(), css));
        }
        ChartLegend legend = new ChartLegend(width, y + 4);
        if (own != null) {
            legend.add("bar", "chart-bar chart-own", own.label() + ": đơn vị của trang này");
        }
        texts.addAll(legend.texts());
        return new BarLayout(variant, width, legend.bottom() + 4, boxes, texts, legend.swatches());
    }

    private static double share(BigDecimal points, BigDecimal max) {
        return max.signum() == 0 ? 0 : points.divide(max, 6, RoundingMode.HALF_UP).max(BigDecimal.ZERO).min(BigDecimal.ONE).doubleValue();
    }

    private static BigDecimal points(Standing s, String criterionId) {
        return s.result().score(criterionId).flatMap(CriterionScore::points).orElse(BigDecimal.ZERO);
    }
}
