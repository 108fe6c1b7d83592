package vn.congkhai.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Characters an editor cannot see but a program obeys: line breaks only YAML knows, control characters,
 * bidirectional controls and zero-width characters. With them, a line can mean something other than what a
 * reviewer reads (a score hidden after a {@code #} comment, a name that looks like another one), an Atom feed
 * stops being XML, and a problem line printed to CI can forge further lines. They are refused in data, and
 * escaped wherever data-derived text is printed.
 */
public final class HiddenChars {
    private HiddenChars() {
    }

    /** What kind of hidden character a code point is. */
    public enum Kind {
        /** U+0085 NEL, U+2028, U+2029: a line break for the YAML parser, not for editors (or for git diff). */
        LINE_BREAK(Say.of("ký tự xuống dòng ẩn", "hidden line break")),
        /** C0 except tab, line feed and carriage return; DEL; C1. */
        CONTROL(Say.of("ký tự điều khiển", "control character")),
        /** Characters that reorder the text on screen (the "Trojan Source" trick). */
        BIDI(Say.of("ký tự đổi chiều chữ", "bidirectional control character")),
        /** Characters with no width: two names that look the same can differ by one. */
        ZERO_WIDTH(Say.of("ký tự vô hình", "invisible character"));

        private final Say name;

        Kind(Say name) {
            this.name = name;
        }

        /** "ký tự đổi chiều chữ" / "bidirectional control character". */
        public Say said() {
            return name;
        }
    }

    /** The kind of {@code cp}, or empty for an ordinary character (including tab, line feed, carriage return). */
    public static Optional<Kind> kind(int cp) {
        if (cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
            return Optional.of(Kind.LINE_BREAK);
        }
        if ((cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || (cp >= 0x7F && cp <= 0x9F)) {
            return Optional.of(Kind.CONTROL);
        }
        if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F || cp == 0x061C) {
            return Optional.of(Kind.BIDI);
        }
        if (isZeroWidth(cp)) {
            return Optional.of(Kind.ZERO_WIDTH);
        }
        return Optional.empty();
    }

    private static boolean isZeroWidth(int cp) {
        return (cp >= 0x200B && cp <= 0x200D) // zero-width space, non-joiner, joiner
                || (cp >= 0x2060 && cp <= 0x2064) // word joiner, invisible operators
                || cp == 0xFEFF // a byte-order mark anywhere but at the start of a file
                || cp == 0x180E // Mongolian vowel separator
                || cp == 0x00AD // soft hyphen
                || cp == 0x034F // combining grapheme joiner
                || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 // Hangul fillers: "blank" names
                || cp == 0x17B4 || cp == 0x17B5; // Khmer inherent vowels, invisible
    }

    public static boolean isHidden(int cp) {
        // asked for every character of every data file: printable ASCII and Vietnamese letters and marks first
        if (cp >= 0x20 && cp < 0x7F || cp >= 0xA0 && cp < 0x34F && cp != 0xAD || cp >= 0x1E00 && cp <= 0x1EFF) {
            return false;
        }
        return kind(cp).isPresent();
    }

    /** Whether {@code text} holds any hidden character. */
    public static boolean anyIn(String text) {
        return text.codePoints().anyMatch(HiddenChars::isHidden);
    }

    /** {@code U+202E}, the way a character is named in a message. */
    public static String code(int cp) {
        return String.format(Locale.ROOT, "U+%04X", cp);
    }

    /**
     * {@code text} made safe to print on one line of a log: every hidden character written as an escape
     * ({@code \n}, {@code \r}, {@code \t}; any other as a backslash, {@code u} and
     * four hex digits). One problem is then always exactly one line,
     * no terminal colour or cursor code runs, and the order a reader sees is the order that was printed.
     */
    public static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            String replacement = cp == '\n' ? "\\n" : cp == '\r' ? "\\r" : cp == '\t' ? "\\t"
                    : isHidden(cp) ? "\\u" + String.format(Locale.ROOT, "%04X", cp) : null;
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.appendCodePoint(cp);
                }
            }
            i += n;
        }
        return out == null ? text : out.toString();
    }

    /**
     * The name as a reader tells it apart from others: Unicode NFC, hidden characters dropped, runs of spaces
     * made one. Two names with the same key look the same on a page and must not both be in one list.
     */
    public static String lookKey(String name) {
        StringBuilder s = new StringBuilder();
        boolean space = false;
        for (int cp : Normalizer.normalize(name, Normalizer.Form.NFC).codePoints().toArray()) {
            if (isHidden(cp)) {
                continue;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = true;
                continue;
            }
            if (space && !s.isEmpty()) {
                s.append(' ');
            }
            space = false;
            s.appendCodePoint(cp);
        }
        return s.toString();
    }
}
