package vn.congkhai.preview;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.BuildConfig;
import vn.congkhai.MiniWard;
import vn.congkhai.TestProjects;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The live preview, for real: a server on a free port, files changed on disk, pages fetched over HTTP. */
class PreviewTest {
    @TempDir
    Path dir;
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> log = new CopyOnWriteArrayList<>();

    @Test
    void servesTheBuiltPortalRebuildsOnChangeAndShowsTheErrorsWhileTheDataIsBroken() throws Exception {
        MiniWard.write(dir);
        try (Preview preview = Preview.start(BuildConfig.of(dir).withBuildDate(LocalDate.of(2024, 11, 22)), 0, vn.congkhai.model.Lang.VI, log::add)) {
            // the portal, with the reload script added to the page (and only there)
            HttpResponse<String> home = get(preview, "");
            assertEquals(200, home.statusCode());
            Document page = Jsoup.parse(home.body());
            assertEquals("Trang thông tin điện tử phường Thử", page.title());
            assertEquals(1, page.select("script[src=" + PreviewServer.RELOAD_SCRIPT + "]").size());
            assertFalse(Files.exists(dir.resolve("site")), "the preview never publishes into site/");
            assertFalse(TestProjects.read(dir.resolve(Preview.OUTPUT + "/index.html")).contains(PreviewServer.RELOAD_SCRIPT),
                    "the reload script is added when serving, not written into the built pages");
            HttpResponse<String> script = get(preview, PreviewServer.RELOAD_SCRIPT.substring(1));
            assertEquals(200, script.statusCode());
            assertTrue(script.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
            assertTrue(script.body().contains("location.reload"));
            String stylesheet = page.selectFirst("link[rel=stylesheet]").attr("href");
            HttpResponse<String> css = get(preview, stylesheet.replaceFirst("^/", ""));
            assertEquals(200, css.statusCode(), stylesheet);
            assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
            assertEquals(404, get(preview, "khong-co.html").statusCode());
            assertEquals(403, get(preview, "..%2F..%2Fetc%2Fpasswd").statusCode(), "nothing outside the preview folder is served");

            // a changed unit name reaches its page
            long v = preview.version();
            TestProjects.write(dir, "data/units.yaml", MiniWard.UNITS.replace("name: Phường An", "name: Phường An Mới"));
            waitForBuildAfter(preview, v);
            assertTrue(get(preview, "don-vi/an.html").body().contains("Phường An Mới"));
            assertTrue(log.stream().anyMatch(l -> l.startsWith("Đã dựng lại (data/units.yaml) trong ") && l.contains("tệp ghi mới")), log::toString);

            // broken data: every page is the list of problems, as in the Maven log
            v = preview.version();
            TestProjects.write(dir, "data/units.yaml", MiniWard.UNITS.replace("  - id: binh", "\t- id: binh"));
            waitForBuildAfter(preview, v);
            HttpResponse<String> broken = get(preview, "don-vi/an.html");
            assertEquals(500, broken.statusCode());
            Document errors = Jsoup.parse(broken.body());
            String expected = preview.lastBuild().problems().get(0).format();
            assertTrue(expected.startsWith("data/units.yaml:4:1: lỗi: Có ký tự Tab"), expected);
            assertEquals(expected, errors.selectFirst("ol.problems li code").text());
            assertEquals(1, errors.select("script[src=" + PreviewServer.RELOAD_SCRIPT + "]").size(), "the error page reloads itself too");
            assertTrue(log.contains(expected), "the same line reaches the log");

            // fixed: the portal is back
            v = preview.version();
            TestProjects.write(dir, "data/units.yaml", MiniWard.UNITS);
            waitForBuildAfter(preview, v);
            HttpResponse<String> fixed = get(preview, "don-vi/an.html");
            assertEquals(200, fixed.statusCode());
            assertTrue(fixed.body().contains("Phường An"));
            assertFalse(fixed.body().contains("Phường An Mới"));
        }
    }

    @Test
    void theOpenPageIsAnsweredTheMomentItsRebuildIsDone() throws Exception {
        MiniWard.write(dir);
        try (Preview preview = Preview.start(BuildConfig.of(dir).withBuildDate(LocalDate.of(2024, 11, 22)), 0, vn.congkhai.model.Lang.VI, log::add)) {
            long v = preview.version();
            String version = PreviewServer.VERSION.substring(1);
            assertEquals(Long.toString(v), get(preview, version).body(), "asked without ?after: answered at once");
            assertEquals(Long.toString(v), get(preview, version + "?after=" + (v - 1)).body(), "a build the page has not seen: at once");
            // the page's script asks with the version it shows; the answer waits for the rebuild of the edit
            java.util.concurrent.CompletableFuture<HttpResponse<String>> held = http.sendAsync(HttpRequest.newBuilder(
                    URI.create(preview.address() + version + "?after=" + v)).build(), HttpResponse.BodyHandlers.ofString());
            Thread.sleep(300);
            assertFalse(held.isDone(), "nothing changed: the answer is held");
            assertEquals(200, get(preview, "").statusCode(), "a held answer does not hold the pages");
            TestProjects.write(dir, "data/units.yaml", MiniWard.UNITS.replace("name: Phường An", "name: Phường An Mới"));
            HttpResponse<String> answer = held.get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(Long.toString(v + 1), answer.body());
            assertTrue(get(preview, "don-vi/an.html").body().contains("Phường An Mới"), "the page it reloads is the new one");
        }
    }

    @Test
    void editorsScratchFilesDoNotTriggerARebuild() {
        for (String scratch : List.of(".units.yaml.swp", "units.yaml~", "4913", "#units.yaml#", ".#units.yaml")) {
            assertTrue(SourceWatcher.isEditorScratch(scratch), scratch);
        }
        for (String source : List.of("units.yaml", "gioi-thieu.adoc", "layout.ftlh", "congkhai.css")) {
            assertFalse(SourceWatcher.isEditorScratch(source), source);
        }
    }

    private HttpResponse<String> get(Preview preview, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(preview.address() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Polls the version endpoint, as the page's script does, until a build after {@code before} has finished. */
    private void waitForBuildAfter(Preview preview, long before) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (Long.parseLong(get(preview, PreviewServer.VERSION.substring(1)).body()) > before) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no rebuild within a minute; log: " + log);
    }
}
