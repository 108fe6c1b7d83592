package vn.congkhai.deploy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.BuildConfig;
import vn.congkhai.BuildResult;
import vn.congkhai.MiniWard;
import vn.congkhai.Portal;
import vn.congkhai.TestProjects;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Publishes to one local target at once (issue 11): the target is locked for a whole publish or rollback, and
 * a {@code releases/} that is a symbolic link is refused, never followed. Both publishers use one fixed clock
 * and one commit: the same second, so the same release id, which used to mean the same {@code .partial} folder.
 */
class PublishLockTest {
    private static final Clock SAME_SECOND = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    Path project;
    Path base;

    @BeforeEach
    void ward() {
        project = MiniWard.write(dir.resolve("phuong"));
        base = dir.resolve("srv");
    }

    @Test
    void aSecondPublishWhileTheFirstIsCopyingIsRefusedAndTheFirstEndsComplete() throws Exception {
        for (int i = 0; i < 3000; i++) {
            TestProjects.write(project, "assets/ho-so/tep-" + i + ".txt", "hồ sơ số " + i + "\n".repeat(i % 50));
        }
        Fixtures.build(project);
        BuiltSite site = BuiltSite.verify(project, project.resolve("site"));
        Releases first = new Releases(new LocalTarget(base), SAME_SECOND);
        Releases second = new Releases(new LocalTarget(base), SAME_SECOND);

        CompletableFuture<Releases.Published> copying = CompletableFuture.supplyAsync(() -> first.publish(site, 5));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (Fixtures.partialFiles(base) < 200 && !copying.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertFalse(copying.isDone(), "the first publish was caught while copying");
        TargetBusyException refused = assertThrows(TargetBusyException.class, () -> second.publish(site, 5));
        System.out.println("second publish: " + refused.getMessage());
        assertTrue(refused.getMessage().contains("Đang có một lần xuất bản hoặc quay lại khác")
                && refused.getMessage().contains("Another publish or rollback is running")
                && refused.getMessage().contains("publish by " + System.getProperty("user.name")), "says who holds it, in both languages");

        Releases.Published done = copying.get();
        assertEquals("releases/" + done.id(), Files.readSymbolicLink(base.resolve("current")).toString());
        Trees.assertSameFiles(project.resolve("site"), base.resolve("current"));
        assertEquals(0, Fixtures.partialFiles(base), "nothing half-copied is left");
        assertEquals(List.of(done.id()), new LocalTarget(base).inspect().releases());
    }

    @Test
    void publishesStartedTogetherNeverShareAFolderAndCurrentIsAlwaysComplete() throws Exception {
        Fixtures.build(project);
        BuiltSite site = BuiltSite.verify(project, project.resolve("site"));
        ExecutorService two = Executors.newFixedThreadPool(2);
        for (int round = 0; round < 3; round++) {
            CyclicBarrier start = new CyclicBarrier(2);
            List<CompletableFuture<Releases.Published>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Releases releases = new Releases(new LocalTarget(base), SAME_SECOND);
                runs.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return releases.publish(site, 10);
                }, two));
            }
            int published = 0;
            for (CompletableFuture<Releases.Published> run : runs) {
                try {
                    Trees.assertSameFiles(project.resolve("site"), base.resolve("releases").resolve(run.get().id()));
                    published++;
                } catch (ExecutionException e) {
                    assertInstanceOf(TargetBusyException.class, e.getCause(), "only ever refused because the other one held the target");
                }
            }
            assertTrue(published >= 1, "one of them always wins");
            Trees.assertSameFiles(project.resolve("site"), base.resolve("current"));
            assertEquals(0, Fixtures.partialFiles(base));
        }
        two.shutdown();
    }

    @Test
    void aHeldLockRefusesPublishAndRollbackSaysWhoHoldsItAndChangesNothing() throws Exception {
        Fixtures.build(project);
        Releases releases = new Releases(new LocalTarget(base), Clock.systemUTC());
        releases.publish(site(), 5);
        String second = releases.publish(site(), 5).id();
        Path lockFile = base.resolve(".congkhai.lock");
        assertEquals(0, Files.size(lockFile), "a released lock says nobody holds it");
        Map<String, String> before = Trees.of(base);

        try (TargetLock held = new LocalTarget(base).lock("publish")) {
            assertEquals(held.owner() + "\n", Files.readString(lockFile));
            assertNotEquals(0, flockProbe(lockFile), "a real flock: flock(1) cannot take it either");
            TargetBusyException publish = assertThrows(TargetBusyException.class, () -> releases.publish(site(), 5));
            assertTrue(publish.getMessage().contains(held.owner()), publish.getMessage());
            TargetBusyException rollback = assertThrows(TargetBusyException.class, releases::rollback);
            assertTrue(rollback.getMessage().contains("Đang có một lần xuất bản hoặc quay lại khác"), rollback.getMessage());
            assertEquals(1, cli("publish", "--project", project.toString(), "--target", base.toString()), "the command line exits 1");
        }
        assertEquals(before, Trees.of(base), "nothing changed on the target");
        assertEquals(0, flockProbe(lockFile), "released");
        assertEquals(second, releases.rollback().get(0), "after it, rollback runs");
        releases.publish(site(), 5);
    }

    @Test
    void aReleasesFolderThatIsALinkIsRefusedAndWhatItPointsAtIsUntouched() throws Exception {
        Fixtures.build(project);
        Releases releases = new Releases(new LocalTarget(base), Clock.systemUTC());
        releases.publish(site(), 5);
        releases.publish(site(), 5);
        // someone's other folder, with releases-like names in it, and releases/ made a link to it
        Path elsewhere = dir.resolve("thu-muc-khac");
        Files.move(base.resolve("releases"), elsewhere);
        Files.createSymbolicLink(base.resolve("releases"), elsewhere);
        Map<String, String> outside = Trees.of(elsewhere);
        Map<String, String> target = Trees.of(base);

        DeployException publish = assertThrows(DeployException.class, () -> releases.publish(site(), 1)); // keep 1: would prune
        assertTrue(publish.getMessage().contains("`releases/` ở " + base + " là một liên kết tượng trưng")
                && publish.getMessage().contains("is a symbolic link, not a real folder"), publish.getMessage());
        assertThrows(DeployException.class, releases::rollback);
        assertThrows(DeployException.class, releases::list);
        assertEquals(outside, Trees.of(elsewhere), "the folder the link points at is untouched");
        assertEquals(target, Trees.of(base));
    }

    @Test
    void aReleaseThatIsALinkOutIsRefusedAndNeverFollowed() throws Exception {
        Fixtures.build(project);
        Releases releases = new Releases(new LocalTarget(base), Clock.systemUTC());
        releases.publish(site(), 5);
        Path elsewhere = dir.resolve("ho-so-mat");
        TestProjects.write(elsewhere, "bang-luong.txt", "không phải của cổng");
        Files.createSymbolicLink(base.resolve("releases/20000101T000000Z-0000000"), elsewhere); // the oldest, first to be pruned
        Map<String, String> outside = Trees.of(elsewhere);

        DeployException publish = assertThrows(DeployException.class, () -> releases.publish(site(), 1));
        assertTrue(publish.getMessage().contains("`releases/20000101T000000Z-0000000`")
                && publish.getMessage().contains("symbolic link, not a release"), publish.getMessage());
        assertEquals(outside, Trees.of(elsewhere));
        assertTrue(Files.isSymbolicLink(base.resolve("releases/20000101T000000Z-0000000")));
    }

    /** flock(1)'s answer for {@code file} without waiting: 0 when it could take the lock (and let it go). */
    private static int flockProbe(Path file) throws Exception {
        Tools.require("flock");
        Process p = new ProcessBuilder("flock", "-n", file.toString(), "true").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private int cli(String... args) {
        return vn.congkhai.cli.MainAccess.run(args, new java.io.ByteArrayOutputStream());
    }

    private BuiltSite site() {
        return BuiltSite.verify(project, project.resolve("site"));
    }

    /** The lock's script names its placeholders in capitals: a target whose path holds those words is still locked where it is. */
    @Test
    void aTargetWhosePathHoldsThePlaceholderWordsIsLockedInItsOwnFolder() throws Exception {
        Fixtures.build(project);
        Path odd = dir.resolve("PROFILES-OWNER/cong");
        Files.createDirectories(odd.getParent());
        Releases.Published done = new Releases(new LocalTarget(odd), SAME_SECOND).publish(BuiltSite.verify(project, project.resolve("site")), 5);
        assertEquals("releases/" + done.id(), Files.readSymbolicLink(odd.resolve("current")).toString());
        assertTrue(Files.exists(odd.resolve(FlockHolder.FILE)), "the lock file is in the target's own folder");
        try (Stream<Path> beside = Files.list(dir)) {
            assertEquals(List.of("PROFILES-OWNER", "phuong"), beside.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no folder made from a rewritten path");
        }
    }
}
