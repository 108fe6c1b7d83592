package vn.congkhai.validate;

import vn.congkhai.Problems;
import vn.congkhai.load.Suggest;
import vn.congkhai.model.AwardPlan;
import vn.congkhai.model.Criterion;
import vn.congkhai.model.CriterionInput;
import vn.congkhai.model.Project;
import vn.congkhai.model.Rating;
import vn.congkhai.model.Rubric;
import vn.congkhai.model.ScoreSheet;
import vn.congkhai.model.Scorecard;
import vn.congkhai.model.SourceRef;
import vn.congkhai.model.Unit;
import vn.congkhai.model.UnitScore;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a loaded project against the rules of the domain (domain.md) before anything is computed. */
public final class DataValidator {
    /** Ids become parts of addresses: lower-case ASCII letters, digits and dashes only. */
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern CRITERION_ID = Pattern.compile("[0-9A-Za-z]+(\\.[0-9A-Za-z]+)*");

    private final Problems problems;
    private Set<String> failedFiles = Set.of();
    private java.util.function.Predicate<String> published = path -> true;

    public DataValidator(Problems problems) {
        this.problems = problems;
    }

    /**
     * @param failedFiles files that already have errors from loading: what depends on them is not
     *                    checked, so one mistake gives one message, not a dozen echoes of it
     */
    public void validate(Project project, Set<String> failedFiles) {
        validate(project, failedFiles, path -> true);
    }

    /** @param published tells whether a site path such as {@code assets/minh-chung/a.pdf} will be published */
    public void validate(Project project, Set<String> failedFiles, java.util.function.Predicate<String> published) {
        this.failedFiles = failedFiles;
        this.published = published;
        checkUnits(project.units());
        project.rubrics().stream().filter(r -> !failedFiles.contains(r.source().file())).forEach(this::checkRubric);
        Map<String, Unit> units = new HashMap<>();
        project.units().forEach(u -> units.putIfAbsent(u.id(), u));
        Map<String, Rubric> rubrics = new HashMap<>();
        project.rubrics().forEach(r -> rubrics.put(r.id(), r));
        project.sheets().forEach(s -> checkSheet(s, rubrics, units));
        Set<String> rounds = new HashSet<>();
        project.sheets().forEach(s -> rounds.add(s.id()));
        AwardValidator awards = new AwardValidator(problems, failedFiles);
        project.awards().stream().filter(a -> !failedFiles.contains(a.source().file()))
                .forEach(a -> awards.check(a, rounds, units.keySet()));
    }

    private void checkUnits(List<Unit> units) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            String field = "units[" + i + "].id";
            if (u.id().isEmpty()) {
                continue;
            }
            if (!SLUG.matcher(u.id()).matches()) {
                problems.error(u.source(), field, "Mã đơn vị `" + u.id() + "` chỉ được gồm chữ thường không dấu, số và dấu gạch ngang.",
                        "Ví dụ: `my-phuoc` cho phường Mỹ Phước.");
            }
            if (!seen.add(u.id())) {
                problems.error(u.source(), field, "Mã đơn vị `" + u.id() + "` bị trùng.", "Mỗi đơn vị cần một mã riêng.");
            }
        }
    }

    private void checkRubric(Rubric rubric) {
        Set<String> ids = new HashSet<>();
        for (Criterion c : rubric.allCriteria()) {
            String field = "criteria[\"" + c.id() + "\"]";
            if (!CRITERION_ID.matcher(c.id()).matches()) {
                problems.error(c.source(), field, "Mã tiêu chí `" + c.id() + "` không hợp lệ.",
                        "Dùng số thứ tự như trong văn bản, ví dụ `5` hoặc `5.1`.");
            }
            if (!ids.add(c.id())) {
                problems.error(c.source(), field, "Mã tiêu chí `" + c.id() + "` bị trùng trong bộ tiêu chí.",
                        "Mỗi tiêu chí cần một mã riêng.");
            }
            if (c.max().signum() <= 0) {
                problems.error(c.source(), field + ".max", "Điểm chuẩn của tiêu chí " + c.id() + " phải lớn hơn 0.", "");
            }
            checkRules(c, field);
            if (c.isGroup()) {
                BigDecimal sum = sum(c.children());
                if (sum.compareTo(c.max()) != 0) {
                    problems.error(c.source(), field + ".max", "Tiêu chí nhóm " + c.id() + " có điểm chuẩn " + plain(c.max())
                                    + " nhưng tổng điểm chuẩn các tiêu chí con là " + plain(sum) + ".",
                            "Sửa `max` của tiêu chí " + c.id() + " thành " + plain(sum) + ", hoặc xóa dòng `max` để tự tính.");
                }
            }
            c.checklist().ifPresent(cl -> {
                Set<String> itemIds = new HashSet<>();
                cl.items().forEach(i -> {
                    if (!itemIds.add(i.id())) {
                        problems.error(c.source(), field + ".checklist.items", "Mục `" + i.id() + "` bị trùng.", "");
                    }
                });
            });
        }
        checkRatings(rubric, ids);
        BigDecimal total = sum(rubric.criteria());
        if (total.compareTo(rubric.total()) != 0) {
            problems.error(rubric.source(), "total", "Tổng điểm chuẩn các tiêu chí là " + plain(total)
                            + " nhưng bộ tiêu chí khai báo tổng " + plain(rubric.total()) + ".",
                    "Kiểm tra điểm chuẩn (`max`) của từng tiêu chí, hoặc sửa `total`.");
        }
    }

    /** Bands run from the highest down, within the rubric's total, on criteria it has. */
    private void checkRatings(Rubric rubric, Set<String> criterionIds) {
        BigDecimal previous = null;
        for (Rating r : rubric.ratings()) {
            if (r.min().signum() < 0 || r.min().compareTo(rubric.total()) > 0) {
                problems.error(rubric.source(), "ratings", "Mức `" + r.label() + "` cần " + plain(r.min()) + " điểm, ngoài thang 0–"
                        + plain(rubric.total()) + ".", "Sửa `min` của mức này.");
            }
            if (previous != null && r.min().compareTo(previous) > 0) {
                problems.error(rubric.source(), "ratings", "Các mức xếp loại phải viết từ cao xuống thấp: `" + r.label()
                        + "` cần nhiều điểm hơn mức viết trước nó.", "Sắp lại danh sách `ratings` từ mức cao nhất.");
            }
            previous = r.min();
            for (Rating.Condition c : r.conditions()) {
                if (!criterionIds.contains(c.criterionId())) {
                    problems.error(rubric.source(), "ratings.conditions", "Điều kiện của mức `" + r.label() + "` nói tới tiêu chí `"
                            + c.criterionId() + "` không có trong bộ tiêu chí.", Suggest.didYouMean(c.criterionId(), criterionIds));
                }
            }
        }
    }

    /** Rules are amounts taken or given: always positive, and only on a criterion that is scored directly. */
    private void checkRules(Criterion c, String field) {
        if (c.isGroup() && (c.checklist().isPresent() || c.incidents().isPresent() || !c.bonuses().isEmpty())) {
            problems.error(c.source(), field, "Tiêu chí nhóm " + c.id() + " không thể có quy tắc trừ hoặc cộng điểm: điểm của nó là tổng các tiêu chí con.",
                    "Chuyển quy tắc xuống tiêu chí con mà nó áp dụng.");
        }
        c.checklist().ifPresent(cl -> positive(cl.perMissing(), c, field + ".checklist.perMissing"));
        c.incidents().ifPresent(i -> positive(i.perIncident(), c, field + ".incidents.perIncident"));
        c.bonuses().forEach(b -> positive(b.points(), c, field + ".bonuses.points"));
    }

    private void positive(BigDecimal amount, Criterion c, String field) {
        if (amount.signum() <= 0) {
            problems.error(c.source(), field, "Số điểm trừ hoặc cộng của tiêu chí " + c.id() + " phải lớn hơn 0 (đang là " + plain(amount) + ").",
                    "Ghi số dương: việc trừ hay cộng đã do loại quy tắc quyết định.");
        }
    }

    private void checkSheet(ScoreSheet sheet, Map<String, Rubric> rubrics, Map<String, Unit> units) {
        Rubric rubric = rubrics.get(sheet.rubricId());
        if (rubric == null || failedFiles.contains(rubric.source().file())) {
            boolean rubricFileFailed = failedFiles.contains("data/rubrics/" + sheet.rubricId() + ".yaml")
                    || failedFiles.contains("data/rubrics/" + sheet.rubricId() + ".yml") || rubric != null;
            if (!sheet.rubricId().isEmpty() && !rubricFileFailed) {
                problems.error(sheet.source(), "rubric", "Không có bộ tiêu chí `" + sheet.rubricId() + "`.",
                        (Suggest.didYouMean(sheet.rubricId(), rubrics.keySet()) + " Bộ tiêu chí là tên một tệp trong data/rubrics/.").strip());
            }
            return;
        }
        Map<String, Criterion> criteria = new HashMap<>();
        rubric.allCriteria().forEach(c -> criteria.put(c.id(), c));
        for (String id : sheet.tieBreakers()) {
            if (!criteria.containsKey(id)) {
                problems.error(sheet.tieBreakersSource(), "tieBreakers", "Tiêu chí phụ để xếp hạng khi bằng điểm `" + id + "` không có trong bộ tiêu chí.",
                        Suggest.didYouMean(id, criteria.keySet()));
            }
        }
        Map<String, SourceRef> seen = new HashMap<>();
        boolean unitsKnown = !failedFiles.contains("data/units.yaml");
        for (int i = 0; i < sheet.units().size(); i++) {
            UnitScore us = sheet.units().get(i);
            String path = "units[" + i + "]";
            if (unitsKnown && !units.containsKey(us.unitId()) && !us.unitId().isEmpty()) {
                problems.error(us.source(), path + ".unit", "Không có đơn vị `" + us.unitId() + "` trong data/units.yaml.",
                        (Suggest.didYouMean(us.unitId(), units.keySet()) + " Thêm đơn vị vào data/units.yaml hoặc sửa mã.").strip());
            }
            SourceRef first = seen.putIfAbsent(us.unitId(), us.source());
            if (first != null) {
                problems.error(us.source(), path + ".unit", "Đơn vị `" + us.unitId() + "` được chấm hai lần trong cùng một vòng; lần đầu ở dòng "
                        + first.line() + ".", "Gộp hai phần điểm làm một.");
            }
            checkScorecard(us.official(), path + ".criteria", criteria);
            us.selfAssessment().ifPresent(self -> checkScorecard(self, path + ".selfAssessment", criteria));
            for (Criterion leaf : rubric.leafCriteria()) {
                if (!us.official().criteria().containsKey(leaf.id()) && !us.official().leftEmpty().containsKey(leaf.id())) {
                    problems.warning(us.source(), path + ".criteria", "Đơn vị `" + us.unitId() + "` không có dòng nào cho tiêu chí "
                                    + leaf.id() + ": tiêu chí này được coi là chưa chấm.",
                            "Nếu chưa chấm, ghi rõ `\"" + leaf.id() + "\":` để trống; nếu đã chấm, thêm điểm.");
                }
            }
            us.selfAssessment().ifPresent(self -> {
                for (Criterion leaf : rubric.leafCriteria()) {
                    if (!self.criteria().containsKey(leaf.id()) && !self.leftEmpty().containsKey(leaf.id())) {
                        problems.warning(us.source(), path + ".selfAssessment", "Phần tự chấm của đơn vị `" + us.unitId()
                                + "` không có dòng nào cho tiêu chí " + leaf.id() + ".",
                                "Thêm điểm tự chấm của tiêu chí này, hoặc ghi `\"" + leaf.id() + "\":` để trống.");
                    }
                }
            });
        }
    }

    private void checkScorecard(Scorecard card, String path, Map<String, Criterion> criteria) {
        card.criteria().forEach((id, input) -> checkInput(path + "[\"" + id + "\"]", id, input, criteria));
        card.leftEmpty().forEach((id, at) -> checkCriterionId(path + "[\"" + id + "\"]", id, at, criteria));
    }

    /** The criterion a score line names, when it exists and is scored directly; otherwise the problem is reported. */
    private Criterion checkCriterionId(String field, String id, SourceRef at, Map<String, Criterion> criteria) {
        Criterion c = criteria.get(id);
        if (c == null) {
            String hint = Suggest.didYouMean(id, criteria.keySet());
            if (id.matches("\\d+") && !criteria.containsKey(id)) {
                hint = (hint + " Nếu đây là phần sau dấu phẩy của một số thập phân (ví dụ 3,75), hãy viết bằng dấu chấm: 3.75.").strip();
            }
            problems.error(at, field, "Không có tiêu chí `" + id + "` trong bộ tiêu chí.", hint);
            return null;
        }
        if (c.isGroup()) {
            problems.error(at, field, "Tiêu chí " + id + " là tiêu chí nhóm: điểm của nó là tổng các tiêu chí con.",
                    "Chấm từng tiêu chí con (" + String.join(", ", c.children().stream().map(Criterion::id).toList()) + ") thay vì tiêu chí " + id + ".");
            return null;
        }
        return c;
    }

    private void checkInput(String field, String id, CriterionInput in, Map<String, Criterion> criteria) {
        Criterion c = checkCriterionId(field, id, in.source(), criteria);
        if (c == null) {
            return;
        }
        in.points().ifPresent(p -> {
            if (p.signum() < 0) {
                problems.error(in.source(), field, "Điểm " + plain(p) + " nhỏ hơn 0.", "Điểm của tiêu chí " + id + " phải từ 0 đến " + plain(c.max()) + ".");
            } else if (p.compareTo(c.max()) > 0) {
                problems.error(in.source(), field, "Điểm " + plain(p) + " vượt quá điểm chuẩn " + plain(c.max()) + " của tiêu chí " + id + ".",
                        "Điểm của tiêu chí " + id + " phải từ 0 đến " + plain(c.max()) + ".");
            }
        });
        for (String ref : in.evidence()) {
            if (ref.startsWith("assets/") && !published.test(ref)) {
                problems.error(in.source(), field + ".evidence", "Không có tệp minh chứng `" + ref + "` trong thư mục tài nguyên.",
                        "Chép tệp vào đúng chỗ đó, hoặc sửa đường dẫn.");
            }
        }
        repeated(in.missing(), in, field + ".missing");
        repeated(in.bonuses(), in, field + ".bonuses");
        if (!in.missing().isEmpty()) {
            if (c.checklist().isEmpty()) {
                problems.error(in.source(), field + ".missing", "Tiêu chí " + id + " không có danh mục để ghi mục còn thiếu.",
                        "Xóa `missing`, hoặc chấm bằng `points`.");
            } else {
                List<String> itemIds = c.checklist().get().items().stream().map(x -> x.id()).toList();
                for (String m : in.missing()) {
                    if (!itemIds.contains(m)) {
                        problems.error(in.source(), field + ".missing", "Tiêu chí " + id + " không có mục `" + m + "`.",
                                (Suggest.didYouMean(m, itemIds) + " Các mục: " + String.join(", ", itemIds) + ".").strip());
                    }
                }
            }
        }
        if (in.incidents() < 0) {
            problems.error(in.source(), field + ".incidents", "Số trường hợp không thể nhỏ hơn 0.", "");
        } else if (in.incidents() > 0 && c.incidents().isEmpty()) {
            problems.error(in.source(), field + ".incidents", "Tiêu chí " + id + " không trừ điểm theo số trường hợp.",
                    "Xóa `incidents`, hoặc chấm bằng `points`.");
        }
        for (String b : in.bonuses()) {
            if (c.bonus(b).isEmpty()) {
                List<String> bonusIds = c.bonuses().stream().map(x -> x.id()).toList();
                problems.error(in.source(), field + ".bonuses", "Tiêu chí " + id + " không có điểm cộng `" + b + "`.",
                        bonusIds.isEmpty() ? "Tiêu chí này không có điểm cộng; xóa `bonuses`." : Suggest.didYouMean(b, bonusIds));
            }
        }
        if (in.points().isEmpty() && !c.startsFromMax()) {
            problems.error(in.source(), field + ".points", "Chưa ghi điểm cho tiêu chí " + id + ".",
                    "Thêm `points: <số>`; nếu chưa chấm, để trống giá trị của tiêu chí.");
        }
    }

    /** Each missing item is deducted once, each bonus given once: a repeat is a typing slip. */
    private void repeated(List<String> ids, CriterionInput in, String field) {
        Set<String> once = new HashSet<>();
        for (String id : ids) {
            if (!once.add(id)) {
                problems.error(in.source(), field, "`" + id + "` được ghi hai lần.", "Mỗi mục chỉ ghi một lần.");
            }
        }
    }

    private static BigDecimal sum(List<Criterion> criteria) {
        return criteria.stream().map(Criterion::max).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
