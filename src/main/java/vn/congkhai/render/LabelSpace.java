package vn.congkhai.render;

import vn.congkhai.render.ChartViews.SvgText;

import java.util.ArrayList;
import java.util.List;

/**
 * The room labels already take in one chart: a label is placed only where it touches none of them and
 * stays inside the chart, so a crowded chart labels fewer points instead of printing them over each other
 * (the table beside every chart has all the numbers).
 */
final class LabelSpace {
    private record Area(int left, int top, int right, int bottom) {
        boolean touches(Area o) {
            return left < o.right + ChartText.GAP && o.left < right + ChartText.GAP && top < o.bottom && o.top < bottom;
        }
    }

    private final int width;
    private final List<Area> taken = new ArrayList<>();

    LabelSpace(int width) {
        this.width = width;
    }

    /**
     * A text of {@code text} with its baseline at {@code y}, centred on {@code x} or as near as the edges
     * {@code from}..{@code to} allow; empty if it would touch a label placed before.
     */
    java.util.Optional<SvgText> centred(String text, int x, int y, int from, int to, String cssClass) {
        int w = ChartText.width(text);
        int left = Math.max(from, Math.min(x - w / 2, Math.min(to, width - ChartText.INSET) - w));
        return place(new SvgText(left, y, "start", text, cssClass), w);
    }

    /** A text starting at {@code x}, if it fits the width and touches no label placed before. */
    java.util.Optional<SvgText> at(String text, int x, int y, String cssClass) {
        return place(new SvgText(x, y, "start", text, cssClass), ChartText.width(text));
    }

    /** Counts a text as taken whatever it touches (axis labels that must be there). */
    SvgText reserve(SvgText t) {
        int w = ChartText.width(t.text());
        int left = switch (t.anchor()) {
            case "end" -> t.x() - w;
            case "middle" -> t.x() - w / 2;
            default -> t.x();
        };
        taken.add(area(left, t.y(), w));
        return t;
    }

    private java.util.Optional<SvgText> place(SvgText t, int w) {
        Area a = area(t.x(), t.y(), w);
        if (a.left < 0 || a.right > width || taken.stream().anyMatch(a::touches)) {
            return java.util.Optional.empty();
        }
        taken.add(a);
        return java.util.Optional.of(t);
    }

    private static Area area(int left, int baseline, int w) {
        return new Area(left, baseline - ChartText.ASCENT, left + w, baseline + ChartText.DESCENT);
    }
}
