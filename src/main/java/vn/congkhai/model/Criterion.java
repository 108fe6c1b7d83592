package vn.congkhai.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A criterion (tiêu chí) of a rubric, or a group of sub-criteria whose maximum is the sum of theirs.
 *
 * @param max        the maximum points (điểm chuẩn)
 * @param evidence   what evidence (minh chứng) the assessor expects
 * @param checklist  a deduction per missing required item, if the criterion has one
 * @param incidents  a deduction per incident, if the criterion has one
 * @param bonuses    points added on conditions
 * @param children   sub-criteria; non-empty makes this a group
 */
public record Criterion(
        String id,
        String title,
        String description,
        BigDecimal max,
        String legalBasis,
        String evidence,
        Optional<Checklist> checklist,
        Optional<IncidentDeduction> incidents,
        List<Bonus> bonuses,
        List<Criterion> children,
        SourceRef source) {

    public boolean isGroup() {
        return !children.isEmpty();
    }

    /** True when points start from the maximum and rules take them away, so no assessor figure is needed. */
    public boolean startsFromMax() {
        return checklist.isPresent() || incidents.isPresent();
    }

    public Optional<Bonus> bonus(String id) {
        return bonuses.stream().filter(b -> b.id().equals(id)).findFirst();
    }
}
