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
        /**
         * {@code kind} is "line", "bar" or one of the {@link #shape} kinds; ({@code x}, {@code y}) is the sample's
         * left middle.
         */
        static Swatch of(String kind, int x, int y, String cssClass) {
            String d = switch (kind) {
                case "line" -> "M" + x + "," + y + " h20";
                case "bar" -> "M" + x + "," + (y - 7) + " h20 v14 h-20 z";
                default -> shape(kind, x + 10, y);
            };
            return new Swatch(d, cssClass);
        }

        /**
         * A point-like mark centred on ({@code cx}, {@code cy}), about 12 px across: "dot" and "ring" (a circle,
         * filled or not, by CSS), "mark" (a triangle), "diamond", "square". Marks that mean different things differ
         * in shape, not only in colour, for readers who do not tell the colours apart.
         */
        static String shape(String kind, int cx, int cy) {
            return switch (kind) {
                case "dot", "ring" -> "M" + (cx - 5) + "," + cy + " a5,5 0 1,0 10,0 a5,5 0 1,0 -10,0";
                case "mark" -> "M" + cx + "," + (cy - 6) + " l-6,11 h12 z";
                case "diamond" -> "M" + cx + "," + (cy - 7) + " l7,7 l-7,7 l-7,-7 z";
                case "square" -> "M" + (cx - 5) + "," + (cy - 5) + " h10 v10 h-10 z";
                default -> throw new IllegalArgumentException("no legend sample " + kind);
            };
        }
    }

    /** A rectangle: a bar of a bar chart or a phase of a timeline. */
    public record Box(int x, int y, int width, int height, String cssClass) {
    }
}
