package vn.congkhai.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What the assessor recorded for one unit on one criterion: points given directly, or the facts
 * the criterion's rules turn into points (missing checklist items, incidents, bonuses met), and the
 * evidence (minh chứng) behind it: web addresses or files published from {@code assets/}.
 */
public record CriterionInput(
        Optional<BigDecimal> points,
        List<String> missing,
        int incidents,
        List<String> bonuses,
        String note,
        List<String> evidence,
        SourceRef source) {
}
