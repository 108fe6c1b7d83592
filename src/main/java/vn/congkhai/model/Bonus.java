package vn.congkhai.model;

import java.math.BigDecimal;

/** "Được công nhận cộng 5 điểm": {@code points} added when the condition named by {@code id} is met. */
public record Bonus(String id, BigDecimal points, String condition) {
}
