package vn.congkhai.model;

import java.math.BigDecimal;

/** Where a unit fell short: a scored criterion (not a group) and the points below its maximum. */
public record PointsLost(Criterion criterion, BigDecimal lost) {
}
