package vn.congkhai.bench;

import vn.congkhai.BuildConfig;
import vn.congkhai.BuildResult;
import vn.congkhai.Portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Which files one change rewrites on a national-shaped site (issue 13 target 3, issue 14 part 2): builds it, adds one
 * notice, builds again, changes one score, builds again, and prints each build's "written/unchanged" and the files
 * whose bytes changed, grouped by folder. {@code bench/one-change UNITS NOTICES DOCUMENTS}; {@code bench/one-change}
 * alone is the national shape (3,321 units, 50,000 notices, 10,000 documents). Everything stays under target/bench/.
 */
public final class OneChange {
    /** The day the builds are dated: the synthetic notices are posted in March 2025 and listed until 30/06/2025. */
    static final LocalDate BUILT_ON = LocalDate.of(2025, 4, 15);

    private OneChange() {
    }

    public static void main(String[] args) throws IOException {
        int units = args.length > 0 ? Integer.parseInt(args[0]) : SyntheticWards.NATIONAL_UNITS;
        int notices = args.length > 1 ? Integer.parseInt(args[1]) : SyntheticWards.NATIONAL_NOTICES;
        int documents = args.length > 2 ? Integer.parseInt(args[2]) : SyntheticWards.NATIONAL_DOCUMENTS;
        Path sample = Path.of("").toAbsolutePath();
        Path dir = sample.resolve("target/bench/one-change-" + units + "-" + notices + "-" + documents);
        if (Files.exists(dir)) {
            vn.congkhai.TestProjects.deleteTree(dir);
        }
        SyntheticWards.writeNationalShape(dir, units, notices, documents, sample);
        BuildResult first = build(dir);
        System.out.println("cold: " + first.pages() + " pages, " + first.written() + " written");
        Map<String, String> one = snapshot(dir.resolve("site"));
        addNotice(dir);
        report("one notice added", build(dir), one, snapshot(dir.resolve("site")));
        Map<String, String> two = snapshot(dir.resolve("site"));
        changeScore(dir, "xa-" + units / 2);
        report("one score changed (unit xa-" + units / 2 + ", criterion 9)", build(dir), two, snapshot(dir.resolve("site")));
    }

    static BuildResult build(Path dir) {
        BuildResult result = Portal.build(BuildConfig.of(dir).withBuildDate(BUILT_ON));
        if (!result.published()) {
            throw new IllegalStateException(result.problems().toString());
        }
        return result;
    }

    /** A notice posted on the last day the synthetic notices use, so it is the newest: it belongs at the end of every list. */
    public static void addNotice(Path dir) throws IOException {
        Files.writeString(dir.resolve("data/notices/thong-bao-moi.yaml"), "title: Thông báo lịch tiếp công dân tháng ba\n"
                + "category: 3\ndecision: {number: 99999/QĐ-UBND, date: 2025-03-28, issuer: UBND xã}\nposted: 2025-03-28\n"
                + "until: 2025-06-30\nplaces: {office: true, portal: true}\nbody: |\n  Ủy ban nhân dân xã thông báo lịch tiếp công dân.\n",
                StandardCharsets.UTF_8);
    }

    /** Sets criterion 9 of {@code unit} in the latest round to 10 (or 0 when it was 10): its total and rank move. */
    public static void changeScore(Path dir, String unit) throws IOException {
        Path sheet = dir.resolve("data/scores/thi-bo-phan-mot-cua-" + (2022 + SyntheticWards.YEARS - 1) + ".yaml");
        String yaml = Files.readString(sheet);
        int at = yaml.indexOf("  - unit: " + unit + "\n");
        int end = yaml.indexOf('\n', yaml.indexOf('\n', at) + 1);
        String line = yaml.substring(at, end);
        Files.writeString(sheet, yaml.substring(0, at) + line.replaceFirst("\"9\": \\d+", line.contains("\"9\": 10,") ? "\"9\": 0" : "\"9\": 10")
                + yaml.substring(end));
    }

    /** Every file of the folder with the SHA-256 of its bytes (a national site is 767 MiB: not kept in memory), by path. */
    public static Map<String, String> snapshot(Path root) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
                out.put(root.relativize(f).toString().replace('\\', '/'), java.util.HexFormat.of().formatHex(sha.digest(Files.readAllBytes(f))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** The paths whose bytes differ, new files included; a file gone is listed with a leading "-". */
    public static Set<String> changed(Map<String, String> before, Map<String, String> after) {
        Set<String> out = new TreeSet<>();
        after.forEach((path, digest) -> {
            if (!digest.equals(before.get(path))) {
                out.add(path);
            }
        });
        before.keySet().stream().filter(p -> !after.containsKey(p)).forEach(p -> out.add("-" + p));
        return out;
    }

    private static void report(String what, BuildResult result, Map<String, String> before, Map<String, String> after) {
        Set<String> changed = changed(before, after);
        System.out.println(what + ": " + result.written() + " written, " + result.unchanged() + " unchanged; bytes changed in "
                + changed.size() + " files:");
        Map<String, Set<String>> byFolder = new TreeMap<>();
        changed.forEach(p -> byFolder.computeIfAbsent(p.contains("/") ? p.substring(0, p.lastIndexOf('/') + 1) : "", k -> new TreeSet<>()).add(p));
        byFolder.forEach((folder, files) -> System.out.println("  " + (folder.isEmpty() ? "(top)" : folder) + " " + files.size()
                + (files.size() <= 12 ? ": " + String.join(" ", files.stream().map(f -> f.substring(folder.length())).toList()) : "")));
    }
}
