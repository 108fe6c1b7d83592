package vn.congkhai.deploy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.BuildConfig;
import vn.congkhai.BuildResult;
import vn.congkhai.MiniWard;
import vn.congkhai.Portal;
import vn.congkhai.TestProjects;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Releases in a local folder: layout, hard links, keeping N, rollback, and every refusal leaving the target as it was. */
class LocalReleasesTest {
    @TempDir
    Path dir;
    Path project;
    Path base;
    Releases releases;

    @BeforeEach
    void ward() {
        project = MiniWard.write(dir.resolve("phuong"));
        base = dir.resolve("srv");
        releases = new Releases(new LocalTarget(base), Clock.systemUTC());
    }

    @Test
    void aReleaseWhereOneScoreChangedCopiesOnlyTheChangedFiles() throws Exception {
        build();
        Releases.Published first = publish();
        assertEquals("releases/" + first.id(), Files.readSymbolicLink(base.resolve("current")).toString());
        assertEquals(TestProjects.snapshot(project.resolve("site")).keySet(), TestProjects.snapshot(base.resolve("current").toRealPath()).keySet());

        TestProjects.write(project, "data/scores/vong-1.yaml", MiniWard.SCORES.replace("\"g.2\": 2}", "\"g.2\": 3}"));
        build();
        Releases.Published second = publish();
        System.out.println("local publish (one score changed): " + second.transferred());
        // the 4 unit pages (each charts the round's totals), the leaderboard, criteria g and g.2, the round's open data
        // (ranking and scores, CSV and JSON), and phien-ban.json (its data digest)
        assertTrue(second.transferred().startsWith("12 tệp chép mới"), second.transferred());
        Path r1 = base.resolve("releases").resolve(first.id());
        Path r2 = base.resolve("releases").resolve(second.id());
        assertEquals(Files.getAttribute(r1.resolve("index.html"), "unix:ino"), Files.getAttribute(r2.resolve("index.html"), "unix:ino"));
        assertNotEquals(Files.getAttribute(r1.resolve("don-vi/cuong.html"), "unix:ino"), Files.getAttribute(r2.resolve("don-vi/cuong.html"), "unix:ino"));
        assertArrayEquals(Files.readAllBytes(project.resolve("site/don-vi/cuong.html")), Files.readAllBytes(base.resolve("current/don-vi/cuong.html")));
        assertTrue(Files.readString(r1.resolve("phien-ban.json")).contains("\"commit\": \"không rõ\""), "no git here, no CI: said so");
    }

    @Test
    void theLastReleasesAreKeptAndRollbackGoesBackOneStep() throws Exception {
        build();
        String a = publish().id();
        String b = publish().id();
        String c = publish().id();
        Releases.Published d = releases.publish(site(), 2);
        assertEquals(List.of(a, b), d.removed());
        assertEquals(List.of(c, d.id()), releases.list().stream().map(Releases.Release::id).toList());
        assertTrue(a.compareTo(b) < 0 && b.compareTo(c) < 0 && c.compareTo(d.id()) < 0, "ids sort in publishing order");

        assertEquals(List.of(d.id(), c), releases.rollback());
        assertEquals("releases/" + c, Files.readSymbolicLink(base.resolve("current")).toString());
        DeployException none = assertThrows(DeployException.class, releases::rollback);
        assertTrue(none.getMessage().contains("không còn bản nào trước đó"), none.getMessage());
        // publishing after a rollback keeps the last two and the release current pointed at
        Releases.Published e = releases.publish(site(), 2);
        assertEquals(List.of(), e.removed());
        assertEquals(List.of(c, d.id(), e.id()), releases.list().stream().map(Releases.Release::id).toList());
        assertEquals(List.of(c, d.id()), releases.publish(site(), 2).removed(), "then they are the oldest beyond two");
    }

    @Test
    void aCurrentChangedByHandIsRefusedAndNothingChanges() throws Exception {
        build();
        String first = publish().id();
        Files.delete(base.resolve("current"));
        Files.createSymbolicLink(base.resolve("current"), dir); // someone pointed it elsewhere
        Map<String, String> before = tree(base);
        DeployException refused = assertThrows(DeployException.class, this::publish);
        assertTrue(refused.getMessage().contains("không trỏ vào một bản phát hành trong `releases/`")
                && refused.getMessage().contains("sửa bằng tay"), refused.getMessage());
        assertThrows(DeployException.class, releases::rollback);
        assertEquals(before, tree(base));

        Files.delete(base.resolve("current"));
        Files.createDirectory(base.resolve("current")); // a folder copied in by hand
        before = tree(base);
        assertThrows(DeployException.class, this::publish);
        assertEquals(before, tree(base));
        assertEquals(List.of(first), new LocalTarget(base).inspect().releases());
    }

    @Test
    void aSiteWhoseLastBuildFailedOrThatWasEditedIsRefused() throws Exception {
        DeployException never = assertThrows(DeployException.class, () -> BuiltSite.verify(project, project.resolve("site")));
        assertTrue(never.getMessage().contains("Chưa có bản dựng thành công"), never.getMessage());

        build();
        Files.writeString(project.resolve("site/index.html"), "<p>sửa tay</p>");
        DeployException edited = assertThrows(DeployException.class, () -> BuiltSite.verify(project, project.resolve("site")));
        assertTrue(edited.getMessage().contains("`index.html` đã bị sửa sau lần dựng"), edited.getMessage());
        build();
        Files.writeString(project.resolve("site/them.html"), "<p>thêm tay</p>");
        assertThrows(DeployException.class, () -> BuiltSite.verify(project, project.resolve("site")));
        build();
        site(); // the rebuilt site is fine

        TestProjects.write(project, "data/scores/vong-1.yaml", MiniWard.SCORES.replace("rubric: r", "rubric: khong-co"));
        assertFalse(Portal.build(BuildConfig.of(project).withBuildDate(LocalDate.of(2024, 11, 22))).published());
        DeployException failed = assertThrows(DeployException.class, () -> BuiltSite.verify(project, project.resolve("site")));
        assertTrue(failed.getMessage().contains("Lần dựng cổng gần nhất có lỗi"), failed.getMessage());
        assertFalse(Files.exists(base), "nothing was sent anywhere");
    }

    @Test
    void theCommandLinePublishesListsAndRollsBack() throws Exception {
        build();
        assertEquals(0, cli("publish", "--project", project.toString(), "--target", base.toString()));
        assertEquals(0, cli("publish", "--project", project.toString(), "--target", base.toString(), "--keep", "4"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, vn.congkhai.cli.MainAccess.run(new String[]{"releases", "--target", base.toString()}, out));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(2, lines.size(), lines::toString);
        assertTrue(lines.get(1).startsWith("* ") && lines.get(1).contains("commit không rõ") && lines.get(1).contains("dựng 2024-11-22"), lines::toString);
        assertEquals(0, cli("rollback", "--target", base.toString()));
        assertEquals(1, cli("rollback", "--target", base.toString()), "nothing before the oldest");
        assertEquals(1, cli("publish", "--project", project.toString()), "no target configured (CONGKHAI_TARGET unset in tests)");
        assertEquals(2, cli("publish", "--kepp", "3"));
    }

    /** A publish killed (SIGKILL) while it copies leaves current on the old release; the next publish succeeds. */
    @Test
    void aPublishKilledWhileCopyingLeavesCurrentOnTheOldRelease() throws Exception {
        for (int i = 0; i < 3000; i++) {
            TestProjects.write(project, "assets/ho-so/tep-" + i + ".txt", "hồ sơ số " + i + "\n".repeat(i % 50));
        }
        build();
        String first = publish().id();
        TestProjects.write(project, "data/scores/vong-1.yaml", MiniWard.SCORES.replace("\"g.2\": 2}", "\"g.2\": 3}"));
        build();
        Process publish = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "vn.congkhai.cli.Main", "publish",
                "--project", project.toString(), "--target", base.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (Fixtures.partialFiles(base) < 200 && publish.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertTrue(publish.isAlive(), "the publish ended before it could be killed mid-copy");
        publish.destroyForcibly().waitFor();
        assertTrue(Fixtures.partialFiles(base) > 0, "killed with a release half copied");
        assertEquals("releases/" + first, Files.readSymbolicLink(base.resolve("current")).toString());

        Releases.Published next = publish();
        assertEquals("releases/" + next.id(), Files.readSymbolicLink(base.resolve("current")).toString());
        assertEquals(0, Fixtures.partialFiles(base), "the half-copied release is cleared");
        assertEquals(TestProjects.snapshot(project.resolve("site")).keySet(), TestProjects.snapshot(base.resolve("current").toRealPath()).keySet());
    }

    private int cli(String... args) {
        return vn.congkhai.cli.MainAccess.run(args, new ByteArrayOutputStream());
    }

    private void build() {
        Fixtures.build(project);
    }

    private BuiltSite site() {
        return BuiltSite.verify(project, project.resolve("site"));
    }

    private Releases.Published publish() {
        return releases.publish(site(), 5);
    }

    /** Every path under {@code root} with what it is: a link's text, a file's size. */
    private static Map<String, String> tree(Path root) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                out.put(root.relativize(p).toString(), Files.isSymbolicLink(p) ? "-> " + Files.readSymbolicLink(p)
                        : Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "dir" : String.valueOf(Files.size(p)));
            }
        }
        return out;
    }
}
