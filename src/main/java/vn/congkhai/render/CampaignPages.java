package vn.congkhai.render;

import vn.congkhai.model.Campaign;
import vn.congkhai.model.CampaignState;
import vn.congkhai.model.Results;
import vn.congkhai.render.PublicationViews.CampaignSummary;
import vn.congkhai.render.PublicationViews.CampaignView;
import vn.congkhai.render.PublicationViews.MilestoneView;
import vn.congkhai.render.PublicationViews.PhaseView;
import vn.congkhai.render.PublicationViews.TaskView;
import vn.congkhai.render.Views.Link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Campaigns and plans: what is done, what is due and what is overdue as of the build date, on a timeline. */
final class CampaignPages {
    private final PagePlanner planner;
    private final Results results;
    private final List<CampaignState> states;

    CampaignPages(PagePlanner planner, Results results) {
        this.planner = planner;
        this.results = results;
        this.states = results.publications().campaigns();
    }

    static String href(Campaign c) {
        return "phong-trao/" + c.id() + ".html";
    }

    List<PageSpec> pages() {
        if (states.isEmpty()) {
            return List.of();
        }
        List<PageSpec> pages = new ArrayList<>();
        pages.add(planner.page("phong-trao/index.html", "campaigns.ftlh", "Phong trào thi đua, kế hoạch",
                "Các phong trào thi đua, cuộc thi và kế hoạch: các đợt, mốc thời gian, nhiệm vụ và tiến độ.", "campaigns",
                Map.of("campaigns", states.stream().map(s -> new CampaignSummary(s.campaign().title(), href(s.campaign()),
                        s.campaign().kind(), period(s.campaign().from(), s.campaign().to()), s.overall().label, css(s.overall()),
                        s.campaign().illustrative())).toList(),
                        "illustrative", IllustrativeNote.campaigns(states.stream().map(s -> s.campaign().illustrative()).toList()))));
        for (CampaignState s : states) {
            Campaign c = s.campaign();
            pages.add(planner.lazyPage(href(c), "campaign.ftlh", c.title(), c.kind() + ": " + c.title(), "campaign",
                    () -> Map.of("campaign", view(s))));
        }
        return pages;
    }

    private CampaignView view(CampaignState s) {
        Campaign c = s.campaign();
        LocalDate asOf = results.publications().asOf();
        String document = c.document().number().isEmpty() ? "" : c.document().number() + " ngày "
                + DocumentPages.date(c.document().date()) + (c.document().issuer().isEmpty() ? "" : " của " + c.document().issuer());
        return new CampaignView(c.title(), c.kind(), document, c.theme(), c.participants(), period(c.from(), c.to()),
                s.overall().label, css(s.overall()), TimelineChart.of(s, asOf),
                s.phases().stream().map(p -> new PhaseView(p.phase().name(), period(p.phase().from(), p.phase().to()), p.progress().label,
                        p.milestones().stream().map(m -> new MilestoneView(m.milestone().name(), DocumentPages.date(m.milestone().due()),
                                m.milestone().due().toString(), m.status().label, css(m.status()), note(m))).toList())).toList(),
                s.tasks().stream().map(t -> new TaskView(t.task().task(), t.task().lead(), String.join(", ", t.task().cooperating()),
                        t.task().deadline().map(DocumentPages::date).orElse("Thường xuyên"), t.status().label, css(t.status()))).toList(),
                c.prizes(), related(c), DocumentPages.date(asOf), c.illustrative());
    }

    private static String note(CampaignState.MilestoneState m) {
        return switch (m.status()) {
            case DONE, DONE_LATE -> "Hoàn thành ngày " + DocumentPages.date(m.milestone().done().orElseThrow());
            case DUE -> m.daysLeft() == 0 ? "Hạn là hôm nay" : "Còn " + m.daysLeft() + " ngày";
            case OVERDUE -> "Quá hạn " + (-m.daysLeft()) + " ngày";
            case ONGOING -> "";
        };
    }

    private List<Link> related(Campaign c) {
        List<Link> links = new ArrayList<>();
        c.rubric().flatMap(id -> results.project().rubric(id))
                .ifPresent(r -> links.add(new Link("Bộ tiêu chí: " + r.title(), PagePlanner.rubricHref(r), "")));
        c.round().flatMap(id -> results.leaderboards().stream().filter(b -> b.sheet().id().equals(id)).findFirst())
                .ifPresent(b -> links.add(new Link("Bảng xếp hạng: " + b.sheet().title(), PagePlanner.boardHref(b), "")));
        c.awards().flatMap(id -> results.awards().stream().filter(a -> a.plan().id().equals(id)).findFirst())
                .ifPresent(a -> links.add(new Link("Khen thưởng: " + a.plan().title(), "khen-thuong/" + a.plan().id() + ".html", "")));
        c.kpi().flatMap(id -> results.project().publications().kpis().stream().filter(k -> k.id().equals(id)).findFirst())
                .ifPresent(k -> links.add(new Link("Chỉ số: " + k.title(), KpiPages.href(k), "")));
        return links;
    }

    static String period(LocalDate from, LocalDate to) {
        return "Từ " + DocumentPages.date(from) + " đến " + DocumentPages.date(to);
    }

    static String css(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
