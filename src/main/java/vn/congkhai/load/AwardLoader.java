package vn.congkhai.load;

import vn.congkhai.Problems;
import vn.congkhai.model.AwardPlan;
import vn.congkhai.model.Say;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code data/awards/ID.yaml}: how a round is rewarded (prize structure, eligibility rules,
 * quotas, facts about units, nominated individuals) and the decisions actually signed.
 */
final class AwardLoader {
    private static final Set<String> AWARD_KEYS = Set.of("title", "round", "form", "issuer", "legalBasis", "prizes",
            "eligibility", "quota", "facts", "individuals", "monthlyRating", "staffShare", "decisions");
    private static final Set<String> INDIVIDUAL_KEYS = Set.of("name", "unit", "title", "ratings");
    private static final Set<String> MONTHLY_KEYS = Set.of("grade", "from", "to", "legalBasis");
    private static final Set<String> SHARE_KEYS = Set.of("minPercent", "maxPercent", "staff", "legalBasis");
    private static final Set<String> PRIZE_KEYS = Set.of("label", "count");
    private static final Set<String> ELIGIBILITY_KEYS = Set.of("rule", "deadline", "minimum", "legalBasis");
    private static final Map<String, AwardPlan.Eligibility.Kind> RULES = Map.of(
            "noConductViolation", AwardPlan.Eligibility.Kind.NO_CONDUCT_VIOLATION,
            "dossierOnTime", AwardPlan.Eligibility.Kind.DOSSIER_ON_TIME,
            "minimumTotal", AwardPlan.Eligibility.Kind.MINIMUM_TOTAL);
    private static final Set<String> QUOTA_KEYS = Set.of("min", "max", "legalBasis");
    private static final Set<String> FACT_KEYS = Set.of("conductViolation", "dossierSubmitted", "note");
    private static final Set<String> DECISION_KEYS = Set.of("number", "date", "issuer", "form", "reason", "recipients");
    private static final Set<String> RECIPIENT_KEYS = Set.of("unit", "person", "prize");

    static final DataShape SHAPE = new DataShape("awards", "data/awards/*.yaml", Map.ofEntries(
            Map.entry("", AWARD_KEYS), Map.entry("individual", INDIVIDUAL_KEYS), Map.entry("monthlyRating", MONTHLY_KEYS),
            Map.entry("staffShare", SHARE_KEYS), Map.entry("prize", PRIZE_KEYS), Map.entry("eligibility", ELIGIBILITY_KEYS),
            Map.entry("quota", QUOTA_KEYS), Map.entry("facts", FACT_KEYS), Map.entry("decision", DECISION_KEYS),
            Map.entry("recipient", RECIPIENT_KEYS)));

    private final Problems problems;

    AwardLoader(Problems problems) {
        this.problems = problems;
    }

    Optional<AwardPlan> award(Node root, String rel) {
        return Fields.of(root, "", AWARD_KEYS, problems).map(f -> {
            Map<String, AwardPlan.UnitFacts> facts = new LinkedHashMap<>();
            DistinctNames prizeNames = new DistinctNames(Say.of("giải", "prize"), problems);
            f.node("facts").ifPresent(n -> {
                if (n instanceof Node.MapNode m) {
                    m.entries().forEach((unit, value) -> Fields.of(value, Fields.join("facts", unit), FACT_KEYS, problems)
                            .ifPresent(u -> facts.put(unit, new AwardPlan.UnitFacts(u.optionalBoolean("conductViolation", false),
                                    u.optionalDate("dossierSubmitted"), u.optionalString("note")))));
                } else {
                    problems.error(n.at(), "facts", Say.of("`facts` phải là một nhóm `mã đơn vị: thông tin`.", "`facts` must be a group of `unit id: facts`."),
                            Say.of("Xem tệp mẫu data/awards/.", "See the sample file in data/awards/."));
                }
            });
            return new AwardPlan(DataLoader.idOf(rel), f.requiredString("title"), f.requiredString("round"), f.requiredString("form"),
                    f.requiredString("issuer"), f.optionalString("legalBasis"),
                    f.list("prizes", true, (n, p) -> Fields.of(n, p, PRIZE_KEYS, problems).map(x -> {
                        String label = x.requiredString("label");
                        prizeNames.add(label, x.at("label"), x.field("label"));
                        return new AwardPlan.Prize(label, x.optionalInt("count", 1));
                    })),
                    f.list("eligibility", false, this::eligibility),
                    f.node("quota").flatMap(n -> Fields.of(n, "quota", QUOTA_KEYS, problems)
                            .map(q -> new AwardPlan.Quota(q.optionalInt("min", 0), q.optionalInt("max", Integer.MAX_VALUE),
                                    q.optionalString("legalBasis"), f.at("quota")))),
                    facts,
                    f.list("individuals", false, this::individual),
                    f.node("monthlyRating").flatMap(n -> Fields.of(n, "monthlyRating", MONTHLY_KEYS, problems).map(m ->
                            new AwardPlan.MonthlyRating(m.node("grade").isPresent() ? m.requiredString("grade") : "A",
                                    month(m, "from"), month(m, "to"), m.optionalString("legalBasis"), m.at("from")))),
                    f.node("staffShare").flatMap(n -> Fields.of(n, "staffShare", SHARE_KEYS, problems).map(m ->
                            new AwardPlan.StaffShare(m.optionalInt("minPercent", 0), m.optionalInt("maxPercent", 100),
                                    counts(m, "staff"), m.optionalString("legalBasis"), f.at("staffShare")))),
                    f.list("decisions", false, this::decision),
                    f.at("round"));
        });
    }

    private Optional<AwardPlan.Individual> individual(Node node, String path) {
        return Fields.of(node, path, INDIVIDUAL_KEYS, problems).map(f -> {
            Map<java.time.YearMonth, String> ratings = new java.util.TreeMap<>();
            f.node("ratings").ifPresent(n -> {
                if (n instanceof Node.MapNode m) {
                    m.entries().forEach((month, grade) -> {
                        try {
                            ratings.put(java.time.YearMonth.parse(month), grade instanceof Node.Scalar g ? g.text().strip() : "");
                        } catch (java.time.format.DateTimeParseException e) {
                            problems.error(m.keyAt().get(month), f.field("ratings"), Say.of("Tháng `" + month + "` không đúng dạng năm-tháng.",
                                    "The month `" + month + "` is not written year-month."), Say.of("Ví dụ: `2024-05: A`.", "For example: `2024-05: A`."));
                        }
                    });
                }
            });
            return new AwardPlan.Individual(f.requiredString("name"), f.requiredString("unit"), f.optionalString("title"), ratings, f.at("name"));
        });
    }

    private java.time.YearMonth month(Fields f, String key) {
        String text = f.requiredString(key);
        try {
            return java.time.YearMonth.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            if (!text.isEmpty()) {
                problems.error(f.at(key), f.field(key), Say.of("Tháng `" + text + "` không đúng dạng năm-tháng.",
                        "The month `" + text + "` is not a real month written year-month."),
                        Say.of("Ví dụ: `" + key + ": 2024-05`.", "For example: `" + key + ": 2024-05`."));
            }
            return java.time.YearMonth.of(1970, 1);
        }
    }

    private Map<String, Integer> counts(Fields f, String key) {
        Map<String, Integer> out = new LinkedHashMap<>();
        f.node(key).ifPresent(n -> {
            if (n instanceof Node.MapNode m) {
                m.entries().forEach((unit, value) -> {
                    if (value instanceof Node.Scalar v && v.kind() == Node.Scalar.Kind.INTEGER) {
                        out.put(unit, Integer.parseInt(v.text()));
                    } else {
                        problems.error(value.at(), Fields.join(f.field(key), unit), Say.of("Số cán bộ phải là một số nguyên.",
                                "The number of staff must be a whole number."), Say.of("Ví dụ: `my-phuoc: 8`.", "For example: `my-phuoc: 8`."));
                    }
                });
            }
        });
        return out;
    }

    private Optional<AwardPlan.Eligibility> eligibility(Node node, String path) {
        return Fields.of(node, path, ELIGIBILITY_KEYS, problems).flatMap(f -> {
            String rule = f.requiredString("rule");
            AwardPlan.Eligibility.Kind kind = RULES.get(rule);
            if (kind == null) {
                if (!rule.isEmpty()) {
                    String all = String.join(", ", new java.util.TreeSet<>(RULES.keySet()));
                    problems.error(f.at("rule"), f.field("rule"), Say.of("Không có điều kiện xét khen thưởng `" + rule + "`.",
                                    "There is no award eligibility rule `" + rule + "`."),
                            Suggest.didYouMean(rule, RULES.keySet()).then(Say.of("Các điều kiện: " + all + ".", "The rules: " + all + ".")));
                }
                return Optional.empty();
            }
            if (kind == AwardPlan.Eligibility.Kind.DOSSIER_ON_TIME && !f.has("deadline")) {
                f.missing("deadline", Say.of("hạn nộp hồ sơ", "the dossier deadline"));
            }
            if (kind == AwardPlan.Eligibility.Kind.MINIMUM_TOTAL && !f.has("minimum")) {
                f.missing("minimum", Say.of("số điểm tối thiểu", "the minimum total"));
            }
            return Optional.of(new AwardPlan.Eligibility(kind, f.optionalDate("deadline"), f.optionalDecimal("minimum"), f.optionalString("legalBasis")));
        });
    }

    private Optional<AwardPlan.Decision> decision(Node node, String path) {
        return Fields.of(node, path, DECISION_KEYS, problems).map(f -> new AwardPlan.Decision(
                f.requiredString("number"), f.requiredDate("date"), f.requiredString("issuer"), f.requiredString("form"),
                f.optionalString("reason"),
                f.list("recipients", true, (n, p) -> Fields.of(n, p, RECIPIENT_KEYS, problems)
                        .map(r -> new AwardPlan.Recipient(r.requiredString("unit"), r.optionalString("person"),
                                r.requiredString("prize"), r.at("unit")))),
                f.at("number")));
    }

}
