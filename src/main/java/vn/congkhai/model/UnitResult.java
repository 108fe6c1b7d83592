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

    /**
     * A plain loop, not a stream: asked for every cell of every board, criterion and open-data page (millions of
     * times at 10,000 units), where setting a stream up cost more than the search itself (issue 13).
     */
    public Optional<CriterionScore> score(String criterionId) {
        for (CriterionScore s : scores) {
            if (s.criterion().id().equals(criterionId)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
