package vn.congkhai.render;

import vn.congkhai.model.Campaign;
import vn.congkhai.model.CampaignState;
import vn.congkhai.render.PublicationViews.Tick;
import vn.congkhai.render.PublicationViews.TimelineBar;
import vn.congkhai.render.PublicationViews.TimelineMark;
import vn.congkhai.render.PublicationViews.TimelineView;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a campaign's timeline for SVG, drawn at build time: one row per phase (or one for the whole
 * campaign when it has no phases), milestones as marks on their phase's row coloured by status, months
 * on the axis, and the build date as a line.
 */
final class TimelineChart {
    private static final int WIDTH = 480;
    private static final int LEFT = 8;
    private static final int RIGHT = 8;
    private static final int ROW = 44;
    private static final int BAR = 18;
    private static final int TOP = 24;

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
        long days = Math.max(1, ChronoUnit.DAYS.between(from, to) + 1);
        List<TimelineBar> bars = new ArrayList<>();
        List<TimelineMark> marks = new ArrayList<>();
        if (s.phases().isEmpty()) {
            bars.add(bar(0, c.from(), c.to(), c.title(), CampaignPages.css(s.overall()), from, days));
        }
        for (int i = 0; i < s.phases().size(); i++) {
            CampaignState.PhaseState p = s.phases().get(i);
            bars.add(bar(i, p.phase().from(), p.phase().to(), p.phase().name(), CampaignPages.css(p.progress()), from, days));
            for (CampaignState.MilestoneState m : p.milestones()) {
                marks.add(new TimelineMark(x(m.milestone().due(), from, days), TOP + i * ROW + BAR + 2,
                        m.milestone().name() + " (" + DocumentPages.date(m.milestone().due()) + "): " + m.status().label,
                        CampaignPages.css(m.status())));
            }
        }
        int rows = Math.max(1, s.phases().size());
        int height = TOP + rows * ROW + 24;
        List<Tick> axis = new ArrayList<>();
        for (LocalDate m = from.withDayOfMonth(1).plusMonths(from.getDayOfMonth() == 1 ? 0 : 1); !m.isAfter(to); m = m.plusMonths(1)) {
            axis.add(new Tick(x(m, from, days), m.getMonthValue() + "/" + m.getYear()));
        }
        boolean todayShown = !asOf.isBefore(from) && !asOf.isAfter(to);
        return new TimelineView(WIDTH, height, "Tiến độ " + c.title() + " tính đến ngày " + DocumentPages.date(asOf),
                bars, marks, todayShown ? x(asOf, from, days) : 0, todayShown, "Hôm nay " + DocumentPages.date(asOf), axis);
    }

    private static TimelineBar bar(int row, LocalDate from, LocalDate to, String label, String css, LocalDate start, long days) {
        int x1 = x(from, start, days);
        int x2 = x(to.plusDays(1), start, days);
        int y = TOP + row * ROW;
        boolean nearRight = x1 > WIDTH / 2;
        return new TimelineBar(x1, y, Math.max(2, x2 - x1), BAR, label, css, nearRight ? Math.max(x2, x1 + 2) : x1, y - 4,
                nearRight ? "end" : "start");
    }

    private static int x(LocalDate d, LocalDate start, long days) {
        long offset = Math.max(0, Math.min(days, ChronoUnit.DAYS.between(start, d)));
        return LEFT + (int) Math.round((double) offset * (WIDTH - LEFT - RIGHT) / days);
    }
}
