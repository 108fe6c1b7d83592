package vn.congkhai.model;

import java.util.Map;

/**
 * One set of scores for a unit in a round: the official one (điểm thẩm định) or the unit's own
 * self-assessment (tự chấm).
 *
 * @param criteria  criterion id → what was recorded
 * @param leftEmpty criterion ids written with no usable value ("chưa chấm" on purpose, or a value already
 *                  reported as wrong), with where they were written
 */
public record Scorecard(Map<String, CriterionInput> criteria, Map<String, SourceRef> leftEmpty) {
}
