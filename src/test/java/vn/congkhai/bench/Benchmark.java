package vn.congkhai.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bench/run [N ...|national]}: for each N (default 1000 and 10000), writes a synthetic project of N
 * units ({@code national} or {@code --national}: the national shape of {@link SyntheticWards#writeNational}), then
 * builds it three times, each in a fresh JVM as CI would run it:
 * <ol>
 * <li>cold: nothing cached, no previous site (AsciiDoc is converted, JRuby starts);</li>
 * <li>again, nothing changed: every file is found identical and kept;</li>
 * <li>one score changed: only the pages showing it are rewritten.</li>
 * </ol>
 * Prints wall time, CPU time (user+sys, through {@code /usr/bin/time} when present: on a shared machine wall time
 * alone says little), the load average, pages per second and peak resident memory of each build, then what a phone
 * downloads ({@link PhoneDownloads}). Asserts nothing.
 */
public final class Benchmark {
    /**
     * A batch job's collector and a heap cap: without a cap the JVM lets garbage grow to a quarter of the machine.
     * {@code BENCH_JVM_OPTS=""} runs the JVM's defaults, as the documented {@code java -cp ... Main build} does.
     */
    static final String JVM_OPTIONS = System.getenv().getOrDefault("BENCH_JVM_OPTS", "-Xmx1g -XX:+UseParallelGC");
    private static final Path GNU_TIME = Path.of("/usr/bin/time");

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> sizes = new ArrayList<>(List.of(args));
        if (sizes.isEmpty()) {
            sizes = List.of("1000", "10000");
        }
        Path sample = Path.of("").toAbsolutePath();
        System.out.println("JVM of each build: " + BenchJava.describe());
        System.out.println("JVM options of each build: " + JVM_OPTIONS + " (set BENCH_JVM_OPTS to change); "
                + Runtime.getRuntime().availableProcessors() + " cores");
        System.out.printf("%-8s %-22s %7s %10s %10s %9s %9s %-14s %s%n", "units", "build", "pages", "wall ms", "cpu ms", "pages/s",
                "peak MiB", "load (1 min)", "files written (unchanged)");
        for (String size : sizes) {
            boolean national = size.equals("national") || size.equals("--national");
            int n = national ? SyntheticWards.NATIONAL_UNITS : Integer.parseInt(size);
            Path dir = sample.resolve("target/bench/" + (national ? "national" : size));
            vn.congkhai.TestProjects.deleteTree(dir);
            if (national) {
                SyntheticWards.writeNational(dir, sample);
            } else {
                SyntheticWards.write(dir, n, sample);
            }
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
            PhoneDownloads.print(dir.resolve("site"), System.out);
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
        Path cpuFile = Files.createTempFile("congkhai-bench-cpu", ".txt");
        if (Files.isExecutable(GNU_TIME)) {
            cmd.addAll(List.of(GNU_TIME.toString(), "-f", "%U %S", "-o", cpuFile.toString()));
        }
        cmd.add(BenchJava.EXECUTABLE);
        if (!JVM_OPTIONS.isBlank()) {
            cmd.addAll(List.of(JVM_OPTIONS.trim().split(" +")));
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "vn.congkhai.cli.Main", "build", "--project", dir.toString(),
                "--date", "2024-12-01", "--stats"));
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        long wall = (System.nanoTime() - start) / 1_000_000;
        String cpu = cpuMillis(cpuFile);
        String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        if (code != 0) {
            System.out.println(out);
            throw new IllegalStateException("build failed for " + n);
        }
        String stats = out.lines().filter(l -> l.startsWith("stats:")).findFirst().orElse("");
        String summary = out.lines().filter(l -> l.startsWith("Đã dựng")).findFirst().orElse("");
        int pages = Integer.parseInt(stats.replaceAll(".*pages=(\\d+).*", "$1"));
        String rss = stats.replaceAll(".*peak_rss_mib=(-?\\d+).*", "$1");
        String written = summary.replaceAll(".*\\((\\d+) tệp ghi mới, (\\d+) tệp không đổi.*", "$1 (unchanged $2)");
        System.out.printf("%-8d %-22s %7d %10d %10s %9.0f %9s %-14s %s%n", n, label, pages, wall, cpu, pages / (wall / 1000.0), rss,
                load, written);
        String times = out.lines().filter(l -> l.startsWith("Thời gian")).findFirst().orElse("");
        System.out.println("         stages: " + times.replace("Thời gian (ms): ", ""));
    }

    /** User + system CPU milliseconds that GNU time wrote ("12.34 0.56"), or "?" without it. */
    private static String cpuMillis(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).trim();
        Files.deleteIfExists(file);
        String[] last = text.lines().reduce((a, b) -> b).orElse("").split(" ");
        if (last.length != 2 || !last[0].matches("[0-9.]+") || !last[1].matches("[0-9.]+")) {
            return "?";
        }
        return String.valueOf(Math.round((Double.parseDouble(last[0]) + Double.parseDouble(last[1])) * 1000));
    }
}
