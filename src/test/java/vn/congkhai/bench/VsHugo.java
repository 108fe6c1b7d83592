package vn.congkhai.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench/vs-hugo N}: the synthetic N-unit ward ({@link SyntheticWards#write}, as {@code bench/run N}) built by
 * congkhai's command line in a fresh JVM and by Debian's {@code hugo} from {@code bench/hugo/} with the content
 * {@link HugoExport} writes; then the text of every unit, leaderboard and criterion page is compared
 * ({@link MainTextComparison}: any difference or missing page stops the benchmark with exit code 1), and the two are
 * timed alternately, A B A B, {@value #PAIRS} pairs: each pair builds both cold (congkhai without {@code .congkhai/}
 * and {@code site/}, Hugo without {@code public/}, {@code resources/} and its cache), then again with nothing
 * changed (congkhai with its cache and site; Hugo has no incremental command-line build, so its full build again).
 * <p>
 * Wall time is measured here; CPU time (user + system) and peak resident memory by GNU time ({@code /usr/bin/time}).
 * The last line printed is {@code cold_ratio=X nochange_ratio=Y}: congkhai's wall time divided by Hugo's in the same
 * pair, median of the pairs. Asserts no time.
 * <p>
 * Not alike, and said with the figures: congkhai builds the whole portal (home, notices, documents, search index,
 * open data, sitemaps, a check of every page), Hugo only the compared pages, from models congkhai computed.
 */
public final class VsHugo {
    static final int PAIRS = 3;
    /** The same day for every build: pages carry the build date. */
    static final String DATE = "2024-12-01";
    /** As {@code bench/run}; {@code VS_HUGO_JVM_OPTS=""} runs the JVM's defaults, as the documented {@code java -cp ... Main build}. */
    static final String JVM_OPTIONS = System.getenv().getOrDefault("VS_HUGO_JVM_OPTS", "-Xmx1g -XX:+UseParallelGC");
    static final String HUGO = System.getenv().getOrDefault("HUGO", "/usr/bin/hugo");
    private static final Path GNU_TIME = Path.of("/usr/bin/time");

    /** One timed build. */
    record Run(int pair, String tool, String build, long wallMillis, long cpuMillis, long peakMiB, String load) {
    }

    private VsHugo() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.freemarker.loggerLibrary", "none"); // no log4j warnings from the page models' classes
        int n = Integer.parseInt(args[0]);
        Path repo = Path.of("").toAbsolutePath();
        Path work = repo.resolve("target/bench/vs-hugo/" + n);
        Path ward = work.resolve("ward");
        Path hugo = work.resolve("hugo");
        vn.congkhai.TestProjects.deleteTree(work);
        SyntheticWards.write(ward, n, repo);
        long t = System.nanoTime();
        int exported = HugoExport.export(ward, hugo, java.time.LocalDate.parse(DATE));
        System.out.printf("Hugo's content: %d pages exported in %.1f s (congkhai's load, validate, compute and page models; "
                + "not counted in Hugo's time)%n", exported, (System.nanoTime() - t) / 1e9);
        Files.copy(repo.resolve("bench/hugo/config.toml"), hugo.resolve("config.toml"), StandardCopyOption.REPLACE_EXISTING);
        copyTree(repo.resolve("bench/hugo/layouts"), hugo.resolve("layouts"));
        System.out.println("congkhai: java " + (JVM_OPTIONS.isBlank() ? "(JVM defaults)" : JVM_OPTIONS)
                + " vn.congkhai.cli.Main build (set VS_HUGO_JVM_OPTS to change)");
        System.out.println("congkhai's JVM: " + BenchJava.describe());
        System.out.println("hugo: " + firstLine(HUGO, "version") + "; " + Runtime.getRuntime().availableProcessors() + " cores");
        System.out.println("uptime: " + firstLine("uptime"));

        List<Run> runs = new ArrayList<>();
        for (int pair = 1; pair <= PAIRS; pair++) {
            vn.congkhai.TestProjects.deleteTree(ward.resolve(".congkhai"));
            vn.congkhai.TestProjects.deleteTree(ward.resolve("site"));
            runs.add(run(pair, "congkhai", "cold", congkhai(ward), work));
            for (String dir : List.of("public", "resources", ".cache")) {
                vn.congkhai.TestProjects.deleteTree(hugo.resolve(dir));
            }
            runs.add(run(pair, "hugo", "cold", hugo(hugo), work));
            if (pair == 1 && !compare(ward.resolve("site"), hugo.resolve("public"))) {
                System.exit(1);
            }
            runs.add(run(pair, "congkhai", "nothing changed", congkhai(ward), work));
            runs.add(run(pair, "hugo", "full build again", hugo(hugo), work));
        }
        System.out.printf("files: congkhai's site %s; Hugo's public/ %s%n", size(ward.resolve("site")), size(hugo.resolve("public")));
        System.out.println("uptime: " + firstLine("uptime"));
        System.out.printf("%-9s %-17s %14s %14s %14s%n", "median", "build", "wall s", "cpu s", "peak MiB (max)");
        for (String[] kind : List.of(new String[]{"congkhai", "cold"}, new String[]{"hugo", "cold"},
                new String[]{"congkhai", "nothing changed"}, new String[]{"hugo", "full build again"})) {
            List<Run> of = runs.stream().filter(r -> r.tool().equals(kind[0]) && r.build().equals(kind[1])).toList();
            System.out.printf(Locale.ROOT, "%-9s %-17s %14.2f %14.2f %14d%n", kind[0], kind[1],
                    median(of.stream().map(r -> r.wallMillis() / 1000.0).toList()),
                    median(of.stream().map(r -> r.cpuMillis() / 1000.0).toList()),
                    of.stream().mapToLong(Run::peakMiB).max().orElse(-1));
        }
        // CPU time says more than wall time while other builds share the machine; the last line is wall time, as asked
        System.out.printf(Locale.ROOT, "cpu: cold_ratio=%.2f nochange_ratio=%.2f (median of pairs)%n",
                medianRatio(runs, "cold", "cold", "cpu", Run::cpuMillis),
                medianRatio(runs, "nothing changed", "full build again", "cpu", Run::cpuMillis));
        double cold = medianRatio(runs, "cold", "cold");
        double nochange = medianRatio(runs, "nothing changed", "full build again");
        System.out.printf(Locale.ROOT, "cold_ratio=%.2f nochange_ratio=%.2f%n", cold, nochange);
    }

    private static boolean compare(Path site, Path publicDir) {
        MainTextComparison.Outcome outcome = MainTextComparison.compare(site, publicDir);
        System.out.println("compared the text of <main> of " + outcome.compared() + " pages: "
                + (outcome.same() ? "all the same" : outcome.differences().size() + " differ or are missing"));
        outcome.differences().stream().limit(10).forEach(d -> System.out.println("  " + d.describe()));
        return outcome.same();
    }

    private static List<String> congkhai(Path ward) {
        List<String> cmd = new ArrayList<>();
        cmd.add(BenchJava.EXECUTABLE);
        if (!JVM_OPTIONS.isBlank()) {
            cmd.addAll(List.of(JVM_OPTIONS.trim().split(" +")));
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "vn.congkhai.cli.Main", "build", "--project",
                ward.toString(), "--date", DATE));
        return cmd;
    }

    static List<String> hugo(Path hugo) {
        return List.of(HUGO, "--source", hugo.toString(), "--destination", "public", "--cacheDir", hugo.resolve(".cache").toString(),
                "--quiet");
    }

    /** Runs {@code cmd} under GNU time, prints its line of the table, and fails with its output if it fails. */
    private static Run run(int pair, String tool, String build, List<String> cmd, Path work) throws IOException, InterruptedException {
        Path measured = Files.createTempFile(work, "time", ".txt");
        Path log = Files.createTempFile(work, tool, ".log");
        List<String> timed = new ArrayList<>();
        if (Files.isExecutable(GNU_TIME)) {
            timed.addAll(List.of(GNU_TIME.toString(), "-f", "%U %S %M", "-o", measured.toString()));
        }
        timed.addAll(cmd);
        long start = System.nanoTime();
        int code = new ProcessBuilder(timed).redirectErrorStream(true).redirectOutput(log.toFile()).start().waitFor();
        long wall = (System.nanoTime() - start) / 1_000_000;
        if (code != 0) {
            System.out.println(Files.readString(log, StandardCharsets.UTF_8));
            throw new IllegalStateException(tool + " " + build + " failed with exit code " + code);
        }
        String[] f = lastLine(measured).split(" ");
        boolean ok = f.length == 3 && f[0].matches("[0-9.]+") && f[1].matches("[0-9.]+") && f[2].matches("[0-9]+");
        long cpu = ok ? Math.round((Double.parseDouble(f[0]) + Double.parseDouble(f[1])) * 1000) : -1;
        long rss = ok ? Long.parseLong(f[2]) / 1024 : -1;
        String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        Run r = new Run(pair, tool, build, wall, cpu, rss, load);
        if (pair == 1 && tool.equals("congkhai") && build.equals("cold")) {
            System.out.printf("%-4s %-9s %-17s %8s %8s %9s %s%n", "pair", "tool", "build", "wall s", "cpu s", "peak MiB", "load (1 min)");
        }
        System.out.printf(Locale.ROOT, "%-4d %-9s %-17s %8.2f %8.2f %9d %s%n", pair, tool, build, wall / 1000.0, cpu / 1000.0, rss, load);
        Files.delete(measured);
        Files.delete(log);
        return r;
    }

    /** The median over pairs of congkhai's wall time in {@code congkhaiBuild} divided by Hugo's in {@code hugoBuild}. */
    static double medianRatio(List<Run> runs, String congkhaiBuild, String hugoBuild) {
        return medianRatio(runs, congkhaiBuild, hugoBuild, "wall", Run::wallMillis);
    }

    /** As {@link #medianRatio(List, String, String)} for another measure of a run ({@code measured}: its name, as printed). */
    static double medianRatio(List<Run> runs, String congkhaiBuild, String hugoBuild, String measured,
                              java.util.function.ToLongFunction<Run> measure) {
        List<Double> ratios = new ArrayList<>();
        for (Run a : runs) {
            if (a.tool().equals("congkhai") && a.build().equals(congkhaiBuild)) {
                runs.stream().filter(b -> b.pair() == a.pair() && b.tool().equals("hugo") && b.build().equals(hugoBuild)).findFirst()
                        .ifPresent(b -> ratios.add((double) measure.applyAsLong(a) / measure.applyAsLong(b)));
            }
        }
        System.out.println("congkhai / hugo, " + measured + " time, "
                + congkhaiBuild + " / " + hugoBuild + ", by pair: "
                + ratios.stream().map(x -> String.format(Locale.ROOT, "%.2f", x)).toList());
        return median(ratios);
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int m = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(m) : (sorted.get(m - 1) + sorted.get(m)) / 2;
    }

    /** "12,345 files, 678 MiB". */
    private static String size(Path dir) throws IOException {
        long[] filesAndBytes = new long[2];
        try (var files = Files.walk(dir)) {
            files.filter(Files::isRegularFile).forEach(f -> {
                filesAndBytes[0]++;
                filesAndBytes[1] += f.toFile().length();
            });
        }
        return String.format(Locale.ROOT, "%,d files, %,d MiB", filesAndBytes[0], filesAndBytes[1] >> 20);
    }

    private static String lastLine(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).trim().lines().reduce((a, b) -> b).orElse("");
    }

    private static String firstLine(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out.lines().findFirst().orElse("").trim();
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
