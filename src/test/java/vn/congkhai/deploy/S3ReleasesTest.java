package vn.congkhai.deploy;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import vn.congkhai.BuildConfig;
import vn.congkhai.BuildResult;
import vn.congkhai.MiniWard;
import vn.congkhai.Portal;
import vn.congkhai.TestProjects;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The S3 target against a real S3 server on loopback (S3Proxy, started here): only changed objects written,
 * headers as nginx gives them, readers never missing a file while releases change, a publisher killed
 * mid-upload, rollback and keeping, the lock, and clear errors for a wrong secret or a missing bucket.
 */
class S3ReleasesTest {
    static final String BUCKET = "cong-tinh-thu";
    static S3Server server;
    static S3Client reader;

    @TempDir
    Path dir;
    Path project;
    S3Location at;

    @BeforeAll
    static void start() throws Exception {
        server = new S3Server();
        server.createBucket(BUCKET);
        reader = S3Clients.fromEnvironment(server.env());
    }

    @AfterAll
    static void stop() throws Exception {
        reader.close();
        server.close();
    }

    @BeforeEach
    void ward(org.junit.jupiter.api.TestInfo test) {
        project = MiniWard.write(dir.resolve("phuong"));
        // each test its own commune under the one bucket, as a province hosts them
        at = new S3Location(BUCKET, "xa/" + test.getTestMethod().orElseThrow().getName().toLowerCase().substring(0, 20));
        server.slowWrites(0);
    }

    @Test
    void aSecondPublishWritesOnlyTheObjectsWhoseBytesChangedWithNginxHeaders() throws Exception {
        TestProjects.deleteTree(project);
        project = TestProjects.copySample(dir.resolve("mau")); // the sample portal, every kind of page
        build();
        Map<String, byte[]> first = TestProjects.snapshot(project.resolve("site"));
        Releases.Published one = publish(Clock.systemUTC());
        assertEquals(first.keySet(), served().keySet());
        for (var e : first.entrySet()) {
            ResponseBytes<GetObjectResponse> got = get(e.getKey());
            assertArrayEquals(e.getValue(), got.asByteArray(), e.getKey());
            // S3Proxy's Jetty writes `text/html;charset=utf-8` for the `text/html; charset=utf-8` stored
            assertEquals(ObjectTypes.contentType(e.getKey()).replace("; ", ";"), got.response().contentType().replace("; ", ";"), e.getKey());
            assertEquals(ObjectTypes.cacheControl(e.getKey()), got.response().cacheControl(), e.getKey());
        }
        assertEquals("text/html;charset=utf-8", get("index.html").response().contentType().replace("; ", ";"));
        assertEquals("max-age=60", get("index.html").response().cacheControl());
        assertEquals("no-cache", get("phien-ban.json").response().cacheControl());
        String css = first.keySet().stream().filter(k -> k.matches("assets/css/congkhai\\.[0-9a-f]{8}\\.css")).findFirst().orElseThrow();
        assertEquals("max-age=31536000", get(css).response().cacheControl());
        assertEquals("text/css;charset=utf-8", get(css).response().contentType().replace("; ", ";"));

        server.clearWrites();
        String scores = "data/scores/thi-bo-phan-mot-cua-2024.yaml";
        String before = Files.readString(project.resolve(scores));
        TestProjects.write(project, scores, before.replaceFirst("\"5\\.2\": 4\\.5", "\"5.2\": 4")); // one score of my-phuoc
        assertFalse(before.equals(Files.readString(project.resolve(scores))));
        build();
        Map<String, byte[]> second = TestProjects.snapshot(project.resolve("site"));
        Set<String> changed = second.keySet().stream().filter(k -> !first.containsKey(k) || !java.util.Arrays.equals(first.get(k), second.get(k)))
                .collect(Collectors.toCollection(TreeSet::new));
        Releases.Published two = publish(Clock.systemUTC());
        System.out.println("S3 publish (one score changed): " + two.transferred() + " writes: " + server.writes.size());

        List<String> writtenServed = server.writes.stream().map(this::relative).filter(k -> k != null && !k.startsWith("_congkhai/")).sorted().toList();
        assertEquals(List.copyOf(changed), writtenServed, "each changed file written once, nothing else of the site");
        long storedBytes = server.writes.stream().map(this::relative).filter(k -> k != null && k.startsWith(S3Records.OBJECTS)).count();
        assertEquals(changed.size(), storedBytes, "each changed file's bytes kept once for rollback");
        assertTrue(changed.size() >= 5 && changed.size() < second.size() / 2, changed::toString);
        assertTrue(two.transferred().startsWith(changed.size() + " tệp ghi mới lên kho"), two.transferred());
        for (String k : changed) {
            assertArrayEquals(second.get(k), get(k).asByteArray(), k);
        }
        assertEquals(List.of(one.id(), two.id()), releases().list().stream().map(Releases.Release::id).toList());
        assertTrue(releases().list().get(1).current());
    }

    @Test
    void readersGetEveryStylesheetScriptAndLinkedPageWhileAReleaseIsPublishedAndRolledBack() throws Exception {
        build();
        String firstRelease = publish(Clock.systemUTC()).id();
        // the next release has a new stylesheet (another fingerprint: every page changes), a new unit's page
        // and one page fewer: the hard cases for a store that cannot switch a folder at once
        TestProjects.write(project, "assets/css/congkhai.css", Files.readString(TestProjects.SAMPLE.resolve("assets/css/congkhai.css"))
                + "\n/* bản mới */\n.moi { color: #000; }\n");
        TestProjects.write(project, "data/units.yaml", MiniWard.UNITS.replace("  - id: dung\n    name: Phường Dũng\n", "  - id: em\n    name: Phường Em\n"));
        TestProjects.write(project, "data/scores/vong-1.yaml", MiniWard.SCORES.replace("unit: dung", "unit: em"));
        build();
        Set<String> pages = served().keySet().stream().filter(k -> k.endsWith(".html")).collect(Collectors.toSet());

        server.slowWrites(3); // a wider window between writes, where a reader could fall
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger requests = new AtomicInteger();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> readers = new ArrayList<>();
        List<String> starts = List.copyOf(new TreeSet<>(pages));
        for (int t = 0; t < 3; t++) {
            int offset = t;
            Thread r = new Thread(() -> {
                for (int i = 0; i < 20_000 && !stop.get(); i++) { // bounded, and stopped once both switches are done
                    String page = starts.get((i * 3 + offset) % starts.size());
                    failures.addAll(missingFrom(page, requests));
                }
            });
            r.start();
            readers.add(r);
        }
        Releases.Published second = publish(Clock.systemUTC());
        assertTrue(served().containsKey("don-vi/em.html") && served().containsKey("don-vi/dung.html"), "the dropped page stays for a while");
        assertEquals(List.of(second.id(), firstRelease), releases().rollback());
        stop.set(true);
        for (Thread r : readers) {
            r.join(TimeUnit.MINUTES.toMillis(2));
        }
        server.slowWrites(0);
        System.out.println("S3 readers during publish and rollback: " + requests.get() + " requests, " + failures.size() + " failed");
        assertTrue(requests.get() > 100, "the readers really read: " + requests.get());
        assertEquals(List.of(), failures);
        // after the rollback every served page of the first release is whole and byte-identical to its record
        assertEquals(List.of(), wholeSite());
    }

    @Test
    void aPublisherKilledMidUploadLeavesTheSiteWholeAndTheNextPublishCompletes() throws Exception {
        build();
        String first = publish(Clock.systemUTC()).id();
        TestProjects.write(project, "assets/css/congkhai.css", Files.readString(TestProjects.SAMPLE.resolve("assets/css/congkhai.css")) + "\n/* 2 */\n");
        TestProjects.write(project, "data/scores/vong-1.yaml", MiniWard.SCORES.replace("\"g.2\": 2}", "\"g.2\": 3}"));
        build();
        Map<String, byte[]> site = TestProjects.snapshot(project.resolve("site"));

        server.clearWrites();
        server.slowWrites(40);
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "vn.congkhai.cli.Main", "publish",
                "--project", project.toString(), "--target", at.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(server.env());
        Process publisher = pb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        // kill once it is replacing pages that readers are being served
        while (publisher.isAlive() && System.nanoTime() < deadline && server.writes.stream().map(this::relative)
                .noneMatch(k -> k != null && k.endsWith(".html") && !k.startsWith("_congkhai/"))) {
            Thread.sleep(1);
        }
        assertTrue(publisher.isAlive(), "the publish ended before it could be killed mid-upload");
        publisher.destroyForcibly().waitFor(); // SIGKILL
        server.slowWrites(0);
        assertTrue(server.writes.stream().map(this::relative).anyMatch(k -> k.startsWith("xa") || k.endsWith(".html")), "some pages were written");
        assertEquals(List.of(first), releases().list().stream().filter(Releases.Release::current).map(Releases.Release::id).toList());
        assertEquals(List.of(), wholeSite(), "every served page still finds its stylesheet, script and links");
        DeployException locked = assertThrows(DeployException.class, () -> publish(Clock.systemUTC()));
        assertTrue(locked.getMessage().contains("Đang có một lần xuất bản khác"), locked.getMessage());

        // the killed publisher's lock expires; the next publish completes and serves exactly the new build
        Releases.Published next = publish(Clock.offset(Clock.systemUTC(), S3Lock.TTL.plusMinutes(1)));
        assertEquals(next.id(), releases().list().stream().filter(Releases.Release::current).findFirst().orElseThrow().id());
        for (var e : site.entrySet()) {
            assertArrayEquals(e.getValue(), get(e.getKey()).asByteArray(), e.getKey());
        }
        assertEquals(List.of(), wholeSite());
        assertTrue(new String(get(S3Records.STATE).asByteArray(), StandardCharsets.UTF_8).contains("\"pending\" : [ ]"));

        // `releases` and `rollback` on the command line, keys and endpoint from the environment only
        List<String> listed = cli("releases", "--target", at.toString()).lines().toList();
        assertEquals(List.of("  " + first, "* " + next.id()), listed.stream().map(l -> l.substring(0, l.indexOf("  commit"))).toList(), listed::toString);
        assertTrue(cli("rollback", "--target", at.toString()).contains("Đã quay lại bản phát hành " + first));
        assertEquals(List.of(first), releases().list().stream().filter(Releases.Release::current).map(Releases.Release::id).toList());
    }

    /** The command line in a JVM of its own, with the S3 settings in its environment; what it printed. */
    private String cli(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "vn.congkhai.cli.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(server.env());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertFalse(out.contains(S3Server.SECRET), "no secret printed");
        return out;
    }

    @Test
    void keepingRollbackPruningAndTheLock() throws Exception {
        build();
        S3Releases r = releases();
        String a = r.publish(site(), 2, Duration.ZERO).id();
        TestProjects.write(project, "data/units.yaml", MiniWard.UNITS.replace("  - id: dung\n    name: Phường Dũng\n", "  - id: em\n    name: Phường Em\n"));
        TestProjects.write(project, "data/scores/vong-1.yaml", MiniWard.SCORES.replace("unit: dung", "unit: em"));
        build();
        String b = r.publish(site(), 2, Duration.ofDays(1)).id();
        assertTrue(served().containsKey("don-vi/dung.html"), "dropped, kept for readers of the release before");
        Releases.Published third = r.publish(site(), 2, Duration.ofDays(1));
        String c = third.id();
        assertEquals(List.of(a), third.removed(), "two kept, the oldest goes");
        assertTrue(served().containsKey("don-vi/dung.html"), "a day's grace was asked for");
        Releases.Published d = r.publish(site(), 2, Duration.ZERO);
        assertFalse(served().containsKey("don-vi/dung.html"), "stale since an earlier publish: deleted");
        assertEquals(List.of(b), d.removed());
        assertEquals(List.of(c, d.id()), r.list().stream().map(Releases.Release::id).toList());
        assertEquals(Set.of(S3Records.Release.key(c), S3Records.Release.key(d.id())), keys(S3Records.RELEASES), "records of removed releases go");

        assertEquals(List.of(d.id(), c), r.rollback());
        DeployException none = assertThrows(DeployException.class, r::rollback);
        assertTrue(none.getMessage().contains("không còn bản nào trước đó"), none.getMessage());

        S3Store store = new S3Store(reader, at, "loopback");
        try (S3Lock held = S3Lock.acquire(store, Clock.systemUTC())) {
            DeployException busy = assertThrows(DeployException.class, () -> r.publish(site(), 2, Duration.ZERO));
            assertTrue(busy.getMessage().contains("Đang có một lần xuất bản khác"), busy.getMessage());
            assertThrows(DeployException.class, () -> S3Lock.acquire(store, Clock.systemUTC()), "If-None-Match: * refuses a second lock");
        }
        r.publish(site(), 2, Duration.ZERO); // released

        // a publisher whose lock expired (renewals failed past the TTL) and was taken over stops, and leaves the other's lock
        try (S3Lock expired = S3Lock.acquire(store, Clock.systemUTC())) {
            byte[] other = S3Records.write(new S3Records.Lock("4242@may-khac#tiep-quan", "2026-12-04T10:00:00Z", "2999-01-01T00:00:00Z"));
            store.put(S3Records.LOCK, other, "application/json; charset=utf-8", ObjectTypes.NO_CACHE, Map.of());
            DeployException lost = assertThrows(DeployException.class, expired::ensureHeld);
            assertTrue(lost.getMessage().contains("đã hết hạn và một lần xuất bản khác đã giữ nó"), lost.getMessage());
        }
        assertTrue(store.get(S3Records.LOCK).map(body -> new String(body, java.nio.charset.StandardCharsets.UTF_8)).orElse("").contains("tiep-quan"),
                "closing did not delete the lock of the publisher that took over");
        store.delete(S3Records.LOCK);
    }

    @Test
    void aWrongSecretAndAMissingBucketEachGiveAClearVietnameseError() throws Exception {
        build();
        String wrong = "khong-phai-khoa-nay";
        DeployException secret;
        try (S3Releases r = S3Releases.open(at, server.env(wrong), Clock.systemUTC())) {
            secret = assertThrows(DeployException.class, () -> r.publish(site(), 5, Duration.ZERO));
        }
        assertTrue(secret.getMessage().startsWith("Khóa bí mật S3 (AWS_SECRET_ACCESS_KEY) sai"), secret.getMessage());
        assertFalse(secret.getMessage().contains(wrong) || secret.getMessage().contains(S3Server.SECRET), "no secret in the message");
        DeployException bucket;
        try (S3Releases r = S3Releases.open(new S3Location("khong-co-bucket-nay", "xa/an"), server.env(), Clock.systemUTC())) {
            bucket = assertThrows(DeployException.class, () -> r.publish(site(), 5, Duration.ZERO));
        }
        assertTrue(bucket.getMessage().startsWith("Không có bucket `khong-co-bucket-nay`"), bucket.getMessage());
        assertEquals(Set.of(), keys(""), "nothing written");
    }

    @Test
    void s3TargetsAreParsedAndCheckedAndHeadersFollowTheNginxBlock() {
        assertEquals(new S3Location("cong-tinh", "xa/an-binh"), S3Location.parse("s3://cong-tinh/xa/an-binh/").orElseThrow());
        assertEquals(new S3Location("cong-tinh", ""), S3Location.parse("s3://cong-tinh").orElseThrow());
        assertTrue(S3Location.parse("/srv/congkhai").isEmpty());
        assertThrows(DeployException.class, () -> S3Location.parse("s3://Cong_Tinh/x"));
        assertThrows(DeployException.class, () -> S3Location.parse("s3://cong-tinh/xa/../khac"));
        assertThrows(DeployException.class, () -> S3Location.parse("s3://cong-tinh/xa an"));
        assertEquals("xa/an/index.html", new S3Location("b-1", "xa/an").key("index.html"));
        assertEquals(Duration.ofMinutes(30), Deployments.pruneAfter("30m", Map.of()));
        assertEquals(Duration.ofDays(7), Deployments.pruneAfter(null, Map.of(Deployments.PRUNE_AFTER, "7d")));
        assertEquals(Duration.ZERO, Deployments.pruneAfter(null, Map.of()));
        assertThrows(DeployException.class, () -> Deployments.pruneAfter("mai", Map.of()));
        assertEquals("max-age=3600", ObjectTypes.cacheControl("assets/anh/tru-so.jpg"));
        assertEquals("max-age=60", ObjectTypes.cacheControl("du-lieu/xep-hang.csv"));
        assertEquals("text/csv; charset=utf-8", ObjectTypes.contentType("du-lieu/xep-hang.csv"));
        assertEquals("application/json; charset=utf-8", ObjectTypes.contentType("phien-ban.json"));
    }

    // ---------------------------------------------------------------------------------------------------

    /** Every problem of the served site: a page whose stylesheet, script, image or internal link is missing. */
    private List<String> wholeSite() {
        List<String> out = new ArrayList<>();
        for (String page : served().keySet()) {
            if (page.endsWith(".html")) {
                out.addAll(missingFrom(page, new AtomicInteger()));
            }
        }
        return out;
    }

    /** Fetches a page as a browser would, then each file it loads and each page it links to. */
    private List<String> missingFrom(String page, AtomicInteger requests) {
        List<String> out = new ArrayList<>();
        byte[] html;
        try {
            requests.incrementAndGet();
            html = get(page).asByteArray();
        } catch (NoSuchKeyException e) {
            return List.of(page + " missing");
        } catch (RuntimeException e) {
            return List.of(page + " failed: " + e);
        }
        Document doc = Jsoup.parse(new String(html, StandardCharsets.UTF_8), "http://cong.test/" + page);
        Set<String> refs = new TreeSet<>();
        for (Element e : doc.select("link[href], script[src], img[src], a[href]")) {
            String ref = e.hasAttr("src") ? e.attr("abs:src") : e.attr("abs:href");
            URI u = URI.create(ref.replace(" ", "%20"));
            if ("cong.test".equals(u.getHost())) {
                String path = u.getPath().substring(1);
                refs.add(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
            }
        }
        for (String ref : refs) {
            try {
                requests.incrementAndGet();
                reader.headObject(b -> b.bucket(at.bucket()).key(at.key(ref)));
            } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
                out.add(page + " → " + ref + " " + e.statusCode());
            }
        }
        return out;
    }

    private ResponseBytes<GetObjectResponse> get(String relative) {
        return reader.getObjectAsBytes(b -> b.bucket(at.bucket()).key(at.key(relative)));
    }

    /** The served objects (the site, not congkhai's records) by site-relative path. */
    private Map<String, Long> served() {
        Map<String, Long> out = new TreeMap<>();
        reader.listObjectsV2Paginator(b -> b.bucket(at.bucket()).prefix(at.key(""))).contents().forEach(o -> {
            String k = o.key().substring(at.key("").length());
            if (!k.startsWith("_congkhai/")) {
                out.put(k, o.size());
            }
        });
        return out;
    }

    private Set<String> keys(String relativeFolder) {
        Set<String> out = new TreeSet<>();
        reader.listObjectsV2Paginator(b -> b.bucket(at.bucket()).prefix(at.key(relativeFolder))).contents()
                .forEach(o -> out.add(o.key().substring(at.key("").length())));
        return out;
    }

    /** A written key relative to this test's prefix, or null for another commune's. */
    private String relative(String key) {
        return key.startsWith(at.key("")) ? key.substring(at.key("").length()) : null;
    }

    private S3Releases releases() {
        return S3Releases.open(at, server.env(), Clock.systemUTC());
    }

    private Releases.Published publish(Clock clock) {
        try (S3Releases r = S3Releases.open(at, server.env(), clock)) {
            return r.publish(site(), 5, Duration.ZERO);
        }
    }

    private void build() {
        BuildResult r = Portal.build(BuildConfig.of(project).withBuildDate(LocalDate.of(2024, 11, 22)));
        assertTrue(r.published(), () -> r.problems().toString());
    }

    private BuiltSite site() {
        return BuiltSite.verify(project, project.resolve("site"));
    }
}
