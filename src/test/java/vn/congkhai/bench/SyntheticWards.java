package vn.congkhai.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes a ward project of {@code n} units in the same YAML format as the sample portal: the sample's
 * rubric (14 scored criteria), three yearly score sheets, and the sample's AsciiDoc pages. Scores come
 * from a seeded random generator, so the same {@code n} always gives the same files.
 * <p>
 * {@link #writeNational} writes the national shape of issue 14: the 34 provinces and 3,321 commune-level units in
 * force since 01/07/2025, 50,000 notices and 10,000 documents. Each unit carries its province in its name and description,
 * as an editor would write, and as its {@code area}: leaderboards get one page per province.
 */
public final class SyntheticWards {
    static final int YEARS = 3;

    private SyntheticWards() {
    }

    /** Commune-level units in Vietnam since 01/07/2025. */
    static final int NATIONAL_UNITS = 3_321;
    static final int NATIONAL_NOTICES = 50_000;
    static final int NATIONAL_DOCUMENTS = 10_000;

    /** The 34 provinces and centrally-run cities since 01/07/2025 (Resolution 202/2025/QH15). */
    static final List<String> PROVINCES = List.of(
            "Thành phố Hà Nội", "Thành phố Huế", "Tỉnh Lai Châu", "Tỉnh Điện Biên", "Tỉnh Sơn La", "Tỉnh Lạng Sơn",
            "Tỉnh Quảng Ninh", "Tỉnh Thanh Hóa", "Tỉnh Nghệ An", "Tỉnh Hà Tĩnh", "Tỉnh Cao Bằng", "Tỉnh Tuyên Quang",
            "Tỉnh Lào Cai", "Tỉnh Thái Nguyên", "Tỉnh Phú Thọ", "Tỉnh Bắc Ninh", "Tỉnh Hưng Yên", "Thành phố Hải Phòng",
            "Tỉnh Ninh Bình", "Tỉnh Quảng Trị", "Thành phố Đà Nẵng", "Tỉnh Quảng Ngãi", "Tỉnh Gia Lai", "Tỉnh Khánh Hòa",
            "Tỉnh Lâm Đồng", "Tỉnh Đắk Lắk", "Thành phố Hồ Chí Minh", "Tỉnh Đồng Nai", "Tỉnh Tây Ninh", "Thành phố Cần Thơ",
            "Tỉnh Vĩnh Long", "Tỉnh Đồng Tháp", "Tỉnh Cà Mau", "Tỉnh An Giang");

    /** The province of unit {@code i} of {@code n}: consecutive, nearly equal shares (97 or 98 communes each). */
    static String province(int i, int n) {
        return PROVINCES.get((int) ((long) i * PROVINCES.size() / n));
    }

    public static void write(Path dir, int n, Path sample) throws IOException {
        write(dir, n, n / 10, n / 20, false, sample);
    }

    /** The national shape: 3,321 communes of 34 provinces, three rounds, 50,000 notices and 10,000 documents. */
    public static void writeNational(Path dir, Path sample) throws IOException {
        write(dir, NATIONAL_UNITS, NATIONAL_NOTICES, NATIONAL_DOCUMENTS, true, sample);
    }

    /**
     * The national shape, smaller: {@code n} communes in the 34 provinces (each an area of the leaderboards), with
     * {@code notices} notices and {@code documents} documents; for tests that need every page kind without the
     * national size.
     */
    public static void writeProvinces(Path dir, int n, int notices, int documents, Path sample) throws IOException {
        write(dir, n, notices, documents, true, sample);
    }

    private static void write(Path dir, int n, int notices, int documents, boolean national, Path sample) throws IOException {
        Files.createDirectories(dir.resolve("data/rubrics"));
        Files.createDirectories(dir.resolve("data/scores"));
        Files.copy(sample.resolve("data/site.yaml"), dir.resolve("data/site.yaml"));
        Files.copy(sample.resolve("data/rubrics/bo-phan-mot-cua-2024.yaml"), dir.resolve("data/rubrics/bo-phan-mot-cua-2024.yaml"));
        copyTree(sample.resolve("content"), dir.resolve("content"));
        Files.writeString(dir.resolve("jbake.properties"), "congkhai.illustrative.banner=true\n");
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("data/units.yaml"), StandardCharsets.UTF_8)) {
            w.write("units:\n");
            for (int i = 0; i < n; i++) {
                if (national) {
                    String province = province(i, n);
                    w.write("  - id: xa-" + i + "\n    name: Xã Thử Nghiệm Số " + i + ", " + province + "\n    description: Xã thuộc "
                            + province + ".\n    area: " + province + "\n    illustrative: true\n");
                } else {
                    w.write("  - id: xa-" + i + "\n    name: Xã Thử Nghiệm Số " + i + "\n    illustrative: true\n");
                }
            }
        }
        Random random = new Random(n);
        writePublications(dir, notices, documents, sample, random);
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
     * {@code notices} notices (with an AsciiDoc body, as an editor writes them), {@code documents} documents with their
     * QR codes, and the sample's indicators: the pages issue 4 adds. The smaller shapes have a notice for every tenth
     * unit and a document for every twentieth.
     */
    private static void writePublications(Path dir, int notices, int documents, Path sample, Random random) throws IOException {
        Files.createDirectories(dir.resolve("data/notices"));
        Files.createDirectories(dir.resolve("data/documents"));
        copyTree(sample.resolve("data/kpi"), dir.resolve("data/kpi"));
        for (int i = 0; i < notices; i++) {
            String day = String.format("%02d", 1 + random.nextInt(28));
            Files.writeString(dir.resolve("data/notices/thong-bao-" + i + ".yaml"), "title: Thông báo số " + i + " của xã\n"
                    + "category: " + (1 + random.nextInt(14)) + "\n"
                    + "decision: {number: " + i + "/QĐ-UBND, date: 2025-03-" + day + ", issuer: UBND xã}\n"
                    + "posted: 2025-03-" + day + "\n"
                    + "until: 2025-06-30\nplaces: {office: true, portal: true, loudspeaker: {from: 2025-04-01, to: 2025-04-05}}\n"
                    + "body: |\n  Ủy ban nhân dân xã thông báo nội dung số " + i + ".\n\n  * Mục một\n  * Mục hai\n", StandardCharsets.UTF_8);
        }
        for (int i = 0; i < documents; i++) {
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
