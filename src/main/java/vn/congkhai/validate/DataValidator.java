package vn.congkhai.validate;

import vn.congkhai.Problems;
import vn.congkhai.load.Suggest;
import vn.congkhai.model.AwardPlan;
import vn.congkhai.model.Bonus;
import vn.congkhai.model.ChecklistItem;
import vn.congkhai.model.Criterion;
import vn.congkhai.model.CriterionInput;
import vn.congkhai.model.Project;
import vn.congkhai.model.Rating;
import vn.congkhai.model.Rubric;
import vn.congkhai.model.Say;
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
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** Checks a loaded project against the rules of the domain (domain.md) before anything is computed. */
public final class DataValidator {
    /** Ids become parts of addresses: lower-case ASCII letters, digits and dashes only. */
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern CRITERION_ID = Pattern.compile("[0-9A-Za-z]+(\\.[0-9A-Za-z]+)*");

    private final Problems problems;
    private Set<String> failedFiles = Set.of();
    private java.util.function.Predicate<String> published = path -> true;
    private UnitSuggestion unitSuggestion = new UnitSuggestion(List.of());

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
        unitSuggestion = new UnitSuggestion(units.values());
        // rounds are checked side by side; each reports its own file's problems, which Problems sorts by place
        project.sheets().parallelStream().forEach(s -> checkSheet(s, rubrics, units));
        Set<String> rounds = new HashSet<>();
        project.sheets().forEach(s -> rounds.add(s.id()));
        AwardValidator awards = new AwardValidator(problems, failedFiles);
        project.awards().stream().filter(a -> !failedFiles.contains(a.source().file()))
                .forEach(a -> awards.check(a, rounds, units.keySet(), unitSuggestion));
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
                problems.error(u.source(), field, Say.of("Mã đơn vị `" + u.id() + "` chỉ được gồm chữ thường không dấu, số và dấu gạch ngang.",
                                "The unit id `" + u.id() + "` may only hold lower-case letters without marks, digits and dashes."),
                        Say.of("Ví dụ: `my-phuoc` cho phường Mỹ Phước.", "For example `my-phuoc` for phường Mỹ Phước."));
            }
            if (!seen.add(u.id())) {
                problems.error(u.source(), field, Say.of("Mã đơn vị `" + u.id() + "` bị trùng.", "The unit id `" + u.id() + "` is used twice."),
                        Say.of("Mỗi đơn vị cần một mã riêng.", "Each unit needs an id of its own."));
            }
        }
    }

    private void checkRubric(Rubric rubric) {
        Set<String> ids = new HashSet<>();
        for (Criterion c : rubric.allCriteria()) {
            String field = "criteria[\"" + c.id() + "\"]";
            if (!CRITERION_ID.matcher(c.id()).matches()) {
                problems.error(c.source(), field, Say.of("Mã tiêu chí `" + c.id() + "` không hợp lệ.", "The criterion id `" + c.id() + "` is not valid."),
                        Say.of("Dùng số thứ tự như trong văn bản, ví dụ `5` hoặc `5.1`.", "Use the numbering of the text, e.g. `5` or `5.1`."));
            }
            if (!ids.add(c.id())) {
                problems.error(c.source(), field, Say.of("Mã tiêu chí `" + c.id() + "` bị trùng trong bộ tiêu chí.",
                                "The criterion id `" + c.id() + "` is used twice in the rubric."),
                        Say.of("Mỗi tiêu chí cần một mã riêng.", "Each criterion needs an id of its own."));
            }
            if (c.max().signum() <= 0) {
                problems.error(c.source(), field + ".max", Say.of("Điểm chuẩn của tiêu chí " + c.id() + " phải lớn hơn 0.",
                        "The maximum of criterion " + c.id() + " must be more than 0."), Say.NOTHING);
            }
            checkRules(c, field);
            if (c.isGroup()) {
                BigDecimal sum = sum(c.children());
                if (sum.compareTo(c.max()) != 0) {
                    problems.error(c.source(), field + ".max", Say.of("Tiêu chí nhóm " + c.id() + " có điểm chuẩn " + plain(c.max())
                                    + " nhưng tổng điểm chuẩn các tiêu chí con là " + plain(sum) + ".", "The group criterion " + c.id()
                                    + " has the maximum " + plain(c.max()) + " but its children's maxima add up to " + plain(sum) + "."),
                            Say.of("Sửa `max` của tiêu chí " + c.id() + " thành " + plain(sum) + ", hoặc xóa dòng `max` để tự tính.",
                                    "Set `max` of criterion " + c.id() + " to " + plain(sum) + ", or delete the `max` line to have it added up."));
                }
            }
            c.checklist().ifPresent(cl -> {
                Set<String> itemIds = new HashSet<>();
                cl.items().forEach(i -> {
                    if (!itemIds.add(i.id())) {
                        problems.error(c.source(), field + ".checklist.items", Say.of("Mục `" + i.id() + "` bị trùng.",
                                "The item `" + i.id() + "` is listed twice."), Say.NOTHING);
                    }
                });
            });
        }
        checkRatings(rubric, ids);
        BigDecimal total = sum(rubric.criteria());
        if (total.compareTo(rubric.total()) != 0) {
            problems.error(rubric.source(), "total", Say.of("Tổng điểm chuẩn các tiêu chí là " + plain(total)
                            + " nhưng bộ tiêu chí khai báo tổng " + plain(rubric.total()) + ".", "The criteria's maxima add up to "
                            + plain(total) + " but the rubric declares a total of " + plain(rubric.total()) + "."),
                    Say.of("Kiểm tra điểm chuẩn (`max`) của từng tiêu chí, hoặc sửa `total`.", "Check each criterion's maximum (`max`), or correct `total`."));
        }
    }

    /** Bands run from the highest down, within the rubric's total, on criteria it has. */
    private void checkRatings(Rubric rubric, Set<String> criterionIds) {
        BigDecimal previous = null;
        for (Rating r : rubric.ratings()) {
            if (r.min().signum() < 0 || r.min().compareTo(rubric.total()) > 0) {
                problems.error(rubric.source(), "ratings", Say.of("Mức `" + r.label() + "` cần " + plain(r.min()) + " điểm, ngoài thang 0–"
                                + plain(rubric.total()) + ".", "The band `" + r.label() + "` needs " + plain(r.min()) + " points, outside the scale 0–"
                                + plain(rubric.total()) + "."), Say.of("Sửa `min` của mức này.", "Correct this band's `min`."));
            }
            if (previous != null && r.min().compareTo(previous) > 0) {
                problems.error(rubric.source(), "ratings", Say.of("Các mức xếp loại phải viết từ cao xuống thấp: `" + r.label()
                                + "` cần nhiều điểm hơn mức viết trước nó.", "Bands must be listed from the highest down: `" + r.label()
                                + "` needs more points than the band before it."),
                        Say.of("Sắp lại danh sách `ratings` từ mức cao nhất.", "Reorder `ratings` from the highest band."));
            }
            previous = r.min();
            for (Rating.Condition c : r.conditions()) {
                if (!criterionIds.contains(c.criterionId())) {
                    problems.error(rubric.source(), "ratings.conditions", Say.of("Điều kiện của mức `" + r.label() + "` nói tới tiêu chí `"
                                    + c.criterionId() + "` không có trong bộ tiêu chí.", "A condition of the band `" + r.label()
                                    + "` names the criterion `" + c.criterionId() + "`, which the rubric does not have."),
                            Suggest.didYouMean(c.criterionId(), criterionIds));
                }
            }
        }
    }

    /** Rules are amounts taken or given: always positive, and only on a criterion that is scored directly. */
    private void checkRules(Criterion c, String field) {
        if (c.isGroup() && (c.checklist().isPresent() || c.incidents().isPresent() || !c.bonuses().isEmpty())) {
            problems.error(c.source(), field, Say.of("Tiêu chí nhóm " + c.id() + " không thể có quy tắc trừ hoặc cộng điểm: điểm của nó là tổng các tiêu chí con.",
                            "The group criterion " + c.id() + " cannot have deduction or bonus rules: its score is the sum of its children."),
                    Say.of("Chuyển quy tắc xuống tiêu chí con mà nó áp dụng.", "Move the rule down to the child criterion it applies to."));
        }
        c.checklist().ifPresent(cl -> positive(cl.perMissing(), c, field + ".checklist.perMissing"));
        c.incidents().ifPresent(i -> positive(i.perIncident(), c, field + ".incidents.perIncident"));
        c.bonuses().forEach(b -> positive(b.points(), c, field + ".bonuses.points"));
    }

    private void positive(BigDecimal amount, Criterion c, String field) {
        if (amount.signum() <= 0) {
            problems.error(c.source(), field, Say.of("Số điểm trừ hoặc cộng của tiêu chí " + c.id() + " phải lớn hơn 0 (đang là " + plain(amount) + ").",
                            "The points deducted or added by criterion " + c.id() + " must be more than 0 (now " + plain(amount) + ")."),
                    Say.of("Ghi số dương: việc trừ hay cộng đã do loại quy tắc quyết định.", "Write a positive number: the kind of rule says whether it is taken or given."));
        }
    }

    private void checkSheet(ScoreSheet sheet, Map<String, Rubric> rubrics, Map<String, Unit> units) {
        Rubric rubric = rubrics.get(sheet.rubricId());
        if (rubric == null || failedFiles.contains(rubric.source().file())) {
            boolean rubricFileFailed = failedFiles.contains("data/rubrics/" + sheet.rubricId() + ".yaml")
                    || failedFiles.contains("data/rubrics/" + sheet.rubricId() + ".yml") || rubric != null;
            if (!sheet.rubricId().isEmpty() && !rubricFileFailed) {
                problems.error(sheet.source(), "rubric", Say.of("Không có bộ tiêu chí `" + sheet.rubricId() + "`.",
                                "There is no rubric `" + sheet.rubricId() + "`."),
                        Suggest.didYouMean(sheet.rubricId(), rubrics.keySet()).then(Say.of("Bộ tiêu chí là tên một tệp trong data/rubrics/.",
                                "A rubric is named by a file in data/rubrics/.")));
            }
            return;
        }
        Map<String, Criterion> criteria = new HashMap<>();
        rubric.allCriteria().forEach(c -> criteria.put(c.id(), c));
        for (String id : sheet.tieBreakers()) {
            if (!criteria.containsKey(id)) {
                problems.error(sheet.tieBreakersSource(), "tieBreakers", Say.of("Tiêu chí phụ để xếp hạng khi bằng điểm `" + id
                                + "` không có trong bộ tiêu chí.", "The tie-breaker `" + id + "` is not a criterion of the rubric."),
                        Suggest.didYouMean(id, criteria.keySet()));
            }
        }
        Map<String, SourceRef> seen = new HashMap<>();
        List<Criterion> leaves = rubric.leafCriteria(); // once per round, not once per unit
        boolean unitsKnown = !failedFiles.contains("data/units.yaml");
        for (int i = 0; i < sheet.units().size(); i++) {
            UnitScore us = sheet.units().get(i);
            int index = i;
            Supplier<String> path = () -> "units[" + index + "]"; // built only for a problem: a round has thousands of units
            if (unitsKnown && !units.containsKey(us.unitId()) && !us.unitId().isEmpty()) {
                problems.error(us.source(), path.get() + ".unit", AwardValidator.noUnit(us.unitId()),
                        unitSuggestion.hint(us.unitId()).then(Say.of("Thêm đơn vị vào data/units.yaml hoặc sửa mã.",
                                "Add the unit to data/units.yaml, or correct the id.")));
            }
            SourceRef first = seen.putIfAbsent(us.unitId(), us.source());
            if (first != null) {
                problems.error(us.source(), path.get() + ".unit", Say.of("Đơn vị `" + us.unitId() + "` được chấm hai lần trong cùng một vòng; lần đầu ở dòng "
                                + first.line() + ".", "The unit `" + us.unitId() + "` is scored twice in one round; first at line " + first.line() + "."),
                        Say.of("Gộp hai phần điểm làm một.", "Merge the two into one."));
            }
            checkScorecard(us.official(), () -> path.get() + ".criteria", criteria);
            us.selfAssessment().ifPresent(self -> checkScorecard(self, () -> path.get() + ".selfAssessment", criteria));
            warnUnwritten(us, path, leaves);
            us.selfAssessment().ifPresent(self -> {
                for (Criterion leaf : leaves) {
                    if (!self.criteria().containsKey(leaf.id()) && !self.leftEmpty().containsKey(leaf.id())) {
                        problems.warning(us.source(), path.get() + ".selfAssessment", Say.of("Phần tự chấm của đơn vị `" + us.unitId()
                                        + "` không có dòng nào cho tiêu chí " + leaf.id() + ".", "The self-assessment of the unit `" + us.unitId()
                                        + "` has no line for criterion " + leaf.id() + "."),
                                Say.of("Thêm điểm tự chấm của tiêu chí này, hoặc ghi `\"" + leaf.id() + "\":` để trống.",
                                        "Add the self-assessed score, or write `\"" + leaf.id() + "\":` with no value."));
                    }
                }
            });
        }
    }

    private void checkScorecard(Scorecard card, Supplier<String> path, Map<String, Criterion> criteria) {
        card.criteria().forEach((id, input) -> checkInput(() -> path.get() + "[\"" + id + "\"]", id, input, criteria));
        card.leftEmpty().forEach((id, at) -> checkCriterionId(() -> path.get() + "[\"" + id + "\"]", id, at, criteria));
    }

    /** The criterion a score line names, when it exists and is scored directly; otherwise the problem is reported. */
    private Criterion checkCriterionId(Supplier<String> field, String id, SourceRef at, Map<String, Criterion> criteria) {
        Criterion c = criteria.get(id);
        if (c == null) {
            Say hint = Suggest.didYouMean(id, criteria.keySet());
            if (id.matches("\\d+") && !criteria.containsKey(id)) {
                hint = hint.then(Say.of("Nếu đây là phần sau dấu phẩy của một số thập phân (ví dụ 3,75), hãy viết bằng dấu chấm: 3.75.",
                        "If this is the part after a decimal comma (as in 3,75), write the number with a point: 3.75."));
            }
            problems.error(at, field.get(), Say.of("Không có tiêu chí `" + id + "` trong bộ tiêu chí.", "There is no criterion `" + id + "` in the rubric."), hint);
            return null;
        }
        if (c.isGroup()) {
            String children = String.join(", ", c.children().stream().map(Criterion::id).toList());
            problems.error(at, field.get(), Say.of("Tiêu chí " + id + " là tiêu chí nhóm: điểm của nó là tổng các tiêu chí con.",
                            "Criterion " + id + " is a group: its score is the sum of its children."),
                    Say.of("Chấm từng tiêu chí con (" + children + ") thay vì tiêu chí " + id + ".",
                            "Score each child (" + children + ") instead of criterion " + id + "."));
            return null;
        }
        return c;
    }

    private void checkInput(Supplier<String> field, String id, CriterionInput in, Map<String, Criterion> criteria) {
        Criterion c = checkCriterionId(field, id, in.source(), criteria);
        if (c == null) {
            return;
        }
        in.points().ifPresent(p -> {
            if (p.signum() < 0) {
                problems.error(in.source(), field.get(), Say.of("Điểm " + plain(p) + " nhỏ hơn 0.", "The score " + plain(p) + " is below 0."), range(id, c));
            } else if (p.compareTo(c.max()) > 0) {
                problems.error(in.source(), field.get(), Say.of("Điểm " + plain(p) + " vượt quá điểm chuẩn " + plain(c.max()) + " của tiêu chí " + id + ".",
                        "The score " + plain(p) + " is over the maximum " + plain(c.max()) + " of criterion " + id + "."), range(id, c));
            }
        });
        for (String ref : in.evidence()) {
            if (ref.startsWith("assets/") && !published.test(ref)) {
                problems.error(in.source(), field.get() + ".evidence", Say.of("Không có tệp minh chứng `" + ref + "` trong thư mục tài nguyên.",
                                "There is no evidence file `" + ref + "` among the assets."),
                        Say.of("Chép tệp vào đúng chỗ đó, hoặc sửa đường dẫn.", "Copy the file to that place, or correct the path."));
            }
        }
        repeated(in.missing(), in, () -> field.get() + ".missing");
        repeated(in.bonuses(), in, () -> field.get() + ".bonuses");
        if (!in.missing().isEmpty()) {
            if (c.checklist().isEmpty()) {
                problems.error(in.source(), field.get() + ".missing", Say.of("Tiêu chí " + id + " không có danh mục để ghi mục còn thiếu.",
                                "Criterion " + id + " has no checklist to name missing items of."),
                        Say.of("Xóa `missing`, hoặc chấm bằng `points`.", "Delete `missing`, or score with `points`."));
            } else {
                List<String> itemIds = c.checklist().get().items().stream().map(x -> x.id()).toList();
                for (String m : in.missing()) {
                    if (!itemIds.contains(m)) {
                        problems.error(in.source(), field.get() + ".missing", Say.of("Tiêu chí " + id + " không có mục `" + m + "`.",
                                        "Criterion " + id + " has no item `" + m + "`."), missingItemHint(m, c.checklist().get().items()));
                    }
                }
            }
        }
        if (in.incidents() < 0) {
            problems.error(in.source(), field.get() + ".incidents", Say.of("Số trường hợp không thể nhỏ hơn 0.",
                    "The number of incidents cannot be below 0."), Say.NOTHING);
        } else if (in.incidents() > 0 && c.incidents().isEmpty()) {
            problems.error(in.source(), field.get() + ".incidents", Say.of("Tiêu chí " + id + " không trừ điểm theo số trường hợp.",
                            "Criterion " + id + " does not deduct per incident."),
                    Say.of("Xóa `incidents`, hoặc chấm bằng `points`.", "Delete `incidents`, or score with `points`."));
        }
        for (String b : in.bonuses()) {
            if (c.bonus(b).isEmpty()) {
                List<String> bonusIds = c.bonuses().stream().map(x -> x.id()).toList();
                problems.error(in.source(), field.get() + ".bonuses", Say.of("Tiêu chí " + id + " không có điểm cộng `" + b + "`.",
                                "Criterion " + id + " has no bonus `" + b + "`."),
                        bonusIds.isEmpty() ? Say.of("Tiêu chí này không có điểm cộng; xóa `bonuses`.", "This criterion has no bonuses; delete `bonuses`.")
                                : Suggest.didYouMean(b, bonusIds).then(validBonuses(c.bonuses())));
            }
        }
        if (in.points().isEmpty() && !c.startsFromMax()) {
            problems.error(in.source(), field.get() + ".points", Say.of("Chưa ghi điểm cho tiêu chí " + id + ".", "No score is written for criterion " + id + "."),
                    Say.of("Thêm `points: <số>`; nếu chưa chấm, để trống giá trị của tiêu chí.",
                            "Add `points: <number>`; if it is not scored yet, leave the criterion's value empty."));
        }
    }

    /**
     * One warning per unit for the criteria it has no line for, in the rubric's order. A unit with no line at all
     * is a unit not scored yet (one warning, not one per criterion); a few missing lines are likely forgotten.
     */
    private void warnUnwritten(UnitScore us, Supplier<String> path, List<Criterion> leaves) {
        Scorecard card = us.official();
        if (card.criteria().isEmpty() && card.leftEmpty().isEmpty()) {
            problems.warning(us.source(), path.get() + ".criteria", Say.of("Đơn vị `" + us.unitId() + "` chưa có điểm tiêu chí nào: đơn vị được ghi là chưa chấm"
                            + " và chưa được xếp hạng.", "The unit `" + us.unitId() + "` has no criterion scored: it is shown as not yet scored, and not ranked."),
                    Say.of("Nếu đúng là chưa chấm, để nguyên; khi có điểm, thêm `criteria:` với điểm từng tiêu chí.",
                            "If it is indeed not scored yet, leave it; once scored, add `criteria:` with each criterion's points."));
            return;
        }
        List<String> unwritten = leaves.stream().map(Criterion::id)
                .filter(id -> !card.criteria().containsKey(id) && !card.leftEmpty().containsKey(id)).toList();
        if (unwritten.isEmpty()) {
            return;
        }
        String list = String.join(", ", unwritten);
        String example = unwritten.get(0);
        problems.warning(us.source(), path.get() + ".criteria", Say.of("Đơn vị `" + us.unitId() + "` không có dòng nào cho "
                        + (unwritten.size() == 1 ? "tiêu chí " : "các tiêu chí ") + list + ": được coi là chưa chấm.",
                        "The unit `" + us.unitId() + "` has no line for " + (unwritten.size() == 1 ? "criterion " : "criteria ") + list
                                + ": counted as not yet scored."),
                Say.of("Nếu chưa chấm, ghi rõ `\"" + example + "\":` để trống; nếu đã chấm, thêm điểm.",
                        "If not scored yet, write `\"" + example + "\":` with no value; if scored, add the points."));
    }

    /** Editors copy the label they read in the rubric ("máy photocopy"); the score file wants the item's id. */
    private static Say missingItemHint(String typed, List<ChecklistItem> items) {
        String folded = vn.congkhai.load.Slugs.slugify(typed);
        for (ChecklistItem item : items) {
            if (vn.congkhai.load.Slugs.slugify(item.label()).equals(folded)) {
                return Say.of("`" + typed + "` là tên của mục; ở đây ghi mã của mục: `" + item.id() + "`.",
                        "`" + typed + "` is the item's label; write its id here: `" + item.id() + "`.");
            }
        }
        String all = String.join(", ", items.stream().map(i -> "`" + i.id() + "` (" + i.label() + ")").toList());
        return Suggest.didYouMean(typed, items.stream().map(ChecklistItem::id).toList())
                .then(Say.of("Các mục (mã và tên): " + all + ".", "The items (id and label): " + all + "."));
    }

    private static Say validBonuses(List<Bonus> bonuses) {
        String all = String.join(", ", bonuses.stream().map(b -> "`" + b.id() + "` (" + b.condition() + ")").toList());
        return Say.of("Các điểm cộng của tiêu chí này: " + all + ".", "This criterion's bonuses: " + all + ".");
    }

    /** Each missing item is deducted once, each bonus given once: a repeat is a typing slip. */
    private void repeated(List<String> ids, CriterionInput in, Supplier<String> field) {
        if (ids.size() < 2) {
            return; // nothing can repeat: most score lines, with no set made for them
        }
        Set<String> once = new HashSet<>();
        for (String id : ids) {
            if (!once.add(id)) {
                problems.error(in.source(), field.get(), Say.of("`" + id + "` được ghi hai lần.", "`" + id + "` is written twice."),
                        Say.of("Mỗi mục chỉ ghi một lần.", "Write each one once."));
            }
        }
    }

    private static Say range(String id, Criterion c) {
        return Say.of("Điểm của tiêu chí " + id + " phải từ 0 đến " + plain(c.max()) + ".",
                "The score of criterion " + id + " must be from 0 to " + plain(c.max()) + ".");
    }

    private static BigDecimal sum(List<Criterion> criteria) {
        return criteria.stream().map(Criterion::max).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
