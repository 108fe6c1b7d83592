package vn.congkhai.model;

import java.util.Map;

/**
 * One unit's row of a score sheet.
 *
 * @param criteria  criterion id → what was recorded
 * @param leftEmpty criterion ids written with no usable value ("chưa chấm" on purpose, or a value already
 *                  reported as wrong), with where they were written
 */
public record UnitScore(String unitId, Map<String, CriterionInput> criteria, Map<String, SourceRef> leftEmpty, SourceRef source) {
}
