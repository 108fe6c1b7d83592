package vn.congkhai.browser;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.congkhai.BuiltSample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every chart of the sample portal, as Chromium draws it on a 360 px phone and on a 1280 px desktop:
 * exactly one layout of each chart shows, no text of a chart touches another text of it, none leaves the
 * chart or the screen, and chart text is drawn at about the size of the body text (0.8–1.25×). The
 * positions are the browser's own ({@code getBBox} through the SVG's screen matrix), so the check holds
 * whatever font the machine has. A screenshot of every chart kind at both widths is kept.
 */
class ChartsInBrowserTest {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Sub-pixel rounding between glyph boxes is no overlap. */
    private static final double SLACK = 0.5;

    @TempDir
    static Path profile;
    static StaticServer server;
    static ChromeDriver browser;
    /** Every page with a chart, by site-relative path; the value is its kind (the body's kind-X class). */
    static Map<String, String> chartPages;
    /** The page of each kind whose chart is kept as a screenshot: one with a highlighted ward where there is one. */
    static Map<String, String> shown = new TreeMap<>();

    @BeforeAll
    static void start() {
        Path site = BuiltSample.site();
        chartPages = pagesWithCharts(site);
        server = new StaticServer(site);
        browser = Chromium.start(true, profile.resolve("charts"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theSampleHasEveryKindOfChart() {
        assertTrue(chartPages.values().containsAll(List.of("kpi", "campaign", "criterion", "unit")), chartPages.toString());
    }

    @Test
    void chartTextNeitherOverlapsNorLeavesTheChartOnAPhone() throws IOException {
        assertEquals(List.of(), failuresAt(360, true), "charts at 360 px");
    }

    @Test
    void chartTextNeitherOverlapsNorLeavesTheChartOnADesktop() throws IOException {
        assertEquals(List.of(), failuresAt(1280, false), "charts at 1280 px");
    }

    /** The same checks fail on charts made to break them: they are not passing by accident. */
    @Test
    void theChecksCatchABrokenChart(@TempDir Path broken) throws IOException {
        Files.writeString(broken.resolve("index.html"), """
                <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
                <title>Biểu đồ hỏng</title><style>body { font-size: 17px; } svg { display: block; }</style></head><body>
                <figure class="chart"><svg viewBox="0 0 200 100" width="100%">
                <text x="10" y="30" font-size="16">Tháng 5/2024</text><text x="40" y="32" font-size="16">Tháng 6/2024</text>
                <text x="150" y="80" font-size="16">ra ngoài khung</text></svg></figure>
                <figure class="chart"><svg viewBox="0 0 1000 100" width="300"><text x="10" y="50" font-size="16">chữ quá nhỏ</text></svg></figure>
                </body></html>
                """);
        try (StaticServer brokenSite = new StaticServer(broken)) {
            List<String> failures = chartFailures(brokenSite.url(), "");
            String all = String.join("\n", failures);
            assertTrue(all.contains("overlaps"), all);
            assertTrue(all.contains("leaves the chart"), all);
            assertTrue(all.contains("body text"), all);
        }
    }

    private List<String> failuresAt(int width, boolean phone) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        if (phone) {
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", 740, "deviceScaleFactor", 1, "mobile", true));
        } else {
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        }
        try {
            List<String> failures = new ArrayList<>();
            chartPages.forEach((path, kind) -> {
                failures.addAll(chartFailures(server.url() + path, path));
                if (path.equals(shown.get(kind))) {
                    screenshotOfFirstChart(SCREENSHOTS.resolve("chart-" + kind + "-" + width + "px.png"));
                }
            });
            return failures;
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /**
     * Opens {@code url} and checks every chart on it: one SVG shown per chart, each text inside its SVG and
     * the screen, no two texts of a chart touching, text between 0.8 and 1.25 times the body text's size.
     */
    @SuppressWarnings("unchecked")
    private static List<String> chartFailures(String url, String name) {
        browser.get(url);
        return (List<String>) browser.executeScript("""
                var name = arguments[0], slack = arguments[1], out = [];
                var body = parseFloat(getComputedStyle(document.body).fontSize);
                var screenWidth = document.documentElement.clientWidth;
                document.querySelectorAll('.chart').forEach(function (fig, f) {
                  var shown = Array.from(fig.querySelectorAll('svg')).filter(function (s) { return s.getClientRects().length > 0; });
                  if (shown.length !== 1) { out.push(name + ' chart ' + f + ': ' + shown.length + ' layouts shown instead of 1'); }
                  shown.forEach(function (svg) {
                    var frame = svg.getBoundingClientRect();
                    var boxes = Array.from(svg.querySelectorAll('text')).map(function (t) {
                      var b = t.getBBox(), m = t.getScreenCTM();
                      var p1 = new DOMPoint(b.x, b.y).matrixTransform(m), p2 = new DOMPoint(b.x + b.width, b.y + b.height).matrixTransform(m);
                      var size = parseFloat(getComputedStyle(t).fontSize) * m.a;
                      return { text: t.textContent, left: p1.x, top: p1.y, right: p2.x, bottom: p2.y, size: size };
                    });
                    boxes.forEach(function (b, i) {
                      if (b.left < frame.left - slack || b.right > frame.right + slack || b.top < frame.top - slack || b.bottom > frame.bottom + slack) {
                        out.push(name + ' chart ' + f + ': "' + b.text + '" leaves the chart');
                      } else if (b.left < -slack || b.right > screenWidth + slack) {
                        out.push(name + ' chart ' + f + ': "' + b.text + '" leaves the screen');
                      }
                      var ratio = b.size / body;
                      if (ratio < 0.8 || ratio > 1.25) {
                        out.push(name + ' chart ' + f + ': "' + b.text + '" is ' + b.size.toFixed(1) + ' px against ' + body + ' px body text');
                      }
                      for (var j = i + 1; j < boxes.length; j++) {
                        var o = boxes[j];
                        if (b.left < o.right - slack && o.left < b.right - slack && b.top < o.bottom - slack && o.top < b.bottom - slack) {
                          out.push(name + ' chart ' + f + ': "' + b.text + '" overlaps "' + o.text + '"');
                        }
                      }
                    });
                  });
                });
                return out;
                """, name, SLACK);
    }

    /** A screenshot of the page's first chart as shown, with its caption. */
    @SuppressWarnings("unchecked")
    private static void screenshotOfFirstChart(Path file) {
        Map<String, Object> r = (Map<String, Object>) browser.executeScript(
                "var f = document.querySelector('.chart'); f.scrollIntoView(); var b = f.getBoundingClientRect();"
                        + "return {x: b.left + window.scrollX, y: b.top + window.scrollY, w: b.width, h: b.height};");
        Map<String, Object> clip = Map.of("x", number(r.get("x")), "y", number(r.get("y")), "width", number(r.get("w")),
                "height", number(r.get("h")), "scale", 1);
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        try {
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double number(Object o) {
        return ((Number) o).doubleValue();
    }

    private static Map<String, String> pagesWithCharts(Path site) {
        Map<String, String> pages = new TreeMap<>();
        java.util.Set<String> shownHasOwn = new java.util.HashSet<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                var doc = Jsoup.parse(f.toFile(), "UTF-8");
                if (!doc.select(".chart svg").isEmpty()) {
                    String kind = doc.body().classNames().stream().filter(c -> c.startsWith("kind-")).findFirst().orElse("kind-unknown");
                    kind = kind.substring(kind.indexOf('-') + 1);
                    String path = site.relativize(f).toString().replace('\\', '/');
                    pages.put(path, kind);
                    if (!shown.containsKey(kind) || !doc.select(".chart .chart-own").isEmpty() && !shownHasOwn.contains(kind)) {
                        shown.put(kind, path);
                        if (!doc.select(".chart .chart-own").isEmpty()) {
                            shownHasOwn.add(kind);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }
}
