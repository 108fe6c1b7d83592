package vn.congkhai.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code bench/jruby-start [ROUNDS]}: what starting Asciidoctor's JRuby costs alone (issue 13), before and after.
 * Each measurement is a fresh JVM running {@code vn.congkhai.render.JRubyStartProbe}: "defaults" starts it as the
 * library ships it (how congkhai did before issue 13), "congkhai" as a build does now (Ruby interpreted, no RubyGems);
 * each with the JVM's defaults and with {@code -XX:TieredStopAtLevel=1} (C1 only, as the sample's build and a ward's
 * {@code .mvn/jvm.config} run). Rounds alternate the four, so a busy moment hits all alike. Prints every run, then
 * medians of the engine's wall time and of the process's CPU time. Asserts no time.
 */
public final class JRubyStart {
    private JRubyStart() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String[]> kinds = List.of(new String[]{"defaults", ""}, new String[]{"congkhai", ""},
                new String[]{"defaults", "-XX:TieredStopAtLevel=1"}, new String[]{"congkhai", "-XX:TieredStopAtLevel=1"});
        System.out.println("java " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " cores; load "
                + Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        Map<String, List<long[]>> results = new TreeMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (String[] kind : kinds) {
                long[] r = probe(java, kind[0], kind[1]);
                String label = kind[0] + (kind[1].isEmpty() ? " (JVM defaults)" : " " + kind[1]);
                results.computeIfAbsent(label, k -> new ArrayList<>()).add(r);
                System.out.printf(Locale.ROOT, "round %d  %-45s engine %5d ms  cpu %5d ms%n", round, label, r[0], r[1]);
            }
        }
        System.out.println("median of " + rounds + ":");
        results.forEach((label, rs) -> System.out.printf(Locale.ROOT, "  %-45s engine %5d ms  cpu %5d ms%n", label,
                median(rs, 0), median(rs, 1)));
    }

    private static long[] probe(String java, String how, String jvmOption) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(java));
        if (!jvmOption.isEmpty()) {
            cmd.add(jvmOption);
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "vn.congkhai.render.JRubyStartProbe", how));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0 || !out.contains("engine_ms=")) {
            throw new IllegalStateException("probe failed: " + out);
        }
        String line = out.lines().filter(l -> l.startsWith("engine_ms=")).reduce((a, b) -> b).orElseThrow();
        String[] f = line.split(" ");
        return new long[]{Long.parseLong(f[0].substring("engine_ms=".length())), Long.parseLong(f[1].substring("cpu_ms=".length()))};
    }

    private static long median(List<long[]> rs, int i) {
        long[] v = rs.stream().mapToLong(r -> r[i]).sorted().toArray();
        return v[v.length / 2];
    }
}
