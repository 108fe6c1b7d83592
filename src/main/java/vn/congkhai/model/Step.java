package vn.congkhai.model;

import java.math.BigDecimal;

/**
 * One line of a score's derivation, e.g. "Trừ 2 điểm: thiếu wifi".
 *
 * @param delta  the points this step adds (negative for a deduction, zero for a note)
 * @param kind   what the step does, so that a loss can be explained from the steps without reading their words back
 * @param reason for a deduction, what the data says was wrong ("thiếu wifi"); for a bonus, its condition; for a
 *               note, the assessor's words; empty for the other kinds
 */
public record Step(String text, BigDecimal delta, Kind kind, String reason) {

    /** What a step of a derivation does. */
    public enum Kind {
        /** The assessor's own figure: what the derivation starts from when the criterion has no rule to start at its maximum. */
        GIVEN,
        /** The criterion's maximum, the start of a checklist or incident criterion. */
        FROM_MAX,
        /** Points taken away by a rule: a missing checklist item, incidents. */
        DEDUCTION,
        /** Points added on a condition met. */
        BONUS,
        /** The result brought back to 0..maximum. */
        LIMIT,
        /** The assessor's note on the criterion. */
        NOTE,
        /** Words that move no points: "đủ tất cả các mục", "chưa chấm", a group's sum. */
        REMARK
    }

    /** A step that moves no points and explains nothing lost: a remark. */
    public static Step remark(String text) {
        return new Step(text, BigDecimal.ZERO, Kind.REMARK, "");
    }
}
