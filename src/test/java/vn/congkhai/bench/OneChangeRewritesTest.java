package vn.congkhai.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.BuildConfig;
import vn.congkhai.BuildResult;
import vn.congkhai.Portal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Measures which files one change rewrites on a national-shaped site. */
class OneChangeRewritesTest {
    @TempDir
    Path dir;

    private BuildResult build() {
        return Portal.build(BuildConfig.of(dir).withBuildDate(LocalDate.of(2025, 4, 15)));
    }

    static Map<String, byte[]> snapshot(Path root) {
        Map<String, byte[]> out = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(f).toString(), Files.readAllBytes(f));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    static Set<String> changed(Map<String, byte[]> before, Map<String, byte[]> after) {
        Set<String> out = new TreeSet<>();
        after.forEach((k, v) -> {
            if (!Arrays.equals(v, before.get(k))) {
                out.add(k);
            }
        });
        before.keySet().stream().filter(k -> !after.containsKey(k)).forEach(k -> out.add("-" + k));
        return out;
    }

    @Test
    void measure() throws IOException {
        SyntheticWards.writeNationalShape(dir, 340, 1500, 300, Path.of("").toAbsolutePath());
        BuildResult first = build();
        assertTrue(first.published(), first.problems().toString());
        Map<String, byte[]> one = snapshot(dir.resolve("site"));
        Files.writeString(dir.resolve("data/notices/thong-bao-moi.yaml"), "title: Thông báo lịch tiếp công dân tháng ba\n"
                + "category: 3\ndecision: {number: 9999/QĐ-UBND, date: 2025-03-28, issuer: UBND xã}\nposted: 2025-03-28\n"
                + "until: 2025-06-30\nplaces: {office: true, portal: true}\nbody: |\n  Ủy ban nhân dân xã thông báo lịch tiếp công dân.\n",
                StandardCharsets.UTF_8);
        BuildResult second = build();
        Map<String, byte[]> two = snapshot(dir.resolve("site"));
        Set<String> c = changed(one, two);
        System.out.println("NOTICE written=" + second.written() + " unchanged=" + second.unchanged() + " changed=" + c.size());
        c.forEach(p -> System.out.println("  N " + p));
        Path sheet = dir.resolve("data/scores/thi-bo-phan-mot-cua-2024.yaml");
        String yaml = Files.readString(sheet);
        int at = yaml.indexOf("  - unit: xa-200\n");
        int end = yaml.indexOf('\n', yaml.indexOf('\n', at) + 1);
        String line = yaml.substring(at, end);
        String edited = line.replaceFirst("\"9\": \\d+", line.contains("\"9\": 10,") ? "\"9\": 0" : "\"9\": 10");
        Files.writeString(sheet, yaml.substring(0, at) + edited + yaml.substring(end));
        BuildResult third = build();
        Map<String, byte[]> three = snapshot(dir.resolve("site"));
        Set<String> s = changed(two, three);
        System.out.println("SCORE written=" + third.written() + " unchanged=" + third.unchanged() + " changed=" + s.size());
        s.forEach(p -> System.out.println("  S " + p));
    }
}
