package vn.congkhai.compute;

import vn.congkhai.model.AwardPlan;
import vn.congkhai.model.AwardResult;
import vn.congkhai.model.AwardResult.Exclusion;
import vn.congkhai.model.AwardResult.Proposal;
import vn.congkhai.model.Leaderboard;
import vn.congkhai.model.Standing;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Proposes prizes from a round's ranking and the plan's eligibility rules, and compares the signed
 * decisions with the proposals. Proposals go to eligible units in rank order, prize by prize; a tie
 * that straddles two prizes is flagged for the deciding body rather than resolved here.
 */
public final class AwardCalculator {
    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** @param unitNames the name of every unit, for units a decision names that are not in the round */
    public AwardResult propose(AwardPlan plan, Leaderboard round, Map<String, String> unitNames) {
        List<String> slots = new ArrayList<>();
        plan.prizes().forEach(p -> {
            for (int i = 0; i < p.count(); i++) {
                slots.add(p.label());
            }
        });
        List<Proposal> proposals = new ArrayList<>();
        List<Exclusion> excluded = new ArrayList<>();
        List<Standing> eligible = new ArrayList<>();
        for (Standing s : round.standings()) {
            int rank = s.rank().orElse(0);
            Optional<String> reason = s.rank().isEmpty() ? Optional.of("chưa chấm đủ các tiêu chí nên chưa được xếp hạng")
                    : exclusion(plan, s);
            if (reason.isPresent()) {
                excluded.add(new Exclusion(s.result().unit(), rank, reason.get()));
            } else {
                eligible.add(s);
            }
        }
        // Units of equal rank take consecutive slots. When those slots are not all the same prize, or run
        // past the last one, the tie is not settled here (not by name, not by chance): every unit of the
        // group is proposed for the group's best prize and flagged for the deciding body.
        int slot = 0;
        for (int i = 0; i < eligible.size() && slot < slots.size(); ) {
            int rank = eligible.get(i).rank().getAsInt();
            int end = i;
            while (end < eligible.size() && eligible.get(end).rank().getAsInt() == rank) {
                end++;
            }
            int size = end - i;
            boolean settled = slot + size <= slots.size()
                    && slots.subList(slot, slot + size).stream().distinct().count() == 1;
            for (int j = i; j < end; j++) {
                proposals.add(new Proposal(eligible.get(j).result().unit(), settled ? slots.get(slot + j - i) : slots.get(slot),
                        rank, !settled));
            }
            slot += size;
            i = end;
        }
        Map<String, String> names = new LinkedHashMap<>(unitNames);
        List<AwardPlan.Individual> individuals = new ArrayList<>();
        List<AwardResult.IndividualExclusion> individualsOut = new ArrayList<>();
        for (AwardPlan.Individual person : plan.individuals()) {
            individualExclusion(plan, person).ifPresentOrElse(
                    reason -> individualsOut.add(new AwardResult.IndividualExclusion(person, reason)), () -> individuals.add(person));
        }
        List<String> differences = new ArrayList<>(differences(plan, proposals, names));
        differences.addAll(individualDifferences(plan, individuals));
        return new AwardResult(plan, round, List.copyOf(proposals), List.copyOf(excluded), List.copyOf(individuals),
                List.copyOf(individualsOut), List.copyOf(differences));
    }

    /** Seed 002: rated A (or the plan's grade) in every month of the campaign; a month without a rating fails too. */
    static Optional<String> individualExclusion(AwardPlan plan, AwardPlan.Individual person) {
        if (plan.monthlyRating().isEmpty()) {
            return Optional.empty();
        }
        AwardPlan.MonthlyRating rule = plan.monthlyRating().get();
        List<String> failed = new ArrayList<>();
        for (java.time.YearMonth m = rule.from(); !m.isAfter(rule.to()); m = m.plusMonths(1)) {
            String grade = person.ratings().get(m);
            String month = String.format("%02d/%d", m.getMonthValue(), m.getYear());
            if (grade == null || grade.isEmpty()) {
                failed.add("chưa có xếp loại tháng " + month);
            } else if (!grade.equalsIgnoreCase(rule.grade())) {
                failed.add("tháng " + month + " xếp loại " + grade);
            }
        }
        return failed.isEmpty() ? Optional.empty()
                : Optional.of(String.join("; ", failed) + " (cần xếp loại " + rule.grade() + " tất cả các tháng)");
    }

    private static List<String> individualDifferences(AwardPlan plan, List<AwardPlan.Individual> proposed) {
        if (plan.decisions().isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        List<String> decided = new ArrayList<>();
        for (AwardPlan.Decision d : plan.decisions()) {
            for (AwardPlan.Recipient r : d.recipients()) {
                if (r.individual()) {
                    decided.add(r.person() + "\u0000" + r.unitId());
                    if (proposed.stream().noneMatch(p -> p.name().equals(r.person()) && p.unitId().equals(r.unitId()))) {
                        out.add(r.person() + ": được khen thưởng theo quyết định số " + d.number() + ", không có trong đề xuất cá nhân"
                                + " của đơn vị này.");
                    }
                }
            }
        }
        proposed.stream().filter(p -> !decided.contains(p.name() + "\u0000" + p.unitId()))
                .forEach(p -> out.add(p.name() + ": đủ điều kiện được đề xuất, không có trong quyết định nào."));
        return out;
    }

    /** Why the plan's rules keep this unit out, in words; empty when they do not. */
    static Optional<String> exclusion(AwardPlan plan, Standing s) {
        AwardPlan.UnitFacts facts = plan.facts().get(s.result().unit().id());
        String note = facts == null || facts.note().isEmpty() ? "" : " (" + facts.note() + ")";
        for (AwardPlan.Eligibility rule : plan.eligibility()) {
            switch (rule.kind()) {
                case NO_CONDUCT_VIOLATION -> {
                    if (facts != null && facts.conductViolation()) {
                        return Optional.of("có thành viên vi phạm quy tắc ứng xử" + note);
                    }
                }
                case DOSSIER_ON_TIME -> {
                    if (facts == null || facts.dossierSubmitted().isEmpty()) {
                        return Optional.of("không nộp hồ sơ đề nghị khen thưởng" + note);
                    }
                    if (rule.deadline().isPresent() && facts.dossierSubmitted().get().isAfter(rule.deadline().get())) {
                        return Optional.of("nộp hồ sơ ngày " + VI.format(facts.dossierSubmitted().get()) + ", sau hạn "
                                + VI.format(rule.deadline().get()) + note);
                    }
                }
                case MINIMUM_TOTAL -> {
                    if (rule.minimum().isPresent() && s.result().total().isPresent()
                            && s.result().total().get().compareTo(rule.minimum().get()) < 0) {
                        return Optional.of("tổng điểm " + Points.format(s.result().total().get()) + " dưới mức tối thiểu "
                                + Points.format(rule.minimum().get()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Where the signed decisions and the proposals differ, in neutral words; empty when nothing is decided yet. */
    static List<String> differences(AwardPlan plan, List<Proposal> proposals, Map<String, String> names) {
        if (plan.decisions().isEmpty()) {
            return List.of();
        }
        Map<String, String> proposed = new LinkedHashMap<>();
        proposals.forEach(p -> proposed.put(p.unit().id(), p.prize()));
        Map<String, List<String>> decided = new LinkedHashMap<>();
        for (AwardPlan.Decision d : plan.decisions()) {
            for (AwardPlan.Recipient r : d.recipients()) {
                if (!r.individual()) {
                    decided.computeIfAbsent(r.unitId(), k -> new ArrayList<>()).add(r.prize() + " (quyết định số " + d.number() + ")");
                }
            }
        }
        List<String> out = new ArrayList<>();
        decided.forEach((unit, prizes) -> {
            String name = names.getOrDefault(unit, unit);
            String given = String.join(", ", prizes);
            if (!proposed.containsKey(unit)) {
                out.add(name + ": được trao " + given + ", không có trong đề xuất.");
            } else if (prizes.size() != 1 || !prizes.get(0).startsWith(proposed.get(unit) + " (")) {
                out.add(name + ": đề xuất " + proposed.get(unit) + ", được trao " + given + ".");
            }
        });
        proposed.forEach((unit, prize) -> {
            if (!decided.containsKey(unit)) {
                out.add(names.get(unit) + ": được đề xuất " + prize + ", không có trong quyết định nào.");
            }
        });
        return List.copyOf(out);
    }
}
