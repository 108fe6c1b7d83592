package vn.congkhai.render;

import java.text.Normalizer;

/**
 * How much room a chart's text takes, worked out at build time so labels can be placed where they do not
 * run into each other or out of the picture. Every chart is drawn at one SVG unit per CSS pixel, so text of
 * {@link #SIZE} units is {@link #SIZE} px on a phone and on a desktop alike, close to the body text
 * ({@code .chart text} in the stylesheet sets the same size).
 *
 * <p>Widths are estimated from a wide sans-serif (DejaVu Sans, the widest that phones and Linux desktops
 * fall back to), so a narrower font only leaves more space. Accents do not change a letter's width: "ế"
 * counts as "e".
 */
final class ChartText {
    /** The font size of all chart text, in SVG units = CSS px; the body text is 17 px. */
    static final int SIZE = 16;
    /** From the baseline up to the top of an accented capital, and down to the bottom of a "g". */
    static final int ASCENT = 16;
    static final int DESCENT = 5;
    /** Room kept between two labels side by side. */
    static final int GAP = 8;
    /** Room kept between text and the chart's left and right edges: a glyph may reach a pixel past its origin ("T"). */
    static final int INSET = 2;

    private ChartText() {
    }

    /** The estimated advance width of {@code text} at {@link #SIZE}, rounded up. */
    static int width(String text) {
        String base = Normalizer.normalize(text, Normalizer.Form.NFD);
        double em = 0;
        for (int i = 0; i < base.length(); i++) {
            char c = base.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            em += em(c);
        }
        return (int) Math.ceil(em * SIZE);
    }

    /**
     * Advance widths in em of DejaVu Sans (measured: lowercase 0.28–0.63 but m 0.97, w 0.82; capitals up to
     * 0.79 but M 0.86, W 0.99; digits 0.64; % 0.95; … 1.0), rounded up; any other character counts as wide.
     */
    private static double em(char c) {
        if (c == ' ' || c == '.' || c == ',' || c == ':' || c == ';' || c == '\'' || c == '!') {
            return 0.33;
        }
        if (c == 'i' || c == 'l' || c == 'j' || c == 'I' || c == '|') {
            return 0.3;
        }
        if (c == 'f' || c == 't' || c == 'r' || c == '(' || c == ')' || c == '/' || c == '-' || c == 'đ') {
            return 0.42;
        }
        if (c == 'm' || c == 'w' || c == '%' || c == 'M' || c == 'W' || c == '—' || c == '…') {
            return 0.98;
        }
        if (Character.isDigit(c) || Character.isLowerCase(c)) {
            return 0.64;
        }
        if (Character.isUpperCase(c)) {
            return 0.8;
        }
        return 0.85;
    }

    /** The estimated width of {@code text} in bold (DejaVu Sans Bold runs up to about 15% wider). */
    static int boldWidth(String text) {
        return (int) Math.ceil(width(text) * 1.15);
    }

    /** {@code text} cut at a word and ended with "…" so that it fits in {@code room}; whole if it fits. */
    static String fit(String text, int room) {
        if (width(text) <= room) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && width(cut + "…") > room) {
            int space = cut.lastIndexOf(' ');
            cut = space > 0 ? cut.substring(0, space) : cut.substring(0, cut.offsetByCodePoints(cut.length(), -1)); // never half a character
        }
        return cut.strip() + "…";
    }
}
