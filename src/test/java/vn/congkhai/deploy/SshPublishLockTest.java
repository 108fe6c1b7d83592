package vn.congkhai.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.BuildConfig;
import vn.congkhai.BuildResult;
import vn.congkhai.MiniWard;
import vn.congkhai.Portal;
import vn.congkhai.TestProjects;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Publishes to one SSH target at once (issue 11), against the real sshd on loopback: the lock is held on the
 * server for the whole publish, a killed publish leaves no ssh or rsync running on either side, and a
 * {@code releases/} that is a link is refused on the server too.
 */
class SshPublishLockTest {
    private static final Clock SAME_SECOND = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void whileOnePublishCopiesAnotherPublishOrRollbackFromAnywhereIsRefusedAndTheFirstEndsComplete() throws Exception {
        try (Sshd sshd = Sshd.start(dir.resolve("sshd"))) {
            Path project = MiniWard.write(dir.resolve("phuong"));
            Path base = serverFolder();
            Fixtures.writeBigAsset(project, 1);
            Fixtures.build(project);
            Targets.Settings settings = settings(sshd, base);
            Releases first = new Releases(Targets.open(settings), SAME_SECOND);
            Releases second = new Releases(Targets.open(settings), SAME_SECOND);
            String before = first.publish(BuiltSite.verify(project, project.resolve("site")), 5).id();

            Fixtures.writeBigAsset(project, 2);
            Fixtures.build(project);
            BuiltSite site = BuiltSite.verify(project, project.resolve("site"));
            CompletableFuture<Releases.Published> copying = CompletableFuture.supplyAsync(() -> first.publish(site, 5));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!(Fixtures.partialFolders(base) > 0 && rsyncRunning(ProcessHandle.current())) && !copying.isDone() && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            assertFalse(copying.isDone(), "the first publish was caught while rsync copies");
            TargetBusyException publish = assertThrows(TargetBusyException.class, () -> second.publish(site, 5));
            System.out.println("second ssh publish: " + publish.getMessage());
            assertTrue(publish.getMessage().contains("publish by ") && publish.getMessage().contains("Another publish or rollback is running"),
                    publish.getMessage());
            assertThrows(TargetBusyException.class, second::rollback, "rollback takes the same lock");
            // the same folder published on the server itself: the same lock file, the same kind of lock
            assertThrows(TargetBusyException.class, () -> new Releases(new LocalTarget(base), SAME_SECOND).publish(site, 5));

            Releases.Published done = copying.get();
            assertEquals("releases/" + done.id(), Files.readSymbolicLink(base.resolve("current")).toString());
            Trees.assertSameFiles(project.resolve("site"), base.resolve("current"));
            assertEquals(List.of(before, done.id()), first.list().stream().map(Releases.Release::id).toList());
            assertEquals(0, Fixtures.partialFolders(base));
        }
    }

    /** SIGTERM: a cancelled CI job or Ctrl-C (the shutdown hook runs); SIGKILL: kill -9 or the OOM killer (nothing runs). */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
    void aKilledSshPublishLeavesNoSshOrRsyncRunningAndTheTargetUnlocked(boolean forcibly) throws Exception {
        try (Sshd sshd = Sshd.start(dir.resolve("sshd"))) {
            Path project = MiniWard.write(dir.resolve("phuong"));
            Path base = serverFolder();
            Fixtures.writeBigAsset(project, 3);
            Fixtures.build(project);
            Targets.Settings settings = settings(sshd, base);
            // a publish as CI runs it, in its own JVM; stopped the way a cancelled job or Ctrl-C stops it (SIGTERM)
            Process publish = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "vn.congkhai.cli.Main", "publish", "--project", project.toString(),
                    "--target", settings.target(), "--ssh-key", settings.sshKey(), "--known-hosts", settings.knownHosts())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            // rsync running and the ssh it starts up too (listing too early once caught [ssh, rsync])
            java.util.function.BooleanSupplier copying = () -> rsyncRunning(publish.toHandle())
                    && publish.descendants().filter(p -> Processes.name(p).equals("ssh")).count() >= 2;
            while (!(Fixtures.partialFolders(base) > 0 && copying.getAsBoolean()) && publish.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            assertTrue(publish.isAlive() && rsyncRunning(publish.toHandle()), "the publish was caught while rsync copies");
            List<ProcessHandle> started = publish.descendants().toList();
            System.out.println("publish's processes when stopped: " + started.stream().map(Processes::name).toList());
            assertTrue(started.stream().filter(p -> Processes.name(p).equals("ssh")).count() >= 2, "the lock's ssh and rsync's ssh");

            if (forcibly) {
                publish.destroyForcibly();
            } else {
                publish.destroy();
            }
            assertTrue(publish.waitFor(60, TimeUnit.SECONDS));
            // after SIGKILL nothing in the JVM runs: the orphans notice their parent's pipe closing, within moments
            long orphansDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(forcibly ? 20 : 0);
            while (started.stream().anyMatch(Processes::running) && System.nanoTime() < orphansDeadline) {
                Thread.sleep(20);
            }
            List<String> left = started.stream().filter(Processes::running).map(p -> Processes.name(p) + " " + p.pid()).toList();
            assertEquals(List.of(), left, "every ssh and rsync the publish started ended with it");

            // on the server: the lock's shell and rsync's receiver end with their connections
            long serverDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!sshd.sessions().isEmpty() && System.nanoTime() < serverDeadline) {
                Thread.sleep(20);
            }
            assertEquals(List.of(), sshd.sessions().stream().map(Processes::name).toList(), "no session left on the server");
            assertTrue(Fixtures.partialFolders(base) > 0, "it was stopped half-way");
            if (forcibly) { // an rsync left running would have finished the big file: it was stopped instead
                try (java.util.stream.Stream<Path> partials = Files.list(base.resolve("releases"))) {
                    assertTrue(partials.filter(p -> p.getFileName().toString().endsWith(".partial"))
                            .noneMatch(p -> Files.exists(p.resolve("assets/lon.bin"))), "the copy was cut, not finished by an orphan");
                }
            }
            assertFalse(Files.exists(base.resolve("current")), "and switched nothing");

            // the lock died with its holder: the next publish runs at once and clears the half-copied folder
            Releases.Published next = new Releases(Targets.open(settings), Clock.systemUTC()).publish(BuiltSite.verify(project, project.resolve("site")), 5);
            Trees.assertSameFiles(project.resolve("site"), base.resolve("current"));
            assertEquals("releases/" + next.id(), Files.readSymbolicLink(base.resolve("current")).toString());
            assertEquals(0, Fixtures.partialFolders(base));
        }
    }

    @Test
    void aReleasesFolderThatIsALinkIsRefusedOnTheServerAndWhatItPointsAtIsUntouched() throws Exception {
        try (Sshd sshd = Sshd.start(dir.resolve("sshd"))) {
            Path project = MiniWard.write(dir.resolve("phuong"));
            Path base = serverFolder();
            Fixtures.build(project);
            Releases releases = new Releases(Targets.open(settings(sshd, base)), Clock.systemUTC());
            BuiltSite site = BuiltSite.verify(project, project.resolve("site"));
            releases.publish(site, 5);
            releases.publish(site, 5);
            Path elsewhere = dir.resolve("may-chu/thu-muc-khac");
            Files.move(base.resolve("releases"), elsewhere);
            Files.createSymbolicLink(base.resolve("releases"), elsewhere);
            Map<String, String> outside = Trees.of(elsewhere);

            DeployException refused = assertThrows(DeployException.class, () -> releases.publish(site, 1)); // keep 1: would prune
            assertTrue(refused.getMessage().contains("là một liên kết tượng trưng") && refused.getMessage().contains("is a symbolic link"),
                    refused.getMessage());
            assertThrows(DeployException.class, releases::rollback);
            assertThrows(DeployException.class, releases::list);
            assertEquals(outside, Trees.of(elsewhere), "the folder the link points at is untouched");

            // and a release entry that is a link out of releases/
            Files.delete(base.resolve("releases"));
            Files.move(elsewhere, base.resolve("releases"));
            Path secrets = dir.resolve("may-chu/ho-so-mat");
            TestProjects.write(secrets, "bang-luong.txt", "không phải của cổng");
            Files.createSymbolicLink(base.resolve("releases/20000101T000000Z-0000000"), secrets);
            DeployException entry = assertThrows(DeployException.class, () -> releases.publish(site, 1));
            assertTrue(entry.getMessage().contains("symbolic link, not a release"), entry.getMessage());
            assertTrue(Files.isRegularFile(secrets.resolve("bang-luong.txt")));
        }
    }

    private Path serverFolder() throws Exception {
        Path base = dir.resolve("may-chu/congkhai");
        Files.createDirectories(base.getParent());
        return base;
    }

    private static Targets.Settings settings(Sshd sshd, Path base) {
        return new Targets.Settings(sshd.target(base), sshd.userKey.toString(), sshd.knownHosts.toString(), "5");
    }

    private static boolean rsyncRunning(ProcessHandle parent) {
        return parent.descendants().anyMatch(p -> Processes.name(p).equals("rsync") && Processes.running(p));
    }
}
