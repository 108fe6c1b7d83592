package vn.congkhai.model;

import java.util.Map;

/** One unit's row of a score sheet: criterion id → what was recorded. A criterion absent here is "chưa chấm". */
public record UnitScore(String unitId, Map<String, CriterionInput> criteria, SourceRef source) {
}
