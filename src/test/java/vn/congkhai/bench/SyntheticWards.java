package vn.congkhai.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a ward project of {@code n} units in the same YAML format as the sample portal: the sample's
 * rubric (14 scored criteria), three yearly score sheets, and the sample's AsciiDoc pages. Scores come
 * from a seeded random generator, so the same {@code n} always gives the same files.
 */
public final class SyntheticWards {
    static final int YEARS = 3;

    private SyntheticWards() {
    }

    public static void write(Path dir, int n, Path sample) throws IOException {
        Files.createDirectories(dir.resolve("data/rubrics"));
        Files.createDirectories(dir.resolve("data/scores"));
        Files.copy(sample.resolve("data/site.yaml"), dir.resolve("data/site.yaml"));
        Files.copy(sample.resolve("data/rubrics/bo-phan-mot-cua-2024.yaml"), dir.resolve("data/rubrics/bo-phan-mot-cua-2024.yaml"));
        copyTree(sample.resolve("content"), dir.resolve("content"));
        Files.writeString(dir.resolve("jbake.properties"), "congkhai.illustrative.banner=true\n");
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("data/units.yaml"), StandardCharsets.UTF_8)) {
            w.write("units:\n");
            for (int i = 0; i < n; i++) {
                w.write("  - id: xa-" + i + "\n    name: Xã Thử Nghiệm Số " + i + "\n    illustrative: true\n");
            }
        }
        Random random = new Random(n);
        for (int y = 0; y < YEARS; y++) {
            int year = 2022 + y;
            try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("data/scores/thi-bo-phan-mot-cua-" + year + ".yaml"), StandardCharsets.UTF_8)) {
                w.write("title: Cuộc thi Bộ phận Một cửa năm " + year + "\nround: Năm " + year + "\ncontest: bo-phan-mot-cua\nrubric: bo-phan-mot-cua-2024\nunits:\n");
                for (int i = 0; i < n; i++) {
                    w.write("  - unit: xa-" + i + "\n    criteria: {");
                    w.write("\"1\": " + random.nextInt(6) + ", \"2\": " + random.nextInt(6));
                    w.write(", \"3\": {missing: [" + (random.nextBoolean() ? "wifi" : "") + "]}");
                    w.write(", \"4\": " + random.nextInt(6));
                    for (int k = 1; k <= 5; k++) {
                        w.write(", \"5." + k + "\": " + (2 + random.nextInt(4)));
                    }
                    w.write(", \"6\": " + random.nextInt(6));
                    w.write(", \"7\": {incidents: " + random.nextInt(3) + "}");
                    w.write(", \"8\": " + (5 + random.nextInt(5)) + ".5".substring(0, random.nextBoolean() ? 0 : 2));
                    w.write(", \"9\": " + random.nextInt(11));
                    w.write(", \"10\": {points: " + random.nextInt(11) + (random.nextInt(5) == 0 ? ", bonuses: [duoc-cong-nhan]" : "") + "}");
                    w.write("}\n");
                }
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
