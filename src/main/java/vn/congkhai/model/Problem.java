package vn.congkhai.model;

import java.util.Comparator;

/**
 * Something an editor must fix or know about, as a value: collected, sorted and reported all at
 * once, never thrown at the first error.
 *
 * @param where   the file, line and column it was found at
 * @param field   the field path, e.g. {@code units[3].criteria["5.1"]}; empty for a whole file
 * @param message what is wrong, in plain Vietnamese
 * @param hint    how to fix it, in plain Vietnamese; empty when the message says it all
 */
public record Problem(Severity severity, SourceRef where, String field, String message, String hint) {

    public static final Comparator<Problem> BY_PLACE = Comparator
            .comparing((Problem p) -> p.where().file())
            .thenComparingInt(p -> p.where().line())
            .thenComparingInt(p -> p.where().column())
            .thenComparing(Problem::field)
            .thenComparing(Problem::message);

    public static Problem error(SourceRef where, String field, String message, String hint) {
        return new Problem(Severity.ERROR, where, field, message, hint);
    }

    public static Problem warning(SourceRef where, String field, String message, String hint) {
        return new Problem(Severity.WARNING, where, field, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** One line in the compiler style editors' tools already understand: {@code file:line:column: lỗi: ...}. */
    public String format() {
        StringBuilder s = new StringBuilder();
        s.append(where).append(": ").append(severity.label()).append(": ");
        if (!field.isEmpty()) {
            s.append('[').append(field).append("] ");
        }
        s.append(message);
        if (!hint.isEmpty()) {
            s.append(" Cách sửa: ").append(hint);
        }
        return s.toString();
    }
}
