package vn.congkhai.bench;

import vn.congkhai.TestProjects;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code bench/shards [SHARDS] [N|national]}: writes a synthetic project (default: the national shape), builds it
 * once unsharded, then in {@code SHARDS} shards (default 4) one after the other, as the jobs of a CI matrix would
 * each run on a machine of their own, then merges them. Each build runs in a fresh JVM ({@link Benchmark#JVM_OPTIONS};
 * the merge's own with {@code BENCH_MERGE_JVM_OPTS}); prints wall time, CPU time (user+sys) and peak resident memory
 * of each, the longest shard (what a matrix waits for) plus the merge, and whether the merged site is byte for byte
 * the unsharded one. Each build starts without {@code .congkhai/} (no AsciiDoc cache, no manifest), as a CI job on
 * a fresh machine. {@code BENCH_REUSE=1} keeps the project and unsharded build of the last run. Asserts nothing
 * but that every build passed.
 */
public final class ShardBench {
    private static final String MERGE_JVM_OPTIONS = System.getenv().getOrDefault("BENCH_MERGE_JVM_OPTS", Benchmark.JVM_OPTIONS);
    private static final Path GNU_TIME = Path.of("/usr/bin/time");

    private ShardBench() {
    }

    public static void main(String[] args) throws Exception {
        int shards = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        String size = args.length > 1 ? args[1] : "national";
        Path sample = Path.of("").toAbsolutePath();
        Path dir = sample.resolve("target/bench/shards-" + size);
        boolean reuse = System.getenv("BENCH_REUSE") != null && Files.isDirectory(dir.resolve("whole"));
        if (!reuse) {
            TestProjects.deleteTree(dir);
            if (size.equals("national")) {
                SyntheticWards.writeNational(dir, sample);
            } else {
                int n = Integer.parseInt(size);
                SyntheticWards.writeNationalShape(dir, n, n * 15, n * 3, sample); // the national proportions of notices and documents
            }
        }
        System.out.println("Synthetic project: " + size + "; " + shards + " shards; " + Runtime.getRuntime().availableProcessors()
                + " cores; builds: " + Benchmark.JVM_OPTIONS + "; merge: " + MERGE_JVM_OPTIONS);
        System.out.println("JVM of the builds and the merge: " + BenchJava.describe());
        System.out.printf("%-16s %7s %10s %10s %9s %s%n", "build", "pages", "wall ms", "cpu ms", "peak MiB", "load (1 min)");
        if (reuse) {
            try (var old = Files.list(dir)) { // the shards and merge of the last run
                for (Path p : old.filter(p -> p.getFileName().toString().matches("site(-shard-\\d+)?")).toList()) {
                    TestProjects.deleteTree(p);
                }
            }
            System.out.println("(BENCH_REUSE: the project and its unsharded build from the last run)");
        } else {
            run("unsharded", Benchmark.JVM_OPTIONS, dir, "build", "--output", dir.resolve("whole").toString());
        }
        long[] longest = new long[2];
        List<String> folders = new ArrayList<>();
        for (int k = 1; k <= shards; k++) {
            long[] r = run("shard " + k + "/" + shards, Benchmark.JVM_OPTIONS, dir, "build", "--shard", k + "/" + shards);
            longest[0] = Math.max(longest[0], r[0]);
            longest[1] = Math.max(longest[1], r[1]);
            folders.add(dir.resolve("site-shard-" + k).toString());
        }
        List<String> merge = new ArrayList<>(List.of("merge", "--output", dir.resolve("site").toString(), "--shards"));
        merge.addAll(folders);
        long[] m = run("merge", MERGE_JVM_OPTIONS, dir, merge.toArray(String[]::new));
        System.out.printf("matrix wall (longest shard + merge): %d ms; longest shard's CPU + merge's CPU: %d ms%n",
                longest[0] + m[0], longest[1] + m[1]);
        Map<String, byte[]> whole = TestProjects.snapshot(dir.resolve("whole"));
        Map<String, byte[]> merged = TestProjects.snapshot(dir.resolve("site"));
        long differ = whole.keySet().stream().filter(p -> !Arrays.equals(whole.get(p), merged.get(p))).count();
        System.out.println("merged site: " + merged.size() + " files; unsharded: " + whole.size() + "; files that differ: " + differ
                + (differ == 0 && whole.size() == merged.size() ? " (byte for byte the same)" : ""));
    }

    /** One command in a fresh JVM; prints its line; returns {wall ms, cpu ms}. */
    private static long[] run(String label, String jvm, Path dir, String... command) throws Exception {
        // every job of a CI matrix starts on a fresh machine: no converted AsciiDoc, no manifest of an earlier build
        TestProjects.deleteTree(dir.resolve(".congkhai"));
        List<String> cmd = new ArrayList<>();
        Path cpuFile = Files.createTempFile("congkhai-bench-cpu", ".txt");
        if (Files.isExecutable(GNU_TIME)) {
            cmd.addAll(List.of(GNU_TIME.toString(), "-f", "%U %S", "-o", cpuFile.toString()));
        }
        cmd.add(BenchJava.EXECUTABLE);
        if (!jvm.isBlank()) {
            cmd.addAll(List.of(jvm.trim().split(" +")));
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "vn.congkhai.cli.Main"));
        cmd.addAll(List.of(command));
        cmd.addAll(List.of("--project", dir.toString(), "--date", "2024-12-01", "--stats"));
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        long wall = (System.nanoTime() - start) / 1_000_000;
        String[] cpu = Files.readString(cpuFile).trim().lines().reduce((a, b) -> b).orElse("").split(" ");
        Files.deleteIfExists(cpuFile);
        long cpuMs = cpu.length == 2 && cpu[0].matches("[0-9.]+") ? Math.round((Double.parseDouble(cpu[0]) + Double.parseDouble(cpu[1])) * 1000) : -1;
        if (code != 0) {
            System.out.println(out);
            throw new IllegalStateException(label + " failed");
        }
        String stats = out.lines().filter(l -> l.startsWith("stats:")).findFirst().orElse("");
        System.out.printf("%-16s %7s %10d %10d %9s %s%n", label, stats.replaceAll(".*pages=(\\d+).*", "$1"), wall, cpuMs,
                stats.replaceAll(".*peak_rss_mib=(-?\\d+).*", "$1"), Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        return new long[]{wall, cpuMs};
    }
}
