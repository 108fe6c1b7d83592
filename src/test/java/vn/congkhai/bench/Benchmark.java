package vn.congkhai.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bench/run [N ...]}: for each N (default 1000 and 10000), writes a synthetic project of N
 * units, then builds it three times, each in a fresh JVM as CI would run it:
 * <ol>
 * <li>cold: nothing cached, no previous site (AsciiDoc is converted, JRuby starts);</li>
 * <li>again, nothing changed: every file is found identical and kept;</li>
 * <li>one score changed: only the pages showing it are rewritten.</li>
 * </ol>
 * Prints wall time, pages per second and peak resident memory of each build. Asserts nothing.
 */
public final class Benchmark {
    /** A batch job's collector and a heap cap: without a cap the JVM lets garbage grow to a quarter of the machine. */
    static final String JVM_OPTIONS = System.getenv().getOrDefault("BENCH_JVM_OPTS", "-Xmx1g -XX:+UseParallelGC");

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) {
            sizes.add(Integer.parseInt(a));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1000, 10000);
        }
        Path sample = Path.of("").toAbsolutePath();
        System.out.println("JVM options of each build: " + JVM_OPTIONS + " (set BENCH_JVM_OPTS to change); "
                + Runtime.getRuntime().availableProcessors() + " cores");
        System.out.printf("%-8s %-22s %7s %10s %9s %9s %s%n", "units", "build", "pages", "wall ms", "pages/s", "peak MiB", "files written");
        for (int n : sizes) {
            Path dir = sample.resolve("target/bench/" + n);
            vn.congkhai.TestProjects.deleteTree(dir);
            SyntheticWards.write(dir, n, sample);
            run(n, "cold", dir);
            run(n, "again, no change", dir);
            Path sheet = dir.resolve("data/scores/thi-bo-phan-mot-cua-2024.yaml");
            String text = Files.readString(sheet, StandardCharsets.UTF_8);
            String changed = text.contains("{\"1\": 5,") ? text.replaceFirst("\\{\"1\": 5,", "{\"1\": 4,")
                    : text.replaceFirst("\\{\"1\": \\d,", "{\"1\": 5,");
            Files.writeString(sheet, changed, StandardCharsets.UTF_8);
            long before = System.currentTimeMillis() - 1000; // mtimes of written files are at least this
            run(n, "one score changed", dir);
            System.out.println("         written, by folder: " + writtenSince(dir.resolve("site"), before));
        }
    }

    /**
     * Which files the last build wrote: unchanged ones are kept with their mtime (hard links), written ones are
     * new. Grouped by folder with one example each, to show why a single score touches them.
     */
    private static String writtenSince(Path site, long millis) throws IOException {
        java.util.Map<String, List<String>> byFolder = new java.util.TreeMap<>();
        try (var files = Files.walk(site)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                if (Files.getLastModifiedTime(f).toMillis() >= millis) {
                    String rel = site.relativize(f).toString().replace('\\', '/');
                    int slash = rel.indexOf('/');
                    byFolder.computeIfAbsent(slash < 0 ? "./" : rel.substring(0, slash + 1), k -> new ArrayList<>()).add(rel);
                }
            }
        }
        StringBuilder text = new StringBuilder();
        byFolder.forEach((folder, list) -> text.append(text.length() == 0 ? "" : ", ").append(folder).append(' ')
                .append(list.size()).append(" (e.g. ").append(list.get(0)).append(')'));
        return text.toString();
    }

    private static void run(int n, String label, Path dir) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of(JVM_OPTIONS.split(" ")));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "vn.congkhai.cli.Main", "build", "--project", dir.toString(),
                "--date", "2024-12-01", "--stats"));
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        long wall = (System.nanoTime() - start) / 1_000_000;
        if (code != 0) {
            System.out.println(out);
            throw new IllegalStateException("build failed for " + n);
        }
        String stats = out.lines().filter(l -> l.startsWith("stats:")).findFirst().orElse("");
        String summary = out.lines().filter(l -> l.startsWith("Đã dựng")).findFirst().orElse("");
        int pages = Integer.parseInt(stats.replaceAll(".*pages=(\\d+).*", "$1"));
        String rss = stats.replaceAll(".*peak_rss_mib=(-?\\d+).*", "$1");
        String written = summary.replaceAll(".*\\((\\d+) tệp ghi mới.*", "$1");
        System.out.printf("%-8d %-22s %7d %10d %9.0f %9s %s%n", n, label, pages, wall, pages / (wall / 1000.0), rss, written);
        String times = out.lines().filter(l -> l.startsWith("Thời gian")).findFirst().orElse("");
        System.out.println("         stages: " + times.replace("Thời gian (ms): ", ""));
    }
}
