package vn.congkhai.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A unit's score on one criterion with how it was derived.
 *
 * @param points empty when the criterion was not scored ("chưa chấm"), which is never shown as 0
 * @param depth  0 for a top-level criterion, 1 for a sub-criterion of a group
 * @param evidence links to the evidence recorded with the score
 */
public record CriterionScore(Criterion criterion, Optional<BigDecimal> points, List<Step> steps, boolean clamped, int depth,
                             List<String> evidence) {
    public boolean scored() {
        return points.isPresent();
    }
}
