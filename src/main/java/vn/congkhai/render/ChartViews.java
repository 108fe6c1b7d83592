package vn.congkhai.render;

import java.util.List;

/**
 * The pieces every chart is drawn from, already placed: the templates only write them out as SVG.
 * Every chart comes in {@link #NARROW} and {@link #WIDE} layouts of its own size, one SVG unit per CSS
 * pixel; the stylesheet shows the one that fits the screen, so the text keeps its size at any width.
 */
public final class ChartViews {
    /** The layout for phones: it fits a 360 px screen with the page's margins. */
    public static final String NARROW = "narrow";
    /** The layout for wider screens, shown from 45rem (the {@code .chart-wide} rule in the stylesheet). */
    public static final String WIDE = "wide";
    static final int NARROW_WIDTH = 320;
    static final int WIDE_WIDTH = 640;

    private ChartViews() {
    }

    /** A text at ({@code x}, {@code y}, its baseline); {@code anchor} is SVG's text-anchor: start, middle or end. */
    public record SvgText(int x, int y, String anchor, String text, String cssClass) {
    }

    /**
     * A legend's sample of what it explains, 20 units wide: an SVG path ({@code d}) styled by {@code cssClass}
     * the same way as what it stands for (a stroke, a dot, a ring, a triangle or a block).
     */
    public record Swatch(String d, String cssClass) {
        /** {@code kind} is "line", "dot", "ring", "mark" or "bar"; ({@code x}, {@code y}) is the sample's left middle. */
        static Swatch of(String kind, int x, int y, String cssClass) {
            String d = switch (kind) {
                case "line" -> "M" + x + "," + y + " h20";
                case "dot", "ring" -> "M" + (x + 6) + "," + y + " a4,4 0 1,0 8,0 a4,4 0 1,0 -8,0";
                case "mark" -> "M" + (x + 10) + "," + (y - 6) + " l-6,11 h12 z";
                case "bar" -> "M" + x + "," + (y - 7) + " h20 v14 h-20 z";
                default -> throw new IllegalArgumentException("no legend sample " + kind);
            };
            return new Swatch(d, cssClass);
        }
    }

    /** A rectangle: a bar of a bar chart or a phase of a timeline. */
    public record Box(int x, int y, int width, int height, String cssClass) {
    }
}
