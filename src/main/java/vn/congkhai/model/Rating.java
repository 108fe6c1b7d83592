package vn.congkhai.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A classification band or star level of a rubric (xếp loại, "đạt 4 sao"): reached with a total of at
 * least {@code min} and every condition met. A rubric lists its bands from the highest down.
 *
 * @param stars 0 when the band is not a star level
 */
public record Rating(String label, int stars, BigDecimal min, List<Condition> conditions) {

    /** "At least {@code min} points on criterion {@code criterionId}". */
    public record Condition(String criterionId, BigDecimal min) {
    }
}
