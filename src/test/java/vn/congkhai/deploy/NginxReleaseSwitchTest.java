package vn.congkhai.deploy;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.BuildConfig;
import vn.congkhai.BuildResult;
import vn.congkhai.Portal;
import vn.congkhai.TestProjects;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real nginx running the shipped server block serves the sample portal while release 2 is published and
 * then rolled back, under a continuous load of concurrent requests: no request fails, and no page mixes
 * two releases. Every page of release 1 says "phát hành thử A" (in its title, header and footer), every
 * page of release 2 "phát hành thử B", and release 2's stylesheet differs, so its fingerprinted name does.
 */
class NginxReleaseSwitchTest {
    private static final String A = "phát hành thử A";
    private static final String B = "phát hành thử B";
    private static final Pattern ASSET = Pattern.compile("assets/(?:css|js)/congkhai\\.[0-9a-f]{8}\\.(?:css|js)");
    private static final int THREADS = 4;

    @TempDir
    Path dir;

    @Test
    void noFailedOrMixedPageWhileReleasesSwitchUnderLoad() throws Exception {
        Tools.require(Nginx.BINARY);
        Path project = TestProjects.copySample(dir.resolve("phuong"));
        Path base = dir.resolve("srv");
        Releases releases = new Releases(new LocalTarget(base), Clock.systemUTC());

        mark(project, A, "");
        build(project);
        String first = releases.publish(BuiltSite.verify(project, project.resolve("site")), 5).id();
        List<String> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(project.resolve("site"))) {
            files.filter(f -> f.toString().endsWith(".html")).forEach(f -> pages.add(project.resolve("site").relativize(f).toString()));
        }
        pages.add("");          // the home page by its folder address
        pages.add("xep-hang/"); // and a folder's index
        pages.sort(null);
        cspAllowsWhatPagesNeed(base.resolve("current"));

        try (Nginx nginx = Nginx.serve(base, dir.resolve("nginx"))) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
            headersAndErrorPage(http, nginx);

            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong requests = new AtomicLong();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            // a page's stylesheet and script, requested right after the page as a browser does: they must be
            // there even when the page came from the release current has just left (publish and rollback
            // link the stylesheet and script of the release being left into the one switched to)
            AtomicLong assetRequests = new AtomicLong();
            ConcurrentLinkedQueue<String> assetFailures = new ConcurrentLinkedQueue<>();
            Map<String, AtomicLong> served = new ConcurrentHashMap<>(Map.of(A, new AtomicLong(), B, new AtomicLong()));
            Map<String, Set<String>> assetsByRelease = new ConcurrentHashMap<>(Map.of(A, ConcurrentHashMap.newKeySet(), B, ConcurrentHashMap.newKeySet()));
            List<Thread> load = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                Thread worker = new Thread(() -> {
                    for (int i = offset; running.get(); i++) {
                        String page = pages.get(i % pages.size());
                        requests.incrementAndGet();
                        try {
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(nginx.url(page))).timeout(Duration.ofSeconds(10)).build(),
                                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                            String body = r.body();
                            boolean a = body.contains(A);
                            boolean b = body.contains(B);
                            if (r.statusCode() != 200) {
                                failures.add(r.statusCode() + " " + page);
                            } else if (a == b || !body.strip().endsWith("</html>")) {
                                failures.add("mixed or incomplete " + page);
                            } else {
                                String release = a ? A : B;
                                served.get(release).incrementAndGet();
                                Matcher m = ASSET.matcher(body);
                                while (m.find()) {
                                    assetsByRelease.get(release).add(m.group());
                                    assetRequests.incrementAndGet();
                                    int status = http.send(HttpRequest.newBuilder(URI.create(nginx.url(m.group()))).timeout(Duration.ofSeconds(10)).build(),
                                            HttpResponse.BodyHandlers.discarding()).statusCode();
                                    if (status != 200) {
                                        assetFailures.add(status + " " + m.group() + " of " + page);
                                    }
                                }
                            }
                        } catch (Exception e) {
                            failures.add(e + " " + page);
                        }
                    }
                });
                worker.start();
                load.add(worker);
            }
            Thread.sleep(300);
            mark(project, B, "\n/* phát hành thử B */\n");
            build(project); // under load: nginx keeps serving release 1
            String second = releases.publish(BuiltSite.verify(project, project.resolve("site")), 5).id();
            long beforeRollback = requests.get();
            Thread.sleep(700);
            releases.rollback();
            long afterRollback = requests.get();
            Thread.sleep(700);
            running.set(false);
            for (Thread t : load) {
                t.join();
            }

            System.out.printf("nginx under load (%d threads, %d addresses): %d requests, %d failed or mixed; release A served %d, B %d; "
                            + "%d requests while B was current%n", THREADS, pages.size(), requests.get(), failures.size(),
                    served.get(A).get(), served.get(B).get(), afterRollback - beforeRollback);
            System.out.printf("their stylesheets and scripts: %d requests, %d failed%n", assetRequests.get(), assetFailures.size());
            assertTrue(failures.isEmpty(), () -> failures.size() + " failed: " + failures.stream().limit(10).toList());
            assertTrue(assetFailures.isEmpty(), () -> assetFailures.size() + " failed: " + assetFailures.stream().limit(10).toList());
            assertTrue(served.get(A).get() > 0 && served.get(B).get() > 0, "both releases were served during the test");
            HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(nginx.url(""))).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(home.body().contains(A), "after the rollback release 1 is served again");

            // each page's stylesheet and script exist in the release that served the page
            Map<String, String> releaseDir = Map.of(A, first, B, second);
            assetsByRelease.forEach((release, assets) -> assets.forEach(asset ->
                    assertTrue(Files.isRegularFile(base.resolve("releases").resolve(releaseDir.get(release)).resolve(asset)),
                            asset + " is in the release whose page links it")));
            assertNotEquals(assetsByRelease.get(A), assetsByRelease.get(B), "release 2's stylesheet has another name");
            assetsByRelease.get(A).forEach(asset -> assertTrue(Files.isRegularFile(base.resolve("releases").resolve(second).resolve(asset)),
                    "release 1's " + asset + " is carried into release 2"));
            assetsByRelease.get(B).forEach(asset -> assertTrue(Files.isRegularFile(base.resolve("releases").resolve(first).resolve(asset)),
                    "release 2's " + asset + " is carried back into release 1 by the rollback"));
        }
    }

    /** Every page, with its portal title marked; the stylesheet with {@code css} appended. */
    private static void mark(Path project, String marker, String css) throws Exception {
        Path site = project.resolve("data/site.yaml");
        String yaml = Files.readString(site, StandardCharsets.UTF_8).replaceAll("(?m)^(portalTitle: [^\\n(]*?)( \\(phát hành thử .\\))?$", "$1 (" + marker + ")");
        assertTrue(yaml.contains(marker));
        Files.writeString(site, yaml, StandardCharsets.UTF_8);
        Path stylesheet = project.resolve("assets/css/congkhai.css");
        Files.writeString(stylesheet, Files.readString(TestProjects.SAMPLE.resolve("assets/css/congkhai.css")) + css, StandardCharsets.UTF_8);
    }

    private static void build(Path project) {
        BuildResult r = Portal.build(BuildConfig.of(project).withBuildDate(LocalDate.of(2024, 11, 22)));
        assertTrue(r.published(), () -> r.problems().toString());
    }

    /** The Content-Security-Policy allows no inline script or style: the pages must need none. */
    private static void cspAllowsWhatPagesNeed(Path release) throws Exception {
        try (Stream<Path> files = Files.walk(release)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document d = Jsoup.parse(Files.readString(f, StandardCharsets.UTF_8));
                assertTrue(d.select("style, [style]").isEmpty(), f + " has an inline style");
                for (Element s : d.select("script")) {
                    assertTrue(s.hasAttr("src") && s.data().isBlank(), f + " has an inline script");
                }
                for (Element e : d.getAllElements()) {
                    e.attributes().forEach(a -> assertTrue(!a.getKey().startsWith("on"), f + " has an event handler"));
                }
            }
        }
    }

    private static void headersAndErrorPage(HttpClient http, Nginx nginx) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(nginx.url("index.html"))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'none'") && csp.contains("script-src 'self'") && csp.contains("style-src 'self'")
                && csp.contains("connect-src 'self'") && !csp.contains("unsafe-inline"), csp);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(page.headers().firstValue("Referrer-Policy").isPresent());
        assertTrue(page.headers().firstValue("Permissions-Policy").orElse("").contains("geolocation=()"));
        assertEquals("max-age=60", page.headers().firstValue("Cache-Control").orElse(""), "HTML is cached briefly");

        Matcher css = ASSET.matcher(page.body());
        assertTrue(css.find());
        HttpResponse<byte[]> asset = http.send(HttpRequest.newBuilder(URI.create(nginx.url(css.group())))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, asset.statusCode());
        assertEquals("max-age=31536000", asset.headers().firstValue("Cache-Control").orElse(""), "fingerprinted assets are cached for a year");
        assertEquals("gzip", asset.headers().firstValue("Content-Encoding").orElse(""));
        assertEquals("nosniff", asset.headers().firstValue("X-Content-Type-Options").orElse(""), "security headers on every response");

        HttpResponse<String> version = http.send(HttpRequest.newBuilder(URI.create(nginx.url("phien-ban.json"))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, version.statusCode());
        assertTrue(version.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("no-cache", version.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(version.body().contains("\"commit\""));

        HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create(nginx.url("khong-co/trang-nay.html"))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Không tìm thấy trang") && missing.body().contains("lang=\"vi\""), "the portal's Vietnamese 404 page");
        Matcher styled = Pattern.compile("href=\"(/" + ASSET.pattern() + ")\"").matcher(missing.body());
        assertTrue(styled.find(), "the 404 page links its stylesheet from the site root: it is served at any depth");
        assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(nginx.url(styled.group(1).substring(1)))).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(nginx.url(".git/config"))).build(), HttpResponse.BodyHandlers.discarding()).statusCode());
    }
}
