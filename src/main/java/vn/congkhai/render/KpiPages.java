package vn.congkhai.render;

import vn.congkhai.model.IndicatorResult;
import vn.congkhai.model.KpiBoard;
import vn.congkhai.model.Results;
import vn.congkhai.render.PublicationViews.BoardSummary;
import vn.congkhai.render.PublicationViews.IndicatorSummary;
import vn.congkhai.render.PublicationViews.IndicatorView;
import vn.congkhai.render.PublicationViews.KpiBoardView;
import vn.congkhai.render.PublicationViews.KpiRow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Indicator dashboards: every share shown with the counts it comes from, so anyone can recompute it. */
final class KpiPages {
    private final PagePlanner planner;
    private final List<KpiBoard> boards;
    private final List<IndicatorResult> results;

    KpiPages(PagePlanner planner, Results results) {
        this.planner = planner;
        this.boards = results.project().publications().kpis();
        this.results = results.publications().indicators();
    }

    static String href(KpiBoard b) {
        return "chi-so/" + b.id() + ".html";
    }

    List<PageSpec> pages() {
        if (boards.isEmpty()) {
            return List.of();
        }
        List<PageSpec> pages = new ArrayList<>();
        pages.add(planner.page("chi-so/index.html", "kpis.ftlh", "Chỉ số phục vụ người dân",
                "Các chỉ số giải quyết thủ tục hành chính, dịch vụ công trực tuyến và mức độ hài lòng, so với chỉ tiêu.", "kpis",
                Map.of("boards", boards.stream().map(this::summary).toList(),
                        "illustrative", IllustrativeNote.kpiBoards(boards.stream().map(KpiBoard::illustrative).toList()))));
        for (KpiBoard b : boards) {
            pages.add(planner.lazyPage(href(b), "kpi.ftlh", b.title(), b.description().isEmpty() ? b.title() : b.description(), "kpi",
                    () -> Map.of("board", new KpiBoardView(b.title(), b.description(), b.legalBasis(),
                            b.indicators().stream().map(this::view).toList(), b.illustrative(), summaryLine(b),
                            b.indicators().stream().map(this::contentsLine).toList()))));
        }
        return pages;
    }

    private IndicatorResult result(KpiBoard.Indicator i) {
        return results.stream().filter(r -> r.indicator() == i).findFirst().orElseThrow();
    }

    private BoardSummary summary(KpiBoard b) {
        return new BoardSummary(b.title(), href(b), b.description(), b.indicators().stream().map(i -> {
            Optional<IndicatorResult.Line> latest = result(i).latest();
            return new IndicatorSummary(i.name(), target(i), latest.map(l -> l.value().period().label()).orElse(""),
                    latest.map(KpiPages::shown).orElse(IndicatorResult.Verdict.NO_DATA.label),
                    latest.map(l -> l.verdict().label).orElse(IndicatorResult.Verdict.NO_DATA.label),
                    latest.map(l -> cssClass(l.verdict())).orElse("no-data"));
        }).toList(), b.illustrative());
    }

    /** The latest verdict of each indicator, counted: "Kỳ gần nhất: 4/6 chỉ số đạt chỉ tiêu; 1 chưa đạt; 1 chưa có số liệu." */
    private String summaryLine(KpiBoard b) {
        java.util.EnumMap<IndicatorResult.Verdict, Integer> counts = new java.util.EnumMap<>(IndicatorResult.Verdict.class);
        for (KpiBoard.Indicator i : b.indicators()) {
            counts.merge(result(i).latest().map(IndicatorResult.Line::verdict).orElse(IndicatorResult.Verdict.NO_DATA), 1, Integer::sum);
        }
        StringBuilder s = new StringBuilder("Kỳ gần nhất: ").append(counts.getOrDefault(IndicatorResult.Verdict.MET, 0))
                .append('/').append(b.indicators().size()).append(" chỉ số đạt chỉ tiêu");
        for (IndicatorResult.Verdict v : List.of(IndicatorResult.Verdict.NOT_MET, IndicatorResult.Verdict.NO_CASES, IndicatorResult.Verdict.NO_DATA)) {
            if (counts.containsKey(v)) {
                s.append("; ").append(counts.get(v)).append(' ').append(v.label.toLowerCase(java.util.Locale.forLanguageTag("vi")));
            }
        }
        return s.append('.').toString();
    }

    private PublicationViews.KpiContentsLine contentsLine(KpiBoard.Indicator i) {
        Optional<IndicatorResult.Line> latest = result(i).latest();
        return new PublicationViews.KpiContentsLine(i.id(), i.name(),
                latest.map(l -> l.percent().map(p -> percent(p) + " (" + l.value().period().label() + ")")
                        .orElse(l.value().period().label())).orElse(""),
                latest.map(l -> l.verdict().label).orElse(IndicatorResult.Verdict.NO_DATA.label),
                latest.map(l -> cssClass(l.verdict())).orElse("no-data"));
    }

    private IndicatorView view(KpiBoard.Indicator i) {
        IndicatorResult r = result(i);
        return new IndicatorView(i.id(), i.name(), i.numerator(), i.denominator(), target(i), i.legalBasis(),
                TrendChart.of(r, "Diễn biến " + lower(i.name()) + " theo kỳ, so với chỉ tiêu " + target(i)),
                r.lines().stream().map(l -> new KpiRow(l.value().period().label(),
                        l.value().numerator().map(String::valueOf).orElse("—"),
                        l.value().denominator().map(String::valueOf).orElse("—"),
                        shown(l), l.verdict().label, cssClass(l.verdict()))).toList());
    }

    private static String lower(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    static String target(KpiBoard.Indicator i) {
        return i.comparison().words + " " + percent(i.target());
    }

    static String shown(IndicatorResult.Line l) {
        return l.percent().map(KpiPages::percent).orElse(l.verdict().label);
    }

    /** "95,5%": Vietnamese writes the decimal comma. */
    static String percent(BigDecimal p) {
        return p.stripTrailingZeros().toPlainString().replace('.', ',') + "%";
    }

    static String cssClass(IndicatorResult.Verdict v) {
        return switch (v) {
            case MET -> "met";
            case NOT_MET -> "not-met";
            case NO_DATA -> "no-data";
            case NO_CASES -> "no-cases";
        };
    }
}
