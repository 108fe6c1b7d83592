package vn.congkhai.check;

import vn.congkhai.Problems;
import vn.congkhai.model.Conformance;
import vn.congkhai.model.ContentDoc;
import vn.congkhai.model.Problem;
import vn.congkhai.model.Project;
import vn.congkhai.model.Publications;
import vn.congkhai.model.Rule;
import vn.congkhai.model.Say;
import vn.congkhai.model.RuleOutcome;
import vn.congkhai.model.Site;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Verifies every conformance rule against the data and the built pages (NĐ 224 Điều 12: completeness and
 * timeliness measured automatically). Runs once the other pages are rendered and checked; the conformance
 * page it feeds is rendered after it. An unmet rule is a build problem at its own level.
 */
public final class ConformanceChecker {
    private final Site site;
    private final List<ContentDoc> docs;
    private final Publications publications;
    private final LocalDate buildDate;

    public ConformanceChecker(Project project, LocalDate buildDate) {
        this.site = project.site();
        this.docs = project.docs();
        this.publications = project.publications();
        this.buildDate = buildDate;
    }

    /**
     * @param built the folder holding the site as it will be published (the staging folder)
     */
    public Conformance check(List<Rule> rules, Path built, Problems problems) {
        BuiltPages pages = new BuiltPages(built);
        List<RuleOutcome> outcomes = new ArrayList<>();
        for (Rule rule : rules) {
            RuleOutcome outcome = outcome(rule, pages);
            outcomes.add(outcome);
            if (outcome.status() == RuleOutcome.Status.UNMET) {
                problems.add(problem(outcome));
            }
        }
        return new Conformance(buildDate, List.copyOf(outcomes));
    }

    private RuleOutcome outcome(Rule rule, BuiltPages pages) {
        if (rule.level() == Rule.Level.OFF) {
            return new RuleOutcome(rule, RuleOutcome.Status.OFF, Say.same("Phường đã tắt quy tắc này. Lý do: " + rule.reason()),
                    Optional.empty(), Say.NOTHING);
        }
        if (buildDate.isBefore(rule.from())) {
            return new RuleOutcome(rule, RuleOutcome.Status.NOT_YET, Say.same("Áp dụng từ ngày " + TimingRules.VI_DATE.format(rule.from()) + "."),
                    Optional.empty(), Say.NOTHING);
        }
        Finding f = switch (rule.kind()) {
            case PAGE -> PageRules.page(rule, pages);
            case PAGES -> PageRules.pages(rule, pages);
            case LEADERS -> SiteRules.leaders(rule, site, pages);
            case HEADER -> SiteRules.header(rule, site, pages);
            case FOOTER -> SiteRules.footer(rule, site, pages);
            case BASICS -> SiteRules.basics(rule, pages);
            case RATING_LINK -> SiteRules.ratingLink(rule, site, pages);
            case FRESHNESS -> TimingRules.freshness(rule, docs, buildDate);
            case DOWNTIME_NOTICE -> TimingRules.downtime(rule, site, publications.calendar(), buildDate);
            case NOTICE_PUBLISH_DAYS, NOTICE_POSTING_DAYS, NOTICE_LOUDSPEAKER_DAYS, NOTICE_QUARTERLY_LISTS ->
                    NoticeRules.check(rule.kind(), publications, buildDate, pages);
            case MANUAL -> null;
        };
        if (f == null) {
            return new RuleOutcome(rule, RuleOutcome.Status.MANUAL, Say.same(rule.text("note")), Optional.empty(), Say.NOTHING);
        }
        return new RuleOutcome(rule, f.met() ? RuleOutcome.Status.MET : RuleOutcome.Status.UNMET, f.detail(), f.fixAt(), f.hint(), f.citizens());
    }

    /** "Chưa đáp ứng quy định `tiep-can-thong-tin` (Luật 104/2016/QH13 Điều 19): Không có trang ...". */
    private static Problem problem(RuleOutcome o) {
        Rule r = o.rule();
        Say message = Say.of("Chưa đáp ứng quy định `" + r.id() + "` (" + r.citation() + "):",
                "Rule `" + r.id() + "` (" + r.citation() + ") is not met:").then(o.reason());
        Say hint = r.level() == Rule.Level.ERROR
                ? o.hint().then(Say.of("Quy định này ở mức lỗi nên cổng không được xuất bản.",
                        "This rule is at error level, so the portal is not published."))
                : o.hint();
        return r.level() == Rule.Level.ERROR
                ? Problem.error(o.fixAt().orElse(r.at()), "", message, hint)
                : Problem.warning(o.fixAt().orElse(r.at()), "", message, hint);
    }
}
