package vn.congkhai.model;

import java.util.Optional;

/**
 * One unit's row of a score sheet.
 *
 * @param official       the assessors' scores (điểm thẩm định): what ranks the unit
 * @param selfAssessment the unit's own scores (tự chấm), shown beside the official ones when recorded
 */
public record UnitScore(String unitId, Scorecard official, Optional<Scorecard> selfAssessment, SourceRef source) {
}
