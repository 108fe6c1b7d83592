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
        writePublications(dir, n, sample, random);
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

    /**
     * A notice for every tenth unit (with an AsciiDoc body, as an editor writes them), a document with its QR code for
     * every twentieth, and the sample's indicators: the pages issue 4 adds, at the same scale.
     */
    private static void writePublications(Path dir, int n, Path sample, Random random) throws IOException {
        Files.createDirectories(dir.resolve("data/notices"));
        Files.createDirectories(dir.resolve("data/documents"));
        copyTree(sample.resolve("data/kpi"), dir.resolve("data/kpi"));
        for (int i = 0; i < n / 10; i++) {
            String day = String.format("%02d", 1 + random.nextInt(28));
            Files.writeString(dir.resolve("data/notices/thong-bao-" + i + ".yaml"), "title: Thông báo số " + i + " của xã\n"
                    + "category: " + (1 + random.nextInt(14)) + "\n"
                    + "decision: {number: " + i + "/QĐ-UBND, date: 2025-03-" + day + ", issuer: UBND xã}\n"
                    + "posted: 2025-03-" + day + "\n"
                    + "until: 2025-06-30\nplaces: {office: true, portal: true, loudspeaker: {from: 2025-04-01, to: 2025-04-05}}\n"
                    + "body: |\n  Ủy ban nhân dân xã thông báo nội dung số " + i + ".\n\n  * Mục một\n  * Mục hai\n", StandardCharsets.UTF_8);
        }
        for (int i = 0; i < n / 20; i++) {
            Files.writeString(dir.resolve("data/documents/van-ban-" + i + ".yaml"), "number: " + i + "/QĐ-UBND\ntype: Quyết định\n"
                    + "issuer: UBND xã\nsigned: 2024-03-05\ntitle: Quyết định số " + i + "\ncategory: 4\n"
                    + "file: content/tep/quy-che-dan-chu-phuong-my-phuoc.pdf\nplaceholder: true\ndemocracyRegulation: " + (i % 2 == 0) + "\n",
                    StandardCharsets.UTF_8);
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
