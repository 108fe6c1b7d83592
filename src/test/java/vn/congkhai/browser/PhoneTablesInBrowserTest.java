package vn.congkhai.browser;

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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tables on a 360×740 phone (issue 12, part 4), in Debian's headless Chromium over the built sample: the
 * leaderboard, the documents list, a KPI dashboard and a campaign neither scroll sideways nor hide part of a
 * table in a sideways-scrolling box, and every total on the leaderboard is wholly on screen. Screenshots of
 * each page's first screen and of its first table are kept in {@code target/screenshots/}.
 */
class PhoneTablesInBrowserTest {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** The pages with the tables the phone review found wrapping one word per line or cut at the edge. */
    static final Map<String, String> PAGES = Map.of(
            "leaderboard", "xep-hang/thi-bo-phan-mot-cua-2024.html",
            "documents", "van-ban/index.html",
            "kpi", "chi-so/mot-cua-2024.html",
            "campaign", "phong-trao/cai-cach-hanh-chinh-2026.html",
            "unit", "don-vi/my-phuoc.html",
            "data", "du-lieu/index.html",
            "rubric", "tieu-chi/bo-phan-mot-cua-2024.html");

    @TempDir
    static Path profile;
    static SampleInBrowsers.OneBrowser served;
    static StaticServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        Path site = BuiltSample.site();
        PAGES.values().forEach(p -> assertTrue(Files.exists(site.resolve(p)), "the sample has " + p));
        served = SampleInBrowsers.OneBrowser.start(site, profile, true);
        server = served.server;
        browser = served.browser;
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        SampleInBrowsers.close(served);
    }

    @Test
    void noTableScrollsSidewaysOnAPhone() {
        List<String> failures = new ArrayList<>();
        PAGES.forEach((kind, path) -> {
            browser.get(server.url() + path);
            shoot(kind);
            failures.addAll(overflow(path));
        });
        assertEquals(List.of(), failures);
    }

    @Test
    void theLeaderboardShowsRankUnitAndTotalWhollyOnScreen() {
        browser.get(server.url() + PAGES.get("leaderboard"));
        @SuppressWarnings("unchecked")
        List<String> cut = (List<String>) browser.executeScript(
                "var w = document.documentElement.clientWidth, out = [];"
                        + "document.querySelectorAll('table.leaderboard tbody tr').forEach(function (tr) {"
                        + "  ['.col-rank', '.col-unit', '.col-total'].forEach(function (c) {"
                        + "    var e = tr.querySelector(c), r = e.getBoundingClientRect(), box = e.closest('.table-scroll');"
                        + "    var edge = Math.min(w, box ? box.getBoundingClientRect().right : w);"
                        + "    if (r.width === 0 || r.left < 0 || r.right > edge) out.push(c + ' of ' + tr.innerText.replace(/\\s+/g, ' ') + ': ' + r.left + '–' + r.right);"
                        + "  });"
                        + "});"
                        + "return out;");
        assertEquals(List.of(), cut, "cells cut at the edge of a 360 px screen or of the table's box");
        long rows = (Long) browser.executeScript("return document.querySelectorAll('table.leaderboard tbody tr').length;");
        assertTrue(rows >= 10, "the sample's leaderboard has its rows: " + rows);
        long shownCriteria = (Long) browser.executeScript("return Array.from(document.querySelectorAll('table.leaderboard .col-crit'))"
                + ".filter(function (e) { return e.getClientRects().length > 0; }).length;");
        assertEquals(0, shownCriteria, "criterion columns are left to the unit's page on a phone");
    }

    /**
     * A partly scored ward's total reads "chưa đủ" over a small "85 đã chấm" on a phone: two lines at most where the
     * sentence wrapped to three; screen readers and a desktop still get "chưa đủ (85 điểm đã chấm)".
     */
    @Test
    void aPartlyScoredTotalIsShortOnAPhoneAndWholeForScreenReadersAndDesktops() {
        String js = "var td = document.querySelector('table.leaderboard tr.incomplete td.col-total');"
                + "var long = td.querySelector('.total-long'), short = td.querySelector('.total-short');"
                + "var line = parseFloat(getComputedStyle(td).lineHeight);"
                + "var shown = function (e) { return e.getClientRects().length > 0 && e.getBoundingClientRect().width > 1; };"
                + "return [long.textContent, shown(long), shown(short), short.getBoundingClientRect().height / line,"
                + "  long.getClientRects().length > 0, short.getAttribute('aria-hidden'), td.getBoundingClientRect().height / line];";
        browser.get(server.url() + PAGES.get("leaderboard"));
        @SuppressWarnings("unchecked")
        List<Object> phone = (List<Object>) browser.executeScript(js);
        assertEquals("chưa đủ (85 điểm đã chấm)", phone.get(0), "the sentence is in the page for screen readers");
        assertEquals(false, phone.get(1), "the sentence is visually hidden on a phone");
        assertEquals(true, phone.get(2), "the short total shows on a phone");
        assertTrue(((Number) phone.get(3)).doubleValue() <= 2.05, "the short total takes two lines at most: " + phone);
        assertEquals(true, phone.get(4), "the hidden sentence is still laid out, so screen readers read it");
        assertEquals("true", phone.get(5), "screen readers do not read the total twice");
        try {
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
            browser.get(server.url() + PAGES.get("leaderboard"));
            @SuppressWarnings("unchecked")
            List<Object> desktop = (List<Object>) browser.executeScript(js);
            assertEquals(true, desktop.get(1), "the sentence shows on a desktop");
            assertEquals(false, desktop.get(2), "the short total is for phones only");
        } finally {
            SampleInBrowsers.asPhone(browser);
        }
    }

    /** On a phone a stacked table's cells say which column they belong to, as the header row is out of sight. */
    @Test
    void stackedRowsLabelEveryValue() {
        List<String> failures = new ArrayList<>();
        for (String kind : List.of("documents", "kpi", "campaign", "data")) {
            browser.get(server.url() + PAGES.get(kind));
            unfold();
            @SuppressWarnings("unchecked")
            List<Object> found = (List<Object>) browser.executeScript(
                    "var cells = Array.from(document.querySelectorAll('table.table-stacked tbody td'));"
                            + "var unlabelled = cells.filter(function (td) { return !td.dataset.label"
                            + "  || getComputedStyle(td, '::before').content.indexOf(td.dataset.label) < 0; });"
                            + "var head = document.querySelector('table.table-stacked thead');"
                            + "return [cells.length, unlabelled.length, head ? head.getBoundingClientRect().height : -1];");
            if ((Long) found.get(0) == 0 || (Long) found.get(1) != 0 || ((Number) found.get(2)).doubleValue() > 1) {
                failures.add(kind + ": " + found.get(0) + " cells, " + found.get(1) + " without their label shown, header row "
                        + found.get(2) + " px high");
            }
        }
        assertEquals(List.of(), failures);
    }

    /** The check sees a table cut by its scrolling box, and a page wider than the phone: it does not pass by accident. */
    @Test
    void theCheckCatchesAWideTable(@TempDir Path broken) throws IOException {
        Files.writeString(broken.resolve("index.html"), """
                <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
                <title>Bảng rộng</title></head><body><main>
                <div class="table-scroll" style="overflow-x: auto"><table style="width: 700px"><tr><td>rộng</td></tr></table></div>
                <div style="width: 500px">khối rộng</div></main></body></html>
                """);
        try (StaticServer brokenSite = new StaticServer(broken)) {
            browser.get(brokenSite.url());
            List<String> failures = overflow("index.html");
            assertEquals(2, failures.size(), failures.toString());
            assertFalse(failures.get(0).isEmpty());
        }
    }

    /** Opens every folded part (details), so the tables inside are laid out and checked too. */
    private static void unfold() {
        browser.executeScript("document.querySelectorAll('details').forEach(function (d) { d.open = true; });");
    }

    /** What is wider than the phone: the page itself, or a table inside its sideways-scrolling box. */
    private static List<String> overflow(String path) {
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) browser.executeScript(
                "var out = [], d = document.documentElement;"
                        + "if (Math.max(d.scrollWidth, window.innerWidth) > 360) out.push('the page is ' + d.scrollWidth + ' px wide');"
                        + "document.querySelectorAll('.table-scroll').forEach(function (box, i) {"
                        + "  if (box.scrollWidth > box.clientWidth + 1) out.push('table box ' + i + ' scrolls sideways: '"
                        + "    + box.scrollWidth + ' px in ' + box.clientWidth + ' px');"
                        + "});"
                        + "return out;");
        return found.stream().map(f -> path + ": " + f).toList();
    }

    /**
     * The first screen as a phone shows it, the screen that starts with the page's heading (the site's header
     * and menu are another part of the issue), and the one that starts with the page's first table, unfolded.
     */
    private static void shoot(String kind) {
        save("360x740-" + kind + ".png");
        browser.executeScript("document.querySelector('main h1').scrollIntoView(true);");
        save("360x740-" + kind + "-heading.png");
        unfold();
        Object hasTable = browser.executeScript("var t = document.querySelector('main table');"
                + "if (!t) return false; t.scrollIntoView(true); return true;");
        if (Boolean.TRUE.equals(hasTable)) {
            save("360x740-" + kind + "-table.png");
        }
        browser.executeScript("window.scrollTo(0, 0);");
    }

    private static void save(String name) {
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
        try {
            Files.write(SCREENSHOTS.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
