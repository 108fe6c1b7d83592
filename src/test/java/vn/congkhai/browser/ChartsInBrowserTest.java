package vn.congkhai.browser;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.congkhai.BuildConfig;
import vn.congkhai.BuildResult;
import vn.congkhai.BuiltSample;
import vn.congkhai.MiniWard;
import vn.congkhai.Portal;
import vn.congkhai.TestProjects;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
    static SampleInBrowsers.OneBrowser served;
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
        served = SampleInBrowsers.OneBrowser.start(site, profile.resolve("charts"), false);
        server = served.server;
        browser = served.browser;
    }

    @AfterAll
    static void stop() {
        SampleInBrowsers.close(served);
    }

    @Test
    void theSampleHasEveryKindOfChart() {
        assertTrue(chartPages.values().containsAll(List.of("kpi", "campaign", "criterion", "unit")), chartPages.toString());
    }

    @Test
    void chartTextNeitherOverlapsNorLeavesTheChartOnAPhone() throws IOException {
        assertEquals(List.of(), failuresAt(server, chartPages, 360, true, shown, "chart-"), "charts at 360 px");
    }

    @Test
    void chartTextNeitherOverlapsNorLeavesTheChartOnADesktop() throws IOException {
        assertEquals(List.of(), failuresAt(server, chartPages, 1280, false, shown, "chart-"), "charts at 1280 px");
    }

    /**
     * Charts far more crowded than the sample's hold too: two years of months swinging between 0% and 100%
     * with a gap, eight quarters, wards with very long names, a campaign of two and a half years with long
     * phase names and milestones on the same day.
     */
    @Test
    void crowdedChartsHoldAtBothWidths(@TempDir Path dir) throws IOException {
        MiniWard.write(dir);
        TestProjects.write(dir, "data/units.yaml", """
                units:
                  - {id: an, name: Phường Thử}
                  - {id: binh, name: Thị trấn Nông trường Sông Hậu thuộc huyện Cờ Đỏ trước khi sắp xếp}
                  - {id: cuong, name: Xã Vĩnh Hòa Hưng Nam}
                  - {id: dung, name: Phường Bình Khánh}
                """);
        StringBuilder months = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            String period = String.format("%d-%02d", 2023 + i / 12, i % 12 + 1);
            months.append(i == 7 ? "      - {period: \"" + period + "\"}\n"
                    : "      - {period: \"" + period + "\", numerator: " + (i % 2 == 0 ? 100 : i % 3) + ", denominator: 100}\n");
        }
        StringBuilder quarters = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            quarters.append("      - {period: \"").append(2023 + i / 4).append("-Q").append(i % 4 + 1)
                    .append("\", numerator: ").append(90 + i).append(", denominator: 100}\n");
        }
        TestProjects.write(dir, "data/kpi/dong.yaml", """
                title: Chỉ số dày đặc
                indicators:
                  - id: thang
                    name: Tỷ lệ theo tháng
                    numerator: Số đạt
                    denominator: Tổng số
                    target: 99.5
                    comparison: ">="
                    values:
                """ + months + """
                  - id: quy
                    name: Tỷ lệ theo quý
                    numerator: Số đạt
                    denominator: Tổng số
                    target: 100
                    comparison: ">="
                    values:
                """ + quarters);
        TestProjects.write(dir, "data/campaigns/dai.yaml", """
                kind: Phong trào thi đua
                title: Phong trào dài
                document: {number: 1/KH-UBND, date: 2023-01-01, issuer: UBND phường Thử}
                from: 2023-01-01
                to: 2025-06-30
                phases:
                  - name: Đợt 1 - Phát động, đăng ký và triển khai mô hình điểm ở tất cả các khóm
                    from: 2023-01-01
                    to: 2023-03-31
                    milestones:
                      - {name: Đăng ký, due: 2023-03-01, done: 2023-02-27}
                      - {name: Báo cáo, due: 2023-03-01}
                  - name: Đợt 2
                    from: 2023-04-01
                    to: 2025-05-31
                    milestones:
                      - {name: Sơ kết, due: 2024-01-15, done: 2024-02-01}
                      - {name: Tổng kết, due: 2025-06-30}
                  - name: Đợt cuối, tổng kết và khen thưởng
                    from: 2025-06-01
                    to: 2025-06-30
                """);
        BuildResult built = Portal.build(BuildConfig.of(dir).withBuildDate(LocalDate.of(2024, 6, 15)));
        assertTrue(built.published(), () -> built.problems().stream().map(p -> p.format()).toList().toString());
        Map<String, String> crowded = pagesWithCharts(built.output());
        assertTrue(crowded.keySet().containsAll(List.of("chi-so/dong.html", "phong-trao/dai.html")), crowded.toString());
        try (StaticServer ward = new StaticServer(built.output())) {
            Map<String, String> shots = Map.of("kpi", "chi-so/dong.html", "campaign", "phong-trao/dai.html", "criterion", "tieu-chi/r/a.html");
            List<String> failures = new ArrayList<>(failuresAt(ward, crowded, 360, true, shots, "crowded-"));
            failures.addAll(failuresAt(ward, crowded, 1280, false, shots, "crowded-"));
            assertEquals(List.of(), failures);
        }
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

    /** Checks every chart of {@code pages} at {@code width}; keeps a screenshot of the page {@code shots} names for its kind. */
    private static List<String> failuresAt(StaticServer on, Map<String, String> pages, int width, boolean phone,
                                           Map<String, String> shots, String shotPrefix) throws IOException {
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
            pages.forEach((path, kind) -> {
                failures.addAll(chartFailures(on.url() + path, path));
                if (path.equals(shots.get(kind))) {
                    screenshotOfFirstChart(SCREENSHOTS.resolve(shotPrefix + kind + "-" + width + "px.png"));
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
                        out.push(name + ' chart ' + f + ': "' + b.text + '" leaves the chart (text ' + [b.left, b.top, b.right, b.bottom].map(Math.round)
                            + ', chart ' + [frame.left, frame.top, frame.right, frame.bottom].map(Math.round) + ')');
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
