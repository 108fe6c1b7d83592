package vn.congkhai.render;

import vn.congkhai.compute.Points;
import vn.congkhai.model.CriterionScore;
import vn.congkhai.model.Leaderboard;
import vn.congkhai.model.Standing;
import vn.congkhai.model.Unit;
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
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

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

    /**
     * Every scored unit's points on one criterion, the portal's own ward (the unit named {@code ownUnitName},
     * the site's name) highlighted; with more than {@link #MAX_BARS} units, the number of units per score,
     * the own ward's score highlighted.
     */
    static ChartView criterion(Leaderboard b, String criterionId, BigDecimal max, String ownUnitName) {
        List<Standing> scored = b.standings().stream()
                .filter(s -> s.result().score(criterionId).flatMap(CriterionScore::points).isPresent()).toList();
        Predicate<Unit> own = u -> !ownUnitName.isBlank() && u.name().strip().equalsIgnoreCase(ownUnitName.strip());
        String caption = "Điểm tiêu chí " + criterionId + " của từng đơn vị (tối đa " + Points.format(max) + ")";
        return chart(scored, s -> points(s, criterionId), max, own, "đơn vị chủ quản trang này", caption, "Điểm",
                "Số đơn vị theo điểm tiêu chí " + criterionId + " (tối đa " + Points.format(max) + ")");
    }

    /**
     * The totals of a round's units that have one, highest first, {@code unit} highlighted: where a ward's
     * page shows the ward among the others. No bars when more than {@link #MAX_BARS} units have a total.
     */
    static ChartView totals(Leaderboard b, Unit unit) {
        BigDecimal max = b.rubric().total();
        // a province-wide round has its leaderboard and criterion pages; a chart of thousands of totals on each
        // of thousands of ward pages would say little and cost much
        if (b.standings().stream().filter(s -> s.result().total().isPresent()).limit(MAX_BARS + 1).count() > MAX_BARS) {
            return new ChartView("", "Tổng điểm", true, List.of(), List.of());
        }
        List<Standing> scored = b.standings().stream().filter(s -> s.result().total().isPresent()).toList();
        boolean inChart = scored.stream().anyMatch(s -> s.result().unit().id().equals(unit.id()));
        String absent = inChart ? "" : "; " + unit.name() + " chưa được chấm đủ nên không có trong biểu đồ";
        return chart(scored, s -> s.result().total().orElseThrow(), max, u -> u.id().equals(unit.id()), "đơn vị đang xem",
                "Tổng điểm của các đơn vị đã chấm đủ (tối đa " + Points.format(max) + ")" + absent, "Tổng điểm",
                "Số đơn vị theo tổng điểm (tối đa " + Points.format(max) + ")");
    }

    private static ChartView chart(List<Standing> scored, Function<Standing, BigDecimal> points, BigDecimal max, Predicate<Unit> own,
                                   String ownWords, String caption, String valueHeading, String countCaption) {
        if (scored.size() <= MAX_BARS) {
            List<Standing> sorted = new ArrayList<>(scored);
            sorted.sort(Comparator.comparing(points).reversed()); // stable: equal points keep the board's order
            List<Item> items = new ArrayList<>();
            for (Standing s : sorted) {
                BigDecimal p = points.apply(s);
                Unit u = s.result().unit();
                items.add(new Item(new BarView(u.name(), PagePlanner.unitHref(u), Points.format(p), own.test(u)), share(p, max)));
            }
            return view(caption, valueHeading, true, items, ownWords);
        }
        Map<BigDecimal, Integer> counts = new TreeMap<>(Comparator.reverseOrder());
        Set<BigDecimal> ownScores = new TreeSet<>();
        for (Standing s : scored) {
            BigDecimal p = points.apply(s).stripTrailingZeros();
            counts.merge(p, 1, Integer::sum);
            if (own.test(s.result().unit())) {
                ownScores.add(p);
            }
        }
        int most = counts.values().stream().max(Integer::compare).orElse(1);
        List<Item> items = new ArrayList<>();
        counts.forEach((p, n) -> items.add(new Item(new BarView(Points.format(p) + " điểm", "", String.valueOf(n), ownScores.contains(p)),
                (double) n / most)));
        String ownName = scored.stream().map(s -> s.result().unit()).filter(own).map(Unit::name).findFirst().orElse("");
        return view(countCaption, "Số đơn vị", false, items, ownName.isEmpty() ? "" : "có " + ownName);
    }

    private static ChartView view(String caption, String valueHeading, boolean perUnit, List<Item> items, String ownWords) {
        return new ChartView(caption, valueHeading, perUnit, items.stream().map(Item::view).toList(),
                List.of(layout(items, ChartViews.NARROW, ChartViews.NARROW_WIDTH, ownWords),
                        layout(items, ChartViews.WIDE, ChartViews.WIDE_WIDTH, ownWords)));
    }

    /** {@code ownWords} name the highlighted bar in the legend ("Phường X: {@code ownWords}"). */
    private static BarLayout layout(List<Item> items, String variant, int width, String ownWords) {
        int valueRoom = ChartText.GAP;
        int nameWidth = 0;
        for (Item i : items) {
            boolean bold = i.view().own(); // the highlighted bar's name and value are bold, and wider
            valueRoom = Math.max(valueRoom, (bold ? ChartText.boldWidth(i.view().value()) : ChartText.width(i.view().value())) + ChartText.GAP);
            nameWidth = Math.max(nameWidth, bold ? ChartText.boldWidth(i.view().label()) : ChartText.width(i.view().label()));
        }
        boolean beside = nameWidth + ChartText.GAP <= width * 45 / 100;
        int barLeft = beside ? ChartText.INSET + nameWidth + ChartText.GAP : 0;
        int longest = width - barLeft - valueRoom - ChartText.INSET;
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
            } else { // a long name wraps onto more lines: a ward's name is never cut
                List<String> lines = ChartLegend.wrap(v.label(), (v.own() ? width * 100 / 115 : width) - 2 * ChartText.INSET);
                for (String line : lines) {
                    texts.add(new SvgText(ChartText.INSET, y + ChartText.ASCENT, "start", line, css));
                    y += NAME;
                }
                barY = y;
                y += ROW_ABOVE - NAME;
            }
            int length = Math.max(1, (int) Math.round(i.length() * longest));
            boxes.add(new Box(barLeft, barY, length, BAR, v.own() ? "chart-bar chart-own" : "chart-bar"));
            texts.add(new SvgText(barLeft + length + 6, barY + BAR - 2, "start", v.value(), css));
        }
        ChartLegend legend = new ChartLegend(width, y + 4);
        if (own != null) {
            legend.add("bar", "chart-bar chart-own", own.label() + ": " + ownWords);
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
