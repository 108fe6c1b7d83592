package vn.congkhai.model;

import java.math.BigDecimal;

/**
 * One line of a score's derivation, e.g. "Trừ 2 điểm: thiếu wifi".
 *
 * @param delta the points this step adds (negative for a deduction, zero for a note)
 */
public record Step(String text, BigDecimal delta) {
}
