package vn.congkhai.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A unit's result in one round.
 *
 * @param scores every criterion of the rubric in order, groups included
 * @param total  the sum over top-level criteria; empty while any criterion is "chưa chấm"
 * @param scoredSoFar the sum of what has been scored, shown beside an incomplete total
 * @param selfAssessment the same worked out from the unit's own scores, when it recorded them
 * @param rating the highest band of the rubric reached; empty when none is, or the unit is not fully scored
 */
public record UnitResult(Unit unit, List<CriterionScore> scores, Optional<BigDecimal> total, BigDecimal scoredSoFar,
                         Optional<UnitResult> selfAssessment, Optional<Rating> rating) {

    public Optional<CriterionScore> score(String criterionId) {
        return scores.stream().filter(s -> s.criterion().id().equals(criterionId)).findFirst();
    }
}
