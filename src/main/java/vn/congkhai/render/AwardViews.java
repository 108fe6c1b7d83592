package vn.congkhai.render;

import vn.congkhai.compute.Points;
import vn.congkhai.model.AwardPlan;
import vn.congkhai.model.AwardResult;
import vn.congkhai.model.Unit;
import vn.congkhai.render.Views.AwardView;
import vn.congkhai.render.Views.DecisionView;
import vn.congkhai.render.Views.ExclusionView;
import vn.congkhai.render.Views.Link;
import vn.congkhai.render.Views.ProposalView;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The views of the award pages: plans grouped by round, and each plan's rules, proposals and decisions in words. */
final class AwardViews {
    private AwardViews() {
    }

    /** Award plans grouped by the round they reward ("Năm 2024"), newest round first. */
    static List<Views.AwardGroup> groups(List<AwardResult> awards) {
        Map<String, List<Link>> groups = new LinkedHashMap<>();
        List<AwardResult> newestFirst = new ArrayList<>(awards);
        java.util.Collections.reverse(newestFirst);
        for (AwardResult a : newestFirst) {
            String label = a.round().sheet().round().isEmpty() ? a.round().sheet().title() : a.round().sheet().round();
            groups.computeIfAbsent(label, k -> new ArrayList<>()).add(new Link(a.plan().title(), href(a.plan()),
                    a.round().sheet().title() + " · " + (a.plan().decisions().isEmpty() ? "chưa có quyết định"
                            : a.plan().decisions().size() + " quyết định")));
        }
        return groups.entrySet().stream().map(e -> new Views.AwardGroup(e.getKey(), e.getValue())).toList();
    }

    static AwardView view(AwardResult a, List<Unit> allUnits) {
        AwardPlan p = a.plan();
        List<String> prizes = p.prizes().stream().map(x -> String.format("%02d %s", x.count(), x.label())).toList();
        List<String> rules = new ArrayList<>();
        for (AwardPlan.Eligibility e : p.eligibility()) {
            String basis = e.legalBasis().isEmpty() ? "" : " (" + e.legalBasis() + ")";
            rules.add(switch (e.kind()) {
                case NO_CONDUCT_VIOLATION -> "Tập thể có thành viên vi phạm quy tắc ứng xử không được xét" + basis + ".";
                case DOSSIER_ON_TIME -> "Hồ sơ đề nghị nộp sau ngày " + e.deadline().map(PagePlanner.VI_DATE::format).orElse("?")
                        + " hoặc không nộp thì không được xét" + basis + ".";
                case MINIMUM_TOTAL -> "Tổng điểm dưới " + e.minimum().map(Points::format).orElse("?") + " không được xét" + basis + ".";
            });
        }
        p.quota().ifPresent(q -> rules.add("Số tập thể được khen thưởng: từ " + q.min() + " đến " + q.max()
                + (q.legalBasis().isEmpty() ? "" : " (" + q.legalBasis() + ")") + "."));
        List<ProposalView> proposals = a.proposals().stream().map(x -> new ProposalView(x.prize(), String.valueOf(x.rank()),
                x.unit().name(), PagePlanner.unitHref(x.unit()), x.tiedAtBoundary())).toList();
        List<ExclusionView> excluded = a.excluded().stream().map(x -> new ExclusionView(x.unit().name(), PagePlanner.unitHref(x.unit()),
                x.rank() == 0 ? "—" : String.valueOf(x.rank()), x.reason())).toList();
        Map<String, Unit> units = new HashMap<>();
        allUnits.forEach(u -> units.put(u.id(), u));
        java.util.function.Function<String, String> unitName = id -> units.containsKey(id) ? units.get(id).name() : id;
        List<DecisionView> decisions = p.decisions().stream().map(d -> new DecisionView(d.number(), PagePlanner.VI_DATE.format(d.date()),
                d.date().toString(), d.issuer(), d.form(), d.reason(), d.recipients().stream()
                .map(r -> new Link(r.individual() ? r.person() + " (" + unitName.apply(r.unitId()) + ")" : unitName.apply(r.unitId()),
                        r.individual() || !units.containsKey(r.unitId()) ? "" : PagePlanner.unitHref(units.get(r.unitId())), r.prize())).toList())).toList();
        List<String> individualRules = new ArrayList<>();
        p.monthlyRating().ifPresent(m -> individualRules.add("Cá nhân phải được xếp loại " + m.grade() + " tất cả các tháng từ "
                + String.format("%02d/%d", m.from().getMonthValue(), m.from().getYear()) + " đến "
                + String.format("%02d/%d", m.to().getMonthValue(), m.to().getYear())
                + (m.legalBasis().isEmpty() ? "" : " (" + m.legalBasis() + ")") + "."));
        p.staffShare().ifPresent(sh -> individualRules.add("Số cá nhân được khen thưởng ở mỗi đơn vị: từ " + sh.minPercent() + "% đến "
                + sh.maxPercent() + "% số cán bộ" + (sh.legalBasis().isEmpty() ? "" : " (" + sh.legalBasis() + ")") + "."));
        List<Link> individuals = a.individuals().stream().map(i -> new Link(i.name(), "",
                (i.title().isEmpty() ? "" : i.title() + ", ") + unitName.apply(i.unitId()))).toList();
        List<String> individualsExcluded = a.individualsExcluded().stream()
                .map(x -> x.individual().name() + " (" + unitName.apply(x.individual().unitId()) + "): " + x.reason() + ".").toList();
        return new AwardView(p.id(), p.title(), p.form(), p.issuer(), p.legalBasis(), a.round().sheet().title(),
                PagePlanner.boardHref(a.round()), prizes, rules, proposals, excluded, decisions, a.differences(),
                individualRules, individuals, individualsExcluded);
    }

    static String href(AwardPlan p) {
        return "khen-thuong/" + p.id() + ".html";
    }
}
