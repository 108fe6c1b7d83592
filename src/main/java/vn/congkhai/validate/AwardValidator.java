package vn.congkhai.validate;

import vn.congkhai.Problems;
import vn.congkhai.load.Suggest;
import vn.congkhai.model.AwardPlan;
import vn.congkhai.model.Say;
import vn.congkhai.model.SourceRef;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Checks award plans: references to rounds and units, month ranges, and what signed decisions break. */
final class AwardValidator {
    private final Problems problems;
    private final Set<String> failedFiles;

    AwardValidator(Problems problems, Set<String> failedFiles) {
        this.problems = problems;
        this.failedFiles = failedFiles;
    }

    /**
     * An award plan names a round and units that exist. A decision that breaks the plan's quota or gives more
     * prizes of a kind than the structure has is a warning: the decision is what was signed, and is published.
     */
    void check(AwardPlan plan, Set<String> rounds, Set<String> units, UnitSuggestion suggest) {
        boolean roundsKnown = failedFiles.stream().noneMatch(f -> f.startsWith("data/scores/"));
        if (roundsKnown && !rounds.contains(plan.roundId()) && !plan.roundId().isEmpty()) {
            problems.error(plan.source(), "round", Say.of("Không có vòng chấm `" + plan.roundId() + "` trong data/scores/.",
                    "There is no round `" + plan.roundId() + "` in data/scores/."), Suggest.didYouMean(plan.roundId(), rounds));
        }
        boolean unitsKnown = !failedFiles.contains("data/units.yaml");
        if (unitsKnown) {
            plan.facts().keySet().stream().filter(u -> !units.contains(u)).forEach(u -> problems.error(plan.source(), vn.congkhai.load.Fields.join("facts", u),
                    noUnit(u), suggest.hint(u)));
        }
        Map<String, Integer> structure = new HashMap<>();
        plan.prizes().forEach(p -> structure.merge(p.label(), p.count(), Integer::sum));
        if (unitsKnown) {
            for (int i = 0; i < plan.individuals().size(); i++) {
                AwardPlan.Individual person = plan.individuals().get(i);
                if (!units.contains(person.unitId()) && !person.unitId().isEmpty()) {
                    problems.error(person.source(), "individuals[" + i + "].unit", noUnit(person.unitId()),
                            suggest.hint(person.unitId()));
                }
            }
        }
        Map<String, Integer> given = new HashMap<>();
        Set<String> recipients = new HashSet<>();
        Map<String, Integer> individualsByUnit = new HashMap<>();
        Map<String, SourceRef> firstAward = new HashMap<>();
        plan.monthlyRating().filter(m -> m.from().isAfter(m.to())).ifPresent(m -> problems.error(m.source(), "monthlyRating",
                Say.of("Tháng bắt đầu " + m.from() + " sau tháng kết thúc " + m.to() + ".", "The first month " + m.from()
                        + " is after the last month " + m.to() + "."), Say.of("Đổi chỗ `from` và `to`.", "Swap `from` and `to`.")));
        for (int di = 0; di < plan.decisions().size(); di++) {
            AwardPlan.Decision d = plan.decisions().get(di);
            for (int ri = 0; ri < d.recipients().size(); ri++) {
                AwardPlan.Recipient r = d.recipients().get(ri);
                String at = "decisions[" + di + "].recipients[" + ri + "]";
                if (unitsKnown && !units.contains(r.unitId()) && !r.unitId().isEmpty() && r.individual()) {
                    problems.error(r.source(), at + ".unit", noUnit(r.unitId()), suggest.hint(r.unitId()));
                }
                SourceRef earlier = firstAward.putIfAbsent(r.unitId() + "\u0000" + r.person(), r.source());
                if (earlier != null) {
                    problems.warning(r.source(), at, Say.of((r.individual() ? r.person() : "Đơn vị `" + r.unitId() + "`")
                                    + " được khen thưởng lần nữa; lần trước ở dòng " + earlier.line() + ".",
                                    (r.individual() ? r.person() : "The unit `" + r.unitId() + "`") + " is awarded again; the first time at line "
                                            + earlier.line() + "."),
                            Say.of("Kiểm tra lại danh sách khen thưởng.", "Check the list of recipients."));
                }
                if (r.individual()) {
                    individualsByUnit.merge(r.unitId(), 1, Integer::sum);
                    continue;
                }
                if (unitsKnown && !units.contains(r.unitId()) && !r.unitId().isEmpty()) {
                    problems.error(r.source(), at + ".unit", noUnit(r.unitId()), suggest.hint(r.unitId()));
                }
                if (!structure.containsKey(r.prize())) {
                    problems.warning(r.source(), at + ".prize", Say.of("Quyết định " + d.number() + " trao `" + r.prize()
                                    + "`, không có trong cơ cấu giải thưởng.", "Decision " + d.number() + " gives `" + r.prize()
                                    + "`, which is not in the prize structure."), Suggest.didYouMean(r.prize(), structure.keySet()));
                }
                given.merge(r.prize(), 1, Integer::sum);
                recipients.add(r.unitId());
            }
        }
        given.forEach((prize, n) -> {
            if (structure.containsKey(prize) && n > structure.get(prize)) {
                problems.warning(plan.source(), "decisions", Say.of("Các quyết định trao " + n + " " + prize + ", cơ cấu giải thưởng có "
                                + structure.get(prize) + ".", "The decisions give " + n + " × " + prize + "; the prize structure has "
                                + structure.get(prize) + "."),
                        Say.of("Đối chiếu quyết định với cơ cấu giải thưởng trong kế hoạch.", "Compare the decisions with the plan's prize structure."));
            }
        });
        plan.staffShare().ifPresent(share -> individualsByUnit.forEach((unit, n) -> {
            Integer staff = share.staff().get(unit);
            if (staff == null || staff == 0) {
                problems.warning(share.source(), "staffShare.staff", Say.of("Chưa có số cán bộ của đơn vị `" + unit
                                + "` để đối chiếu tỉ lệ khen thưởng cá nhân.", "The unit `" + unit
                                + "` has no staff count to check the share of individuals awarded against."),
                        Say.of("Thêm `" + unit + ": <số cán bộ>` vào `staffShare.staff`.", "Add `" + unit + ": <staff count>` to `staffShare.staff`."));
            } else if (n * 100 < share.minPercent() * staff || n * 100 > share.maxPercent() * staff) {
                String range = share.minPercent() + "–" + share.maxPercent() + "%";
                problems.warning(share.source(), "staffShare", Say.of("Các quyết định khen thưởng " + n + "/" + staff + " cán bộ của đơn vị `" + unit
                                + "`, ngoài tỉ lệ " + range + (share.legalBasis().isEmpty() ? "" : " theo " + share.legalBasis()) + ".",
                                "The decisions award " + n + " of " + staff + " staff of the unit `" + unit + "`, outside the share " + range
                                        + (share.legalBasis().isEmpty() ? "" : " set by " + share.legalBasis()) + "."),
                        Say.of("Đối chiếu quyết định với quy định tỉ lệ khen thưởng cá nhân.", "Compare the decisions with the rule on the share of staff awarded."));
            }
        }));
        plan.quota().ifPresent(q -> {
            if (!plan.decisions().isEmpty() && (recipients.size() < q.min() || recipients.size() > q.max())) {
                problems.warning(q.source(), "quota", Say.of("Các quyết định khen thưởng " + recipients.size() + " tập thể, ngoài số lượng "
                                + q.min() + "–" + q.max() + " tập thể" + (q.legalBasis().isEmpty() ? "" : " theo " + q.legalBasis()) + ".",
                                "The decisions award " + recipients.size() + " collectives, outside the quota of " + q.min() + "–" + q.max()
                                        + (q.legalBasis().isEmpty() ? "" : " set by " + q.legalBasis()) + "."),
                        Say.of("Đối chiếu quyết định với quy định số lượng khen thưởng.", "Compare the decisions with the quota."));
            }
        });
    }

    static Say noUnit(String id) {
        return Say.of("Không có đơn vị `" + id + "` trong data/units.yaml.", "There is no unit `" + id + "` in data/units.yaml.");
    }
}
