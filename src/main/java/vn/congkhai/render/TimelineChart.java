package vn.congkhai.render;

import vn.congkhai.model.Campaign;
import vn.congkhai.model.CampaignState;
import vn.congkhai.render.ChartViews.Box;
import vn.congkhai.render.ChartViews.SvgText;
import vn.congkhai.render.PublicationViews.Tick;
import vn.congkhai.render.PublicationViews.TimelineLayout;
import vn.congkhai.render.PublicationViews.TimelineMark;
import vn.congkhai.render.PublicationViews.TimelineView;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Lays out a campaign's timeline for SVG, drawn at build time: one row per phase (or one for the whole
 * campaign when it has no phases) with the phase's name above its bar, milestones as shapes (one per status) under
 * their phase's bar coloured by status, months on the axis ("T3", the year under the first month of each
 * year, only as many as fit), the build date as a line, and a legend in words for the colours.
 */
final class TimelineChart {
    private static final int EDGE = 8;
    private static final int TOP = 4;
    private static final int NAME = ChartText.ASCENT + ChartText.DESCENT + 2;
    private static final int BAR = 16;
    private static final int MARK = 12;
    private static final int ROW = NAME + BAR + MARK + 12;
    private static final int TEXT_LINE = ChartText.ASCENT + ChartText.DESCENT;

    private TimelineChart() {
    }

    static TimelineView of(CampaignState s, LocalDate asOf) {
        Campaign c = s.campaign();
        LocalDate from = c.from();
        LocalDate to = c.to();
        for (Campaign.Phase p : c.phases()) {
            from = p.from().isBefore(from) ? p.from() : from;
            to = p.to().isAfter(to) ? p.to() : to;
            for (Campaign.Milestone m : p.milestones()) { // a report may fall due after the phase it closes
                to = m.due().isAfter(to) ? m.due() : to;
            }
        }
        Span span = new Span(from, to);
        boolean todayShown = !asOf.isBefore(from) && !asOf.isAfter(to);
        String todayLabel = "Hôm nay " + DocumentPages.date(asOf);
        return new TimelineView("Tiến độ " + c.title() + " tính đến ngày " + DocumentPages.date(asOf), todayShown, todayLabel,
                List.of(layout(s, span, asOf, todayShown, todayLabel, ChartViews.NARROW, ChartViews.NARROW_WIDTH),
                        layout(s, span, asOf, todayShown, todayLabel, ChartViews.WIDE, ChartViews.WIDE_WIDTH)));
    }

    /** The days the chart covers, from the first start to the last date any phase or milestone reaches. */
    private record Span(LocalDate from, LocalDate to) {
        long days() {
            return Math.max(1, ChronoUnit.DAYS.between(from, to) + 1);
        }

        int x(LocalDate d, int width) {
            long offset = Math.max(0, Math.min(days(), ChronoUnit.DAYS.between(from, d)));
            return EDGE + (int) Math.round((double) offset * (width - 2 * EDGE) / days());
        }
    }

    private static TimelineLayout layout(CampaignState s, Span span, LocalDate asOf, boolean todayShown, String todayLabel,
                                         String variant, int width) {
        Campaign c = s.campaign();
        LabelSpace space = new LabelSpace(width);
        List<SvgText> texts = new ArrayList<>();
        List<Box> bars = new ArrayList<>();
        List<TimelineMark> marks = new ArrayList<>();
        Set<CampaignState.Progress> progresses = new LinkedHashSet<>();
        Set<CampaignState.Status> statuses = new java.util.TreeSet<>();
        if (s.phases().isEmpty()) {
            row(0, c.from(), c.to(), c.title(), CampaignPages.css(s.overall()), span, width, bars, texts, space);
            progresses.add(s.overall());
        }
        for (int i = 0; i < s.phases().size(); i++) {
            CampaignState.PhaseState p = s.phases().get(i);
            row(i, p.phase().from(), p.phase().to(), p.phase().name(), CampaignPages.css(p.progress()), span, width, bars, texts, space);
            progresses.add(p.progress());
            for (CampaignState.MilestoneState m : p.milestones()) {
                marks.add(new TimelineMark(ChartViews.Swatch.shape(shape(m.status()), span.x(m.milestone().due(), width), TOP + i * ROW + NAME + BAR + 8),
                        m.milestone().name() + " (" + DocumentPages.date(m.milestone().due()) + "): " + m.status().label,
                        CampaignPages.css(m.status())));
                statuses.add(m.status());
            }
        }
        int rows = Math.max(1, s.phases().size());
        int axisY = TOP + rows * ROW;
        List<Tick> grid = new ArrayList<>();
        boolean twoLines = months(span, width, axisY, grid, texts, space);
        ChartLegend legend = new ChartLegend(width, axisY + 6 + (twoLines ? 2 : 1) * TEXT_LINE + 10);
        for (CampaignState.Progress p : progresses) {
            legend.add("bar", "tl-bar tl-" + CampaignPages.css(p),
                    s.phases().isEmpty() ? p.label : "Đợt " + p.label.toLowerCase(java.util.Locale.ROOT));
        }
        for (CampaignState.Status st : statuses) {
            legend.add(shape(st), "tl-mark tl-" + CampaignPages.css(st), "Mốc " + st.label.toLowerCase(java.util.Locale.ROOT));
        }
        if (todayShown) {
            legend.add("line", "tl-today", todayLabel);
        }
        texts.addAll(legend.texts());
        return new TimelineLayout(variant, width, legend.bottom() + 4, axisY, grid, bars, marks, todayShown,
                todayShown ? span.x(asOf, width) : 0, texts, legend.swatches());
    }

    /** Each status its own shape: done a dot, done late a triangle, not yet due a ring, overdue a diamond, ongoing a square. */
    static String shape(CampaignState.Status status) {
        return switch (status) {
            case DONE -> "dot";
            case DONE_LATE -> "mark";
            case DUE -> "ring";
            case OVERDUE -> "diamond";
            case ONGOING -> "square";
        };
    }

    /** A phase's bar and, above it, its name where the bar starts, moved left as far as it must to stay inside. */
    private static void row(int row, LocalDate from, LocalDate to, String name, String css, Span span, int width,
                            List<Box> bars, List<SvgText> texts, LabelSpace space) {
        int x1 = span.x(from, width);
        int x2 = span.x(to.plusDays(1), width);
        int top = TOP + row * ROW;
        bars.add(new Box(x1, top + NAME, Math.max(2, x2 - x1), BAR, "tl-bar tl-" + css));
        String label = ChartText.fit(name, width - 2 * ChartText.INSET);
        int left = Math.max(ChartText.INSET, Math.min(x1, width - ChartText.INSET - ChartText.width(label)));
        texts.add(space.reserve(new SvgText(left, top + ChartText.ASCENT, "start", label, "chart-text")));
    }

    /**
     * Month lines and, under the rows, every k-th month ("T3") in the middle of its month so that the
     * labels keep apart, with the year under the first labelled month of each year; true if there is
     * such a year line.
     */
    private static boolean months(Span span, int width, int axisY, List<Tick> grid, List<SvgText> texts, LabelSpace space) {
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate m = span.from().withDayOfMonth(1); !m.isAfter(span.to()); m = m.plusMonths(1)) {
            starts.add(m);
        }
        double monthWidth = (double) (width - 2 * EDGE) * 30.4 / span.days();
        int every = Math.max(1, (int) Math.ceil((ChartText.width("T12") + ChartText.GAP) / monthWidth));
        int baseline = axisY + 6 + ChartText.ASCENT;
        Integer lastYear = null;
        boolean twoLines = false;
        for (int i = 0; i < starts.size(); i++) {
            LocalDate m = starts.get(i);
            if (!m.isBefore(span.from())) {
                grid.add(new Tick(span.x(m, width), ""));
            }
            if (i % every != 0) {
                continue;
            }
            int mid = (span.x(m.isBefore(span.from()) ? span.from() : m, width) + span.x(m.plusMonths(1), width)) / 2;
            if (space.centred("T" + m.getMonthValue(), mid, baseline, ChartText.INSET, width - ChartText.INSET, "chart-text").map(t -> texts.add(t)).isPresent()
                    && (lastYear == null || lastYear != m.getYear())) {
                space.centred(Integer.toString(m.getYear()), mid, baseline + TEXT_LINE, ChartText.INSET, width - ChartText.INSET,
                        "chart-text chart-muted")
                        .ifPresent(texts::add);
                twoLines = true;
                lastYear = m.getYear();
            }
        }
        return twoLines;
    }
}
