package vn.congkhai.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.BuildConfig;
import vn.congkhai.MiniWard;
import vn.congkhai.Portal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped {@code deploy/nginx/congkhai-s3.conf}, run by a real nginx in front of a real S3 server
 * (S3Proxy, read without a signature as a bucket policy would allow): pages and folders served with the
 * objects' own types and cache times and the security headers, congkhai's records hidden, a missing page
 * answered with the portal's 404 page, and no reader's request able to write to the store.
 */
class S3NginxTest {
    static final Path BLOCK = Path.of("deploy/nginx/congkhai-s3.conf");

    @TempDir
    Path dir;

    @Test
    void theShippedBlockServesACommuneFromTheBucket() throws Exception {
        Tools.require(Nginx.BINARY);
        Path project = MiniWard.write(dir.resolve("phuong"));
        assertTrue(Portal.build(BuildConfig.of(project).withBuildDate(LocalDate.of(2024, 11, 22))).published());
        try (S3Server s3 = new S3Server()) {
            s3.createBucket("cong-tinh");
            S3Location at = new S3Location("cong-tinh", "xa/an-binh");
            try (S3Releases r = S3Releases.open(at, s3.env(), Clock.systemUTC())) {
                r.publish(BuiltSite.verify(project, project.resolve("site")), 5, Duration.ZERO);
            }
            int upstream = s3.anonymousEndpoint();
            int port = Tools.freePort();
            String block = Files.readString(BLOCK, StandardCharsets.UTF_8);
            for (String expected : List.of("server 127.0.0.1:9000;", "listen 80;", "/cong-tinh/phuong-my-phuoc$1")) {
                assertTrue(block.contains(expected), "the shipped block no longer has `" + expected + "`: update this test's templating");
            }
            block = block.replace("server 127.0.0.1:9000;", "server 127.0.0.1:" + upstream + ";")
                    .replace("listen 80;", "listen 127.0.0.1:" + port + ";").replace("/cong-tinh/phuong-my-phuoc", "/cong-tinh/xa/an-binh");
            Process nginx = start(block, port);
            try {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
                HttpResponse<byte[]> home = get(http, port, "/");
                assertEquals(200, home.statusCode());
                assertArrayEquals(Files.readAllBytes(project.resolve("site/index.html")), home.body());
                assertEquals("text/html;charset=utf-8", home.headers().firstValue("Content-Type").orElse("").replace("; ", ";"));
                assertEquals("max-age=60", home.headers().firstValue("Cache-Control").orElse(""));
                assertTrue(home.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
                assertEquals("nosniff", home.headers().firstValue("X-Content-Type-Options").orElse(""));
                assertTrue(home.headers().firstValue("x-amz-meta-sha256").isEmpty() && home.headers().firstValue("x-amz-request-id").isEmpty(),
                        () -> home.headers().map().toString());

                String css;
                try (var files = Files.walk(project.resolve("site/assets/css"))) {
                    css = "assets/css/" + files.map(f -> f.getFileName().toString()).filter(n -> n.matches("congkhai\\.[0-9a-f]{8}\\.css"))
                            .findFirst().orElseThrow();
                }
                HttpResponse<byte[]> style = get(http, port, "/" + css + "?v=1");
                assertEquals(200, style.statusCode());
                assertEquals("max-age=31536000", style.headers().firstValue("Cache-Control").orElse(""));
                assertEquals(200, get(http, port, "/cong-khai/").statusCode(), "a folder's address serves its index.html");

                HttpResponse<byte[]> missing = get(http, port, "/khong-co-trang-nay.html");
                assertEquals(404, missing.statusCode());
                assertArrayEquals(Files.readAllBytes(project.resolve("site/404.html")), missing.body(), "the portal's own 404 page");
                assertEquals(404, get(http, port, "/_congkhai/state.json").statusCode(), "congkhai's records are not served");

                HttpResponse<byte[]> put = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/index.html"))
                        .PUT(HttpRequest.BodyPublishers.ofString("<p>hacked</p>")).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(404, put.statusCode(), "refused (limit_except), answered as a missing page");
                HttpResponse<byte[]> delete = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/index.html"))
                        .DELETE().build(), HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(404, delete.statusCode());
                assertArrayEquals(Files.readAllBytes(project.resolve("site/index.html")), get(http, port, "/index.html").body(), "nothing written");
                HttpResponse<byte[]> acl = get(http, port, "/index.html?acl");
                assertFalse(new String(acl.body(), StandardCharsets.UTF_8).contains("AccessControlPolicy"), "no S3 sub-resource reachable");
            } finally {
                Tools.stop(nginx);
            }
        }
    }

    private static HttpResponse<byte[]> get(HttpClient http, int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** nginx as the current user with the block in a temporary prefix, as an operator's nginx.conf would include it. */
    private Process start(String block, int port) throws Exception {
        Path work = dir.resolve("nginx");
        Files.createDirectories(work.resolve("logs"));
        Files.writeString(work.resolve("congkhai-s3.conf"), block, StandardCharsets.UTF_8);
        String main = """
                worker_processes 1;
                pid WORK/nginx.pid;
                error_log WORK/logs/error.log warn;
                user USER;
                events { worker_connections 128; }
                http {
                    include /etc/nginx/mime.types;
                    default_type application/octet-stream;
                    access_log off;
                    client_body_temp_path WORK/client_body;
                    proxy_temp_path WORK/proxy;
                    fastcgi_temp_path WORK/fastcgi;
                    uwsgi_temp_path WORK/uwsgi;
                    scgi_temp_path WORK/scgi;
                    include WORK/congkhai-s3.conf;
                }
                """.replace("WORK", work.toAbsolutePath().toString()).replace("USER", System.getProperty("user.name"));
        Files.writeString(work.resolve("nginx.conf"), main, StandardCharsets.UTF_8);
        Tools.run(List.of(Nginx.BINARY, "-t", "-p", work.toString(), "-c", work.resolve("nginx.conf").toString()));
        Process p = new ProcessBuilder(Nginx.BINARY, "-p", work.toString(), "-c", work.resolve("nginx.conf").toString(), "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(work.resolve("logs/stdout.log").toFile()).start();
        Tools.awaitPort(port, p, work.resolve("logs/error.log"));
        return p;
    }
}
