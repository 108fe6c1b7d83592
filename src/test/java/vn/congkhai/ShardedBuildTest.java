package vn.congkhai;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.bench.SyntheticWards;
import vn.congkhai.publish.ShardRecord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A portal built in shards, one per CI job, and merged is byte for byte the portal one build makes: every file of
 * the two trees is compared, whatever the number of shards and the order they are named in.
 */
class ShardedBuildTest {
    private static final LocalDate DAY = LocalDate.of(2025, 4, 15);

    @Test
    void aProvincesSiteInTwoShardsMergedIsTheSiteOneBuildMakes(@TempDir Path dir) throws IOException {
        // 300 communes in 34 areas (area pages), rounds of more than 100 (leaderboard pages 2 and 3),
        // 400 notices in one month (archive pages past the newest 50), 60 documents with their QR codes
        SyntheticWards.writeNationalShape(dir, 300, 400, 60, TestProjects.SAMPLE);
        Map<String, byte[]> whole = buildWhole(dir);
        assertTrue(whole.keySet().stream().anyMatch(p -> p.matches("xep-hang/[^/]+/trang-2\\.html")), "numbered leaderboard pages");
        assertTrue(whole.keySet().stream().anyMatch(p -> p.contains("thanh-pho-ha-noi")), "area pages");
        assertTrue(whole.keySet().stream().anyMatch(p -> p.matches("thong-bao/.*trang-2\\.html")), "archive pages: " +
                whole.keySet().stream().filter(p -> p.startsWith("thong-bao/") && !p.matches("thong-bao/[^/]+\\.html")).limit(5).toList());

        List<Path> shards = buildShards(dir, 2);
        Map<String, byte[]> first = TestProjects.snapshot(shards.get(0));
        Map<String, byte[]> second = TestProjects.snapshot(shards.get(1));
        assertTrue(first.size() > 100 && second.size() > 100, "both shards have a share: " + first.size() + ", " + second.size());
        assertTrue(first.keySet().stream().noneMatch(p -> !p.equals(ShardRecord.FILE) && second.containsKey(p)), "no page in two shards");
        assertFalse(first.containsKey("index.html") || second.containsKey("index.html"), "the home page spans the portal: the merge's");

        assertSameSite(whole, merge(dir, shards, "merged"));
        assertSameSite(whole, merge(dir, List.of(shards.get(1), shards.get(0)), "merged-reversed"));
    }

    @Test
    void theSamplePortalInThreeShardsMergedIsTheSiteOneBuildMakes(@TempDir Path dir) {
        TestProjects.copySample(dir);
        Map<String, byte[]> whole = buildWhole(dir);
        assertSameSite(whole, merge(dir, buildShards(dir, 3), "merged"));
    }

    private static Map<String, byte[]> buildWhole(Path dir) {
        BuildResult result = Portal.build(BuildConfig.of(dir).withOutput(dir.resolve("whole")).withBuildDate(DAY));
        assertTrue(result.published(), result.problems().toString());
        return TestProjects.snapshot(dir.resolve("whole"));
    }

    static List<Path> buildShards(Path dir, int count) {
        List<Path> out = new ArrayList<>();
        for (int k = 1; k <= count; k++) {
            ShardPlan plan = new ShardPlan(k, count);
            BuildResult r = Portal.build(BuildConfig.of(dir).withShards(plan).withOutput(BuildConfig.shardOutput(dir, plan)).withBuildDate(DAY));
            assertTrue(r.published(), "shard " + plan + ": " + r.problems());
            out.add(r.output());
        }
        return out;
    }

    private static Map<String, byte[]> merge(Path dir, List<Path> shards, String output) {
        BuildResult result = Portal.merge(BuildConfig.of(dir).withOutput(dir.resolve(output)).withBuildDate(DAY), shards);
        assertTrue(result.published(), result.problems().toString());
        return TestProjects.snapshot(dir.resolve(output));
    }

    private static void assertSameSite(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet(), "the same files");
        List<String> differ = expected.keySet().stream().filter(p -> !Arrays.equals(expected.get(p), actual.get(p)))
                .collect(Collectors.toList());
        assertEquals(List.of(), differ, "files whose bytes differ");
    }
}
