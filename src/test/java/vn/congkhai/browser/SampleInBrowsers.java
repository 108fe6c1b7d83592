package vn.congkhai.browser;

import org.openqa.selenium.chrome.ChromeDriver;
import vn.congkhai.BuiltSample;

import java.nio.file.Path;
import java.util.Map;

/**
 * The built sample portal served on loopback, one page of each kind, and two Chromiums to read it: one with
 * scripts and one without. Browser test classes start it once and close it after their last test.
 */
final class SampleInBrowsers implements AutoCloseable {
    final Map<String, String> pages;
    final StaticServer server;
    final ChromeDriver browser;
    final ChromeDriver noScript;

    private SampleInBrowsers(Map<String, String> pages, StaticServer server, ChromeDriver browser, ChromeDriver noScript) {
        this.pages = pages;
        this.server = server;
        this.browser = browser;
        this.noScript = noScript;
    }

    /** @param profiles a folder for the browsers' profiles, emptied by the caller */
    static SampleInBrowsers start(Path profiles) {
        Path site = BuiltSample.site();
        Map<String, String> pages = PageKinds.oneOfEach(site);
        StaticServer server = new StaticServer(site);
        return new SampleInBrowsers(pages, server, Chromium.start(true, profiles.resolve("with-js")),
                Chromium.start(false, profiles.resolve("without-js")));
    }

    /** Closes everything it can, whatever fails. */
    static void close(SampleInBrowsers s) {
        if (s != null) {
            s.close();
        }
    }

    @Override
    public void close() {
        for (AutoCloseable c : new AutoCloseable[]{browser::quit, noScript::quit, server}) {
            try {
                c.close();
            } catch (Exception e) {
                // closing anyway
            }
        }
    }
}
