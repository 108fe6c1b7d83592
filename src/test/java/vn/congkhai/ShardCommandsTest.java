package vn.congkhai;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.cli.MainAccess;
import vn.congkhai.model.Problem;
import vn.congkhai.publish.ShardRecord;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A merge refuses every set of shards that would not make the portal one build makes, and says which shard's
 * record, what is wrong and what to do, in Vietnamese and English; the published site is left as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShardCommandsTest {
    private static final LocalDate DAY = LocalDate.of(2025, 4, 15);
    private Path dir;
    private Path one;
    private Path two;

    @BeforeAll
    void twoShardsOfTheSample(@TempDir Path project) {
        dir = project;
        TestProjects.copySample(dir);
        List<Path> shards = ShardedBuildTest.buildShards(dir, 2);
        one = shards.get(0);
        two = shards.get(1);
        assertTrue(merge(List.of(one, two), "site").published(), "the two shards merge");
    }

    @Test
    void aMissingShardIsNamed() {
        Problem p = refused(List.of(one), "site-shard-1/" + ShardRecord.FILE);
        assertTrue(p.message().contains("Thiếu phần dựng 2/2") && p.englishMessage().contains("Shard 2/2 is missing"), p.toString());
        assertTrue(p.hint().contains("--shard 2/2"), p.hint());
    }

    @Test
    void aShardGivenTwiceIsRefused() throws IOException {
        Path copy = copy(one, "shard-1-again");
        Problem p = refused(List.of(one, copy, two), "shard-1-again/" + ShardRecord.FILE);
        assertTrue(p.message().contains("hai lần") && p.englishMessage().contains("given twice"), p.toString());
    }

    @Test
    void aShardWhoseBuildFailedIsRefused() throws IOException {
        Path failed = copy(two, "shard-2-failed");
        ShardRecord.markStarted(failed); // what a build of that shard does first: it then stopped or failed
        Problem p = refused(List.of(one, failed), "shard-2-failed/" + ShardRecord.FILE);
        assertTrue(p.message().contains("không qua kiểm tra") && p.englishMessage().contains("did not pass"), p.toString());
    }

    @Test
    void aShardBuildThatFailsMarksItsRecordFailed(@TempDir Path other) throws IOException {
        TestProjects.copySample(other);
        ShardedBuildTest.buildShards(other, 2);
        Path site = other.resolve("data/site.yaml");
        String good = Files.readString(site);
        Files.writeString(site, good + "\nbaseUrl: [\n");
        BuildResult broken = Portal.build(BuildConfig.of(other).withShards(new ShardPlan(2, 2))
                .withOutput(other.resolve("site-shard-2")).withBuildDate(DAY));
        assertFalse(broken.published());
        Files.writeString(site, good);
        assertFalse(ShardRecord.read(other.resolve("site-shard-2")).passed(), "the older pages are there, marked failed");
        BuildResult r = Portal.merge(BuildConfig.of(other).withBuildDate(DAY), List.of(other.resolve("site-shard-1"), other.resolve("site-shard-2")));
        assertFalse(r.published());
        assertTrue(r.problems().stream().anyMatch(p -> p.englishMessage().contains("did not pass")), r.problems().toString());
    }

    @Test
    void shardsOfOtherInputsAreRefused() throws IOException {
        Path units = dir.resolve("data/units.yaml");
        String before = Files.readString(units);
        Files.writeString(units, before + "\n# đã sửa sau khi dựng các phần\n");
        try {
            Problem p = refused(List.of(one, two), "site-shard-1/" + ShardRecord.FILE);
            assertTrue(p.message().contains("dữ liệu, mẫu trang, ngày dựng") && p.englishMessage().contains("other data"), p.toString());
        } finally {
            Files.writeString(units, before);
        }
        BuildResult otherDay = Portal.merge(BuildConfig.of(dir).withOutput(dir.resolve("other-day")).withBuildDate(DAY.plusDays(1)), List.of(one, two));
        assertFalse(otherDay.published(), "another build date is another portal");
    }

    @Test
    void shardsOfADifferentCountAreRefused() {
        ShardPlan third = new ShardPlan(3, 3);
        BuildResult r = Portal.build(BuildConfig.of(dir).withShards(third).withOutput(dir.resolve("of-three")).withBuildDate(DAY));
        assertTrue(r.published(), r.problems().toString());
        Problem p = refused(List.of(one, two, dir.resolve("of-three")), "of-three/" + ShardRecord.FILE);
        assertTrue(p.message().contains("chia cổng thành 3 phần") && p.englishMessage().contains("in 3 shards"), p.toString());
    }

    @Test
    void aShardFileChangedAfterItsBuildIsRefused() throws IOException {
        Path tampered = copy(two, "shard-2-tampered");
        String page;
        try (var files = Files.walk(tampered)) {
            page = tampered.relativize(files.filter(f -> f.toString().endsWith(".html")).sorted().findFirst().orElseThrow()).toString();
        }
        Path file = tampered.resolve(page);
        Files.writeString(file, Files.readString(file).replace("</body>", "<p>thêm tay</p></body>"));
        Problem p = refused(List.of(one, tampered), "shard-2-tampered/" + page);
        assertTrue(p.message().contains("không còn đúng") && p.englishMessage().contains("no longer what its shard recorded"), p.toString());
    }

    @Test
    void theCommandLineReadsShardsAndRefusesAWrongOne() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(2, MainAccess.run(new String[]{"build", "--project", dir.toString(), "--shard", "3/2"}, out));
        assertEquals(2, MainAccess.run(new String[]{"merge", "--project", dir.toString()}, out));
        assertEquals(1, MainAccess.run(new String[]{"merge", "--project", dir.toString(), "--output", dir.resolve("cli").toString(),
                "--date", DAY.toString(), "--shards", one.toString()}, out), out.toString(StandardCharsets.UTF_8));
        assertEquals(0, MainAccess.run(new String[]{"merge", "--project", dir.toString(), "--output", dir.resolve("cli").toString(),
                "--date", DAY.toString(), "--shards", one.toString(), two.toString()}, out), out.toString(StandardCharsets.UTF_8));
    }

    /** The merge fails, publishes nothing, and its first error is about {@code file}. */
    private Problem refused(List<Path> shards, String file) {
        Path site = dir.resolve("site");
        var before = TestProjects.snapshot(site);
        BuildResult r = merge(shards, "site");
        assertFalse(r.published(), "refused");
        assertEquals(before.keySet(), TestProjects.snapshot(site).keySet(), "the published site is left as it was");
        return r.problems().stream().filter(Problem::isError).filter(p -> p.where().file().equals(file)).findFirst()
                .orElseThrow(() -> new AssertionError("no error about " + file + ": " + r.problems()));
    }

    private BuildResult merge(List<Path> shards, String output) {
        return Portal.merge(BuildConfig.of(dir).withOutput(dir.resolve(output)).withBuildDate(DAY), shards);
    }

    private Path copy(Path shard, String name) throws IOException {
        Path to = dir.resolve(name);
        try (var files = Files.walk(shard)) {
            for (Path f : files.toList()) {
                Path t = to.resolve(shard.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
        return to;
    }
}
