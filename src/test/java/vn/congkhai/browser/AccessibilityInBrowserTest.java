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
import vn.congkhai.BuiltSample;

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
    static StaticServer server;
    static ChromeDriver browser;
    static ChromeDriver noScript;
    static Map<String, String> pages;

    @BeforeAll
    static void start() {
        Path site = BuiltSample.site();
        pages = PageKinds.oneOfEach(site);
        server = new StaticServer(site);
        browser = Chromium.start(true, profiles.resolve("with-js"));
        noScript = Chromium.start(false, profiles.resolve("without-js"));
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[]{browser == null ? null : browser::quit, noScript == null ? null : noScript::quit, server}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // closing anyway
            }
        }
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
        pages.forEach((kind, path) -> {
            browser.get(server.url() + path);
            Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
            assertFalse(results.isErrored(), () -> path + ": axe did not run: " + results.getErrorMessage());
            assertTrue(results.getPasses().size() > 10, () -> path + ": axe checked almost nothing: " + results.getPasses().size());
            for (Rule r : results.getViolations()) {
                for (CheckedNode n : r.getNodes()) {
                    violations.add(path + ": " + r.getId() + " (" + r.getHelp() + ") at " + n.getTarget() + ": " + n.getHtml());
                }
            }
        });
        assertEquals(List.of(), violations, "axe-core violations of WCAG 2.1 A/AA");
    }

    /**
     * Tab, and nothing else, reaches every link and control in document order, each with a visible focus
     * indicator; the first Tab lands on the skip link, and following it moves focus into the main content.
     */
    @Test
    void everyPageWorksByKeyboardAlone() {
        List<String> failures = new ArrayList<>();
        pages.forEach((kind, path) -> {
            browser.get(server.url() + path);
            long focusable = (Long) browser.executeScript(
                    "var all = Array.from(document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]'))"
                            + ".filter(function (e) { return e.tabIndex >= 0 && !e.disabled && e.getClientRects().length > 0"
                            + " && getComputedStyle(e).visibility !== 'hidden'; });"
                            + "all.forEach(function (e, i) { e.setAttribute('data-kb', i); }); return all.length;");
            List<String> order = new ArrayList<>();
            for (int i = 0; i < focusable; i++) {
                new Actions(browser).sendKeys(Keys.TAB).perform();
                @SuppressWarnings("unchecked")
                List<Object> at = (List<Object>) browser.executeScript(
                        "var e = document.activeElement, s = getComputedStyle(e);"
                                + "return [e.getAttribute('data-kb'), (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none',"
                                + " e.outerHTML.substring(0, 80)];");
                if (!String.valueOf(i).equals(at.get(0))) {
                    failures.add(path + ": Tab " + (i + 1) + " reached " + at.get(2) + " instead of element " + i);
                    break;
                }
                if (!Boolean.TRUE.equals(at.get(1))) {
                    failures.add(path + ": no visible focus on " + at.get(2));
                }
                order.add(String.valueOf(at.get(0)));
            }
            browser.get(server.url() + path);
            new Actions(browser).sendKeys(Keys.TAB).perform();
            WebElement skip = browser.switchTo().activeElement();
            if (!skip.getAttribute("class").contains("skip-link")) {
                failures.add(path + ": the first Tab does not reach the skip link");
                return;
            }
            skip.sendKeys(Keys.ENTER);
            Object inMain = browser.executeScript("var m = document.getElementById('noi-dung'); return document.activeElement === m;");
            if (!Boolean.TRUE.equals(inMain)) {
                failures.add(path + ": the skip link does not move focus to the main content");
            }
        });
        assertEquals(List.of(), failures);
    }

    /** At 360 CSS pixels (a small phone) nothing scrolls sideways; a full-page screenshot of each kind is kept. */
    @Test
    void theLayoutHoldsOnA360PixelPhone() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        List<String> failures = new ArrayList<>();
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", true));
        try {
            for (Map.Entry<String, String> e : pages.entrySet()) {
                browser.get(server.url() + e.getValue());
                @SuppressWarnings("unchecked")
                List<Long> widths = (List<Long>) browser.executeScript(
                        "return [document.documentElement.scrollWidth, window.innerWidth];");
                assertEquals(360L, widths.get(1), "the viewport is a 360 px phone");
                if (widths.get(0) > widths.get(1)) {
                    failures.add(e.getValue() + ": " + widths.get(0) + " px wide at 360 px: scrolls sideways");
                }
                Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot",
                        Map.of("format", "png", "captureBeyondViewport", true));
                Files.write(SCREENSHOTS.resolve("360px-" + e.getKey() + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
            }
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        assertEquals(List.of(), failures);
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
     * The driver's own script runs even where the page's scripts are switched off.
     */
    @SuppressWarnings("unchecked")
    private static List<String> shownTexts(ChromeDriver driver, String selector) {
        return (List<String>) driver.executeScript("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".filter(function (e) { return e.getClientRects().length > 0; })"
                + ".map(function (e) { return e.innerText.trim(); }).filter(function (t) { return t.length > 0; });", selector);
    }
}
