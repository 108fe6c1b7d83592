package vn.congkhai.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Where a unit fell short: a scored criterion (not a group), the points below its maximum, and what the scoring
 * recorded about why.
 *
 * @param deductions what the rules took points away for, in the derivation's order ("thiếu wifi",
 *                   "2 trường hợp bị phản ánh ..."); empty when no rule deducted anything
 * @param given      the assessor's own figure when the criterion was scored by a figure below its maximum: that
 *                   part of the loss is the assessor's judgement, explained only by {@code note}
 * @param note       the assessor's note on the criterion, empty when none was written
 */
public record PointsLost(Criterion criterion, BigDecimal lost, List<String> deductions, Optional<BigDecimal> given,
                         String note) {

    public PointsLost {
        deductions = List.copyOf(deductions);
    }

    /** True when the scoring recorded nothing that says why: no rule deducted, and the assessor wrote no note. */
    public boolean unexplained() {
        return deductions.isEmpty() && note.isEmpty();
    }
}
