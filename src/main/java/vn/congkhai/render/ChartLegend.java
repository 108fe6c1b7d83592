package vn.congkhai.render;

import vn.congkhai.render.ChartViews.SvgText;
import vn.congkhai.render.ChartViews.Swatch;

import java.util.ArrayList;
import java.util.List;

/**
 * A legend in real text below a chart (colour alone explains nothing to a reader who cannot tell the
 * colours apart): each entry is a sample and its words, entries flow left to right and wrap to a new
 * line when the next one would not fit the chart's width.
 */
final class ChartLegend {
    static final int SAMPLE = 20;
    private static final int LINE = ChartText.ASCENT + ChartText.DESCENT + 6;

    private final int width;
    private final int top;
    private final List<Swatch> swatches = new ArrayList<>();
    private final List<SvgText> texts = new ArrayList<>();
    private int x;
    private int line;

    /** A legend across {@code width} whose first line's text box starts at {@code top}. */
    ChartLegend(int width, int top) {
        this.width = width;
        this.top = top;
    }

    /** Adds "sample + words"; words too long for a whole line are shortened with "…". */
    ChartLegend add(String kind, String cssClass, String words) {
        int room = width - SAMPLE - 6;
        String text = ChartText.fit(words, room);
        int entry = SAMPLE + 6 + ChartText.width(text);
        if (x > 0 && x + entry > width) {
            x = 0;
            line++;
        }
        int baseline = top + line * LINE + ChartText.ASCENT;
        swatches.add(Swatch.of(kind, x, baseline - 5, cssClass));
        texts.add(new SvgText(x + SAMPLE + 6, baseline, "start", text, "chart-legend"));
        x += entry + 2 * ChartText.GAP;
        return this;
    }

    List<Swatch> swatches() {
        return List.copyOf(swatches);
    }

    List<SvgText> texts() {
        return List.copyOf(texts);
    }

    /** Where the legend ends: the bottom of its last line, or {@code top} when it is empty. */
    int bottom() {
        return texts.isEmpty() ? top : top + (line + 1) * LINE;
    }
}
