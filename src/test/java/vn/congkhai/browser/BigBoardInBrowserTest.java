package vn.congkhai.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.congkhai.BuildConfig;
import vn.congkhai.BuildResult;
import vn.congkhai.BuiltSample;
import vn.congkhai.Portal;
import vn.congkhai.TestProjects;
import vn.congkhai.bench.SyntheticWards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A round of 250 units in three areas (issue 13), in Debian's headless Chromium on a 360×740 phone: the leaderboard's
 * numbered pages, an area page and a capped filter pass axe-core's WCAG 2.1 AA rules, and the pager is a labelled
 * navigation whose current page is marked and whose links are big enough to tap.
 */
class BigBoardInBrowserTest {
    static final String ROUND = "xep-hang/thi-bo-phan-mot-cua-2024";
    static final List<String> PAGES = List.of(ROUND + ".html", ROUND + "/trang-2.html", ROUND + "/trang-3.html",
            ROUND + "/khu-vuc-2.html", ROUND + "/giam-hang.html");

    @TempDir
    static Path dir;
    static SampleInBrowsers.OneBrowser served;
    static StaticServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        Path project = dir.resolve("ward");
        SyntheticWards.write(project, 250, TestProjects.SAMPLE);
        Path units = project.resolve("data/units.yaml");
        StringBuilder withAreas = new StringBuilder();
        int i = 0;
        for (String line : Files.readAllLines(units)) {
            withAreas.append(line).append('\n');
            if (line.startsWith("    name: ")) {
                withAreas.append("    area: Khu vực ").append(i++ % 3 + 1).append('\n');
            }
        }
        Files.writeString(units, withAreas);
        BuildResult r = Portal.build(BuildConfig.of(project).withBuildDate(BuiltSample.DATE));
        assertTrue(r.published(), () -> "the 250-unit ward did not build: " + r);
        Path site = r.output();
        PAGES.forEach(p -> assertTrue(Files.exists(site.resolve(p)), "the big board has " + p));
        served = SampleInBrowsers.OneBrowser.start(site, dir.resolve("profile"), true);
        server = served.server;
        browser = served.browser;
    }

    @AfterAll
    static void stop() {
        SampleInBrowsers.close(served);
    }

    @Test
    void axeFindsNoWcag21AaViolationOnTheBoardsPages() {
        List<String> violations = new ArrayList<>();
        for (String path : PAGES) {
            browser.get(server.url() + path);
            Results results = new AxeBuilder().withTags(AccessibilityInBrowserTest.WCAG_21_AA).analyze(browser);
            assertFalse(results.isErrored(), () -> path + ": axe did not run: " + results.getErrorMessage());
            for (Rule rule : results.getViolations()) {
                for (CheckedNode n : rule.getNodes()) {
                    violations.add(path + ": " + rule.getId() + " at " + n.getTarget() + ": " + n.getHtml());
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    /** The pager of page 2: a nav named for screen readers, page 2 marked current, every link at least 44 px high. */
    @Test
    void thePagerIsALabelledNavigationWithTheCurrentPageMarkedAndBigTapTargets() {
        browser.get(server.url() + ROUND + "/trang-2.html");
        @SuppressWarnings("unchecked")
        List<Object> found = (List<Object>) browser.executeScript(
                "var nav = document.querySelector('nav.pager');"
                        + "if (!nav) return ['no pager'];"
                        + "var links = Array.from(nav.querySelectorAll('a'));"
                        + "var current = links.filter(function (a) { return a.getAttribute('aria-current') === 'page'; });"
                        + "var small = links.filter(function (a) { var r = a.getBoundingClientRect(); return r.height < 44 || r.width < 44; });"
                        + "return [nav.getAttribute('aria-label'), current.map(function (a) { return a.textContent.trim(); }).join('|'),"
                        + "  small.map(function (a) { return a.textContent.trim(); }).join('|'),"
                        + "  links.map(function (a) { return a.getAttribute('href'); }).join(' '),"
                        + "  document.documentElement.scrollWidth > document.documentElement.clientWidth];");
        assertEquals("Các trang của bảng xếp hạng", found.get(0));
        assertEquals("Trang 2", found.get(1), "the current page, read as 'Trang 2'");
        assertEquals("", found.get(2), "links smaller than 44×44 px");
        String r = "../../" + ROUND;
        assertEquals(String.join(" ", r + ".html", r + ".html", r + "/trang-2.html", r + "/trang-3.html", r + "/trang-3.html"),
                found.get(3), "previous, 1, 2, 3, next");
        assertEquals(false, found.get(4), "the page scrolls sideways on a 360 px phone");
    }

    /**
     * An area page shows the rank in the area (the overall rank is on the unit's page and the whole board, so a score
     * changed elsewhere does not rewrite it) and its heading names the area; the areas' links are 44 px high.
     */
    @Test
    void theAreaPageShowsTheRankInTheAreaAndPointsToTheOverallBoard() {
        browser.get(server.url() + ROUND + "/khu-vuc-2.html");
        @SuppressWarnings("unchecked")
        List<Object> found = (List<Object>) browser.executeScript(
                "var row = document.querySelector('table.leaderboard tbody tr');"
                        + "var links = Array.from(document.querySelectorAll('details.areas a'));"
                        + "document.querySelector('details.areas').open = true;"
                        + "return [document.querySelector('h1').textContent, row.querySelector('.col-area').textContent.trim(),"
                        + "  !row.querySelector('.col-overall') && !!document.querySelector('main p > a[href$=\"" + ROUND + ".html\"]'),"
                        + "  links.filter(function (a) { return a.getBoundingClientRect().height < 44; }).length,"
                        + "  document.documentElement.scrollWidth > document.documentElement.clientWidth];");
        assertTrue(found.get(0).toString().endsWith("– Khu vực 2"), found.get(0).toString());
        assertEquals("1", found.get(1));
        assertEquals(true, found.get(2), "no overall rank column; a link to the whole board");
        assertEquals(0L, found.get(3), "area links lower than 44 px");
        assertEquals(false, found.get(4), "the page scrolls sideways on a 360 px phone");
    }
}
