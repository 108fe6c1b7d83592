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

    /** Closes everything it can, whatever fails; nothing when the class's start failed before making it. */
    static void close(AutoCloseable s) {
        if (s != null) {
            closeAll(s);
        }
    }

    @Override
    public void close() {
        closeAll(browser::quit, noScript::quit, server);
    }

    /** Sizes the browser as a 360×740 phone (a CSS pixel per device pixel) until told otherwise. */
    static void asPhone(ChromeDriver browser) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", true));
    }

    private static void closeAll(AutoCloseable... all) {
        for (AutoCloseable c : all) {
            try {
                c.close();
            } catch (Exception e) {
                // closing the rest anyway
            }
        }
    }

    /**
     * A built site served on loopback and one Chromium with scripts to read it: what the tables, charts and big-board
     * tests start once per class (the sample or a generated ward), the browser sized as a phone when asked.
     */
    static final class OneBrowser implements AutoCloseable {
        final StaticServer server;
        final ChromeDriver browser;

        private OneBrowser(StaticServer server, ChromeDriver browser) {
            this.server = server;
            this.browser = browser;
        }

        /** @param profile a folder for the browser's profile, emptied by the caller */
        static OneBrowser start(Path site, Path profile, boolean phone) {
            StaticServer server = new StaticServer(site);
            OneBrowser b = null;
            try {
                b = new OneBrowser(server, Chromium.start(true, profile));
                if (phone) {
                    asPhone(b.browser);
                }
                return b;
            } catch (RuntimeException e) {
                closeAll(b != null ? b : server);
                throw e;
            }
        }

        @Override
        public void close() {
            closeAll(browser::quit, server);
        }
    }
}
