package vn.congkhai.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.TestProjects;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The shipped server block never serves a hidden file (a name starting with a dot, at any depth), not even one
 * named like a fingerprinted asset: {@code /assets/.an/bi-mat.deadbeef.js} was answered 200 because the
 * fingerprinted-assets location came first (issue 11). The files are put straight into a release, as if a
 * build had let them through.
 */
class NginxHiddenFilesTest {
    @TempDir
    Path dir;

    @Test
    void hiddenFilesAreNotFoundEvenWhenNamedLikeFingerprintedAssets() throws Exception {
        Tools.require(Nginx.BINARY);
        Path base = dir.resolve("srv");
        Path release = base.resolve("releases/20261204T100000Z-0000000");
        for (String f : List.of("index.html", "404.html", "assets/css/congkhai.0123abcd.css", "assets/.an/bi-mat.deadbeef.js",
                "assets/js/.an.deadbeef.js", "assets/.env", "assets/.git/config", ".git/config", "du-lieu/.htpasswd")) {
            TestProjects.write(release, f, "nội dung " + f + "\n");
        }
        Files.createSymbolicLink(base.resolve("current"), Path.of("releases/20261204T100000Z-0000000"));

        try (Nginx nginx = Nginx.serve(base, dir.resolve("nginx"))) {
            HttpClient http = HttpClient.newHttpClient();
            for (String hidden : List.of("assets/.an/bi-mat.deadbeef.js", "assets/js/.an.deadbeef.js", "assets/.env", "assets/.git/config",
                    ".git/config", "du-lieu/.htpasswd")) {
                assertEquals(404, status(http, nginx, hidden), hidden);
            }
            HttpResponse<Void> css = http.send(HttpRequest.newBuilder(URI.create(nginx.url("assets/css/congkhai.0123abcd.css"))).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertEquals(200, css.statusCode(), "a visible fingerprinted asset is still served");
            assertEquals("max-age=31536000", css.headers().firstValue("Cache-Control").orElse(""), "and cached for a year");
        }
    }

    private static int status(HttpClient http, Nginx nginx, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(nginx.url(path))).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
