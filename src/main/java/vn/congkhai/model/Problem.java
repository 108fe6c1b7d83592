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
 * @param englishMessage the message in English; empty where a problem was raised in Vietnamese only
 * @param englishHint    the hint in English
 */
public record Problem(Severity severity, SourceRef where, String field, String message, String hint, String englishMessage,
                      String englishHint) {

    public static final Comparator<Problem> BY_PLACE = Comparator
            .comparing((Problem p) -> p.where().file())
            .thenComparingInt(p -> p.where().line())
            .thenComparingInt(p -> p.where().column())
            .thenComparing(Problem::field)
            .thenComparing((Problem p) -> p.message());

    public static Problem error(SourceRef where, String field, Say message, Say hint) {
        return of(Severity.ERROR, where, field, message, hint);
    }

    public static Problem warning(SourceRef where, String field, Say message, Say hint) {
        return of(Severity.WARNING, where, field, message, hint);
    }

    private static Problem of(Severity severity, SourceRef where, String field, Say message, Say hint) {
        return new Problem(severity, where, field, message.vi(), hint.vi(), message.en(), hint.en());
    }

    /** A problem in Vietnamese only; prefer {@link #error(SourceRef, String, Say, Say)}, which English readers can read too. */
    public static Problem error(SourceRef where, String field, String message, String hint) {
        return new Problem(Severity.ERROR, where, field, message, hint, "", "");
    }

    /** A warning in Vietnamese only; prefer {@link #warning(SourceRef, String, Say, Say)}. */
    public static Problem warning(SourceRef where, String field, String message, String hint) {
        return new Problem(Severity.WARNING, where, field, message, hint, "", "");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Whether the problem can be told in English (every problem should; a test over the hostile corpus checks). */
    public boolean hasEnglish() {
        return !englishMessage.isEmpty();
    }

    public String message(Lang lang) {
        return lang == Lang.EN && hasEnglish() ? englishMessage : message;
    }

    public String hint(Lang lang) {
        return lang == Lang.EN && hasEnglish() ? englishHint : hint;
    }

    /**
     * One line in the compiler style editors' tools already understand: {@code file:line:column: lỗi: ...}; always one
     * line, with hidden characters from the data escaped ({@link HiddenChars#escape}).
     */
    public String format() {
        return format(Lang.VI);
    }

    /** {@link #format()} in the language asked for; a problem with no English text is given in Vietnamese. */
    public String format(Lang lang) {
        StringBuilder s = new StringBuilder();
        s.append(where).append(": ").append(severity.label(lang)).append(": ");
        if (!field.isEmpty()) {
            s.append('[').append(field).append("] ");
        }
        s.append(message(lang));
        String hint = hint(lang);
        if (!hint.isEmpty()) {
            s.append(lang == Lang.EN && hasEnglish() ? " How to fix: " : " Cách sửa: ").append(hint);
        }
        // file names, fields and messages carry data: a line feed or a terminal code in them must not print as one,
        // or a value could forge a further `lỗi:` line in the CI comment
        return HiddenChars.escape(s.toString());
    }
}
