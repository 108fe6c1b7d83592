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

    /** Adds "sample + words"; words too long for one line wrap onto the next lines, under the words' start. */
    ChartLegend add(String kind, String cssClass, String words) {
        int room = width - SAMPLE - 6 - ChartText.INSET;
        List<String> wrapped = wrap(words, room);
        int entry = SAMPLE + 6 + wrapped.stream().mapToInt(ChartText::width).max().orElse(0);
        if (x > 0 && (x + entry > width || wrapped.size() > 1)) {
            x = 0;
            line++;
        }
        int baseline = top + line * LINE + ChartText.ASCENT;
        swatches.add(Swatch.of(kind, x, baseline - 5, cssClass));
        for (int i = 0; i < wrapped.size(); i++) {
            texts.add(new SvgText(x + SAMPLE + 6, baseline + i * LINE, "start", wrapped.get(i), "chart-legend"));
        }
        line += wrapped.size() - 1;
        x = wrapped.size() > 1 ? width : x + entry + 2 * ChartText.GAP;
        return this;
    }

    /** The words in lines of at most {@code room}; a single word longer than that is shortened with "…". */
    static List<String> wrap(String words, int room) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : words.strip().split("\\s+")) {
            String tried = current.length() == 0 ? word : current + " " + word;
            if (current.length() > 0 && ChartText.width(tried) > room) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(tried);
            }
        }
        lines.add(current.toString());
        return lines.stream().map(l -> ChartText.fit(l, room)).toList();
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
