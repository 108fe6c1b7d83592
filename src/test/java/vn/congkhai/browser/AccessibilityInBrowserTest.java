package vn.congkhai.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import java.io.IOException;
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
 * WCAG 2.1 AA, proven in a real browser: Debian's headless Chromium opens one page of every kind of the
 * built sample portal, served over HTTP by a real server on loopback. One browser with scripts, one
 * without, each started once for the whole class.
 */
class AccessibilityInBrowserTest {
    /** axe-core's tags for WCAG 2.0 and 2.1, levels A and AA. */
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path profiles;
    static SampleInBrowsers sample;
    static StaticServer server;
    static ChromeDriver browser;
    static ChromeDriver noScript;
    static Map<String, String> pages;

    @BeforeAll
    static void start() {
        sample = SampleInBrowsers.start(profiles);
        server = sample.server;
        browser = sample.browser;
        noScript = sample.noScript;
        pages = sample.pages;
    }

    @AfterAll
    static void stop() {
        SampleInBrowsers.close(sample);
    }

    @Test
    void everyKindOfPageIsCovered() {
        for (String kind : List.of("home", "leaderboard", "unit", "rubric", "criterion", "page", "post", "404", "conformance")) {
            assertTrue(pages.containsKey(kind), "no page of kind " + kind + " in " + pages);
        }
    }

    @Test
    void axeFindsNoWcag21AaViolation() {
        List<String> violations = new ArrayList<>();
        pages.values().forEach(path -> violations.addAll(axeViolations(server.url() + path)));
        assertEquals(List.of(), violations, "axe-core violations of WCAG 2.1 A/AA");
    }

    /**
     * Tab, and nothing else, reaches every link and control in document order, each with a visible focus
     * indicator; the first Tab lands on the skip link, and following it moves focus into the main content.
     */
    @Test
    void everyPageWorksByKeyboardAlone() {
        List<String> failures = new ArrayList<>();
        pages.values().forEach(path -> failures.addAll(keyboardFailures(server.url() + path)));
        assertEquals(List.of(), failures);
    }

    /** At 360 CSS pixels (a small phone) nothing scrolls sideways; a full-page screenshot of each kind is kept. */
    @Test
    void theLayoutHoldsOnA360PixelPhone() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        List<String> failures = new ArrayList<>();
        pages.forEach((kind, path) -> phoneWidth(server.url() + path, SCREENSHOTS.resolve("360px-" + kind + ".png")).ifPresent(failures::add));
        assertEquals(List.of(), failures);
    }

    /** The same checks fail on a page made to break them: they are not passing by accident. */
    @Test
    void theChecksCatchABrokenPage(@TempDir Path broken) throws IOException {
        Files.writeString(broken.resolve("index.html"), """
                <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
                <title>Trang hỏng</title><style>a:focus { outline: none; }</style></head><body>
                <a class="skip-link" href="#noi-dung">Bỏ qua, đến nội dung chính</a>
                <main id="noi-dung" tabindex="-1"><h1>Trang hỏng</h1><img src="anh.png">
                <a href="#b" tabindex="2">nhảy lên trước</a> <a href="#c">theo thứ tự</a>
                <div style="width: 900px">một khối rộng hơn màn hình</div></main></body></html>
                """);
        try (StaticServer brokenSite = new StaticServer(broken)) {
            assertTrue(axeViolations(brokenSite.url()).stream().anyMatch(v -> v.contains("image-alt")), "axe sees the image without text");
            List<String> keyboard = keyboardFailures(brokenSite.url());
            assertTrue(keyboard.stream().anyMatch(f -> f.contains("instead of element 0")), keyboard.toString());
            assertTrue(phoneWidth(brokenSite.url(), broken.resolve("shot.png")).orElse("").contains("scrolls sideways"));
        }
    }

    private static List<String> axeViolations(String url) {
        browser.get(url);
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        assertFalse(results.isErrored(), () -> url + ": axe did not run: " + results.getErrorMessage());
        assertTrue(results.getPasses().size() > 5, () -> url + ": axe checked almost nothing: " + results.getPasses().size());
        List<String> violations = new ArrayList<>();
        for (Rule r : results.getViolations()) {
            for (CheckedNode n : r.getNodes()) {
                violations.add(url + ": " + r.getId() + " (" + r.getHelp() + ") at " + n.getTarget() + ": " + n.getHtml());
            }
        }
        return violations;
    }

    private static List<String> keyboardFailures(String url) {
        List<String> failures = new ArrayList<>();
        browser.get(url);
        long focusable = (Long) browser.executeScript(
                "var all = Array.from(document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]'))"
                        + ".filter(function (e) { return e.tabIndex >= 0 && !e.disabled && e.getClientRects().length > 0"
                        + " && getComputedStyle(e).visibility !== 'hidden'; });"
                        + "all.forEach(function (e, i) { e.setAttribute('data-kb', i); }); return all.length;");
        for (int i = 0; i < focusable; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            @SuppressWarnings("unchecked")
            List<Object> at = (List<Object>) browser.executeScript(
                    "var e = document.activeElement, s = getComputedStyle(e);"
                            + "return [e.getAttribute('data-kb'), (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none',"
                            + " e.outerHTML.substring(0, 80)];");
            if (!String.valueOf(i).equals(at.get(0))) {
                failures.add(url + ": Tab " + (i + 1) + " reached " + at.get(2) + " instead of element " + i);
                break;
            }
            if (!Boolean.TRUE.equals(at.get(1))) {
                failures.add(url + ": no visible focus on " + at.get(2));
            }
        }
        browser.get(url);
        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement skip = browser.switchTo().activeElement();
        if (!String.valueOf(skip.getAttribute("class")).contains("skip-link")) {
            failures.add(url + ": the first Tab does not reach the skip link");
            return failures;
        }
        skip.sendKeys(Keys.ENTER);
        Object inMain = browser.executeScript("return document.activeElement === document.getElementById('noi-dung');");
        if (!Boolean.TRUE.equals(inMain)) {
            failures.add(url + ": the skip link does not move focus to the main content");
        }
        return failures;
    }

    /** Opens the page on a 360 px phone, keeps a full-page screenshot, and says if it scrolls sideways. */
    private static java.util.Optional<String> phoneWidth(String url, Path screenshot) {
        SampleInBrowsers.asPhone(browser);
        try {
            browser.get(url);
            @SuppressWarnings("unchecked")
            List<Long> widths = (List<Long>) browser.executeScript(
                    "return [screen.width, document.documentElement.scrollWidth, window.innerWidth];");
            assertEquals(360L, widths.get(0), "the screen is a 360 px phone");
            Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
            Files.write(screenshot, Base64.getDecoder().decode((String) shot.get("data")));
            // a phone browser widens its layout viewport (innerWidth) to fit content wider than the screen
            long widest = Math.max(widths.get(1), widths.get(2));
            return widest > 360 ? java.util.Optional.of(url + ": " + widest + " px wide at 360 px: scrolls sideways") : java.util.Optional.empty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** Without scripts every page shows the same headings and table rows: scripts only add sorting. */
    @Test
    void everyPageShowsItsContentWithoutJavaScript() {
        List<String> failures = new ArrayList<>();
        boolean sawScriptWork = false;
        for (String path : pages.values()) {
            browser.get(server.url() + path);
            noScript.get(server.url() + path);
            sawScriptWork |= !browser.findElements(By.cssSelector("th button")).isEmpty();
            if (!noScript.findElements(By.cssSelector("th button")).isEmpty()) {
                failures.add(path + ": scripts ran in the browser that has them switched off");
            }
            for (String what : List.of("h1, h2, h3", "main table tbody tr", "main p", "main li", "main dd")) {
                List<String> with = shownTexts(browser, what);
                List<String> without = shownTexts(noScript, what);
                if (!with.equals(without)) {
                    failures.add(path + ": `" + what + "` differs without JavaScript: " + without.size() + " shown instead of " + with.size());
                }
            }
            if (noScript.findElement(By.id("noi-dung")).getText().isBlank()) {
                failures.add(path + ": the main content is empty without JavaScript");
            }
        }
        assertTrue(sawScriptWork, "the sortable tables prove scripts run where they are on");
        assertEquals(List.of(), failures);
    }

    /**
     * The texts of the visible elements matching {@code selector}, in order, read in one call: the element
     * a script adds empty (a live region for sort announcements) is no content, so blank ones are left out.
     * The driver's own script runs even where the page's scripts are switched off. The search page's note for
     * browsers without script is the one text meant to differ: the search script hides it.
     */
    @SuppressWarnings("unchecked")
    private static List<String> shownTexts(ChromeDriver driver, String selector) {
        return (List<String>) driver.executeScript("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".filter(function (e) { return e.getClientRects().length > 0 && !e.closest('.search-nojs'); })"
                + ".map(function (e) { return e.innerText.trim(); }).filter(function (t) { return t.length > 0; });", selector);
    }
}
