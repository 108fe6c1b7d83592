package vn.congkhai.deploy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.congkhai.BuildConfig;
import vn.congkhai.BuildResult;
import vn.congkhai.Portal;
import vn.congkhai.TestProjects;
import vn.congkhai.browser.Chromium;
import vn.congkhai.model.Problem;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11, part 3, proven end to end: an SVG, HTML or XHTML file with {@code <script src="…same-origin.js">} put
 * into {@code assets/}. First the attack is shown to be real: served by a real nginx running the shipped server block
 * (its Content-Security-Policy allows scripts from the portal's own address), Debian's headless Chromium runs the
 * script of each. Then the build that would publish them is refused, naming the file and its line, and the
 * published {@code site/} is left byte for byte as it was.
 */
class AssetScriptInBrowserTest {
    static final LocalDate DATE = LocalDate.of(2024, 11, 22);
    static final String SCRIPT = "assets/js/chay.js";
    /** What the attacker's script does where it runs: marks the document, which the test reads back. */
    static final String MARK = "document.documentElement.setAttribute('data-da-chay', 'co');\n";
    static final Map<String, String> HOSTILE = new LinkedHashMap<>();

    static {
        HOSTILE.put("assets/anh/so-do.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">\n"
                + "<script href=\"/" + SCRIPT + "\"/>\n<rect width=\"5\" height=\"5\"/>\n</svg>\n");
        HOSTILE.put("assets/trang.html", "<!doctype html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Trang</title>\n"
                + "<script src=\"/" + SCRIPT + "\"></script></head><body><p>x</p></body></html>\n");
        HOSTILE.put("assets/trang.htm", "<!doctype html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Trang</title>\n"
                + "<script src=\"/" + SCRIPT + "\"></script></head><body><p>x</p></body></html>\n");
        HOSTILE.put("assets/trang.xhtml", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Trang</title>\n"
                + "<script src=\"/" + SCRIPT + "\"/></head><body><p>x</p></body></html>\n");
    }

    @TempDir
    static Path dir;
    static Path project;
    static Map<String, byte[]> published;
    static ChromeDriver browser;

    @BeforeAll
    static void buildTheSample() {
        Tools.require(Nginx.BINARY);
        project = TestProjects.copySample(dir.resolve("project"));
        BuildResult r = Portal.build(BuildConfig.of(project).withBuildDate(DATE));
        assertTrue(r.published(), () -> r.problems().toString());
        published = TestProjects.snapshot(project.resolve("site"));
        browser = Chromium.start(true, dir.resolve("profile"));
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aScriptCarryingAssetRunsItsScriptUnderTheShippedNginx() throws Exception {
        // the site as it would be published if nothing checked the assets: the sample, the script and the files
        Path base = dir.resolve("served");
        Path release = base.resolve("releases/khong-kiem-tra");
        TestProjects.snapshot(project.resolve("site")).forEach((path, bytes) -> write(release.resolve(path), bytes));
        write(release.resolve(SCRIPT), MARK.getBytes(StandardCharsets.UTF_8));
        HOSTILE.forEach((path, text) -> write(release.resolve(path), text.getBytes(StandardCharsets.UTF_8)));
        Files.createSymbolicLink(base.resolve("current"), release);
        try (Nginx nginx = Nginx.serve(base, dir.resolve("nginx"))) {
            for (String path : HOSTILE.keySet()) {
                browser.get(nginx.url(path));
                String mark = markOnceLoaded();
                assertEquals("co", mark, path + ": the attack must really run, or refusing it proves nothing");
            }
            // and the portal's own pages stay script-free apart from the portal's scripts: the index is not marked
            browser.get(nginx.url("index.html"));
            assertEquals(null, browser.executeScript("return document.documentElement.getAttribute('data-da-chay')"));
        }
    }

    @Test
    void theBuildRefusesEachAndLeavesTheSiteAsItWas() {
        for (Map.Entry<String, String> hostile : HOSTILE.entrySet()) {
            TestProjects.write(project, SCRIPT, MARK);
            TestProjects.write(project, hostile.getKey(), hostile.getValue());
            BuildResult r = Portal.build(BuildConfig.of(project).withBuildDate(DATE));
            assertFalse(r.published(), hostile.getKey() + " must be refused");
            List<Problem> found = r.problems().stream().filter(p -> p.isError() && p.where().file().equals(hostile.getKey())).toList();
            assertEquals(1, found.size(), () -> hostile.getKey() + ": " + r.problems());
            int line = found.get(0).where().line();
            assertTrue(line > 0 && hostile.getValue().lines().toList().get(line - 1).contains("<script"), "placed on the script's line: " + found.get(0).format());
            assertTrue(found.get(0).format().contains("thẻ <script>"), found.get(0).format());
            Map<String, byte[]> site = TestProjects.snapshot(project.resolve("site"));
            assertEquals(published.keySet(), site.keySet(), "site/ must be left exactly as it was");
            published.forEach((path, bytes) -> assertTrue(Arrays.equals(bytes, site.get(path)), path + " changed"));
            TestProjects.deleteTree(project.resolve(hostile.getKey()));
        }
    }

    /** The attacker's mark on the open document, waiting (at most 20 s) for its external script to arrive and run. */
    private static String markOnceLoaded() throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        Object mark = null;
        while (mark == null && System.nanoTime() < until) {
            mark = browser.executeScript("return document.documentElement.getAttribute('data-da-chay')");
            if (mark == null) {
                Thread.sleep(100);
            }
        }
        return (String) mark;
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
