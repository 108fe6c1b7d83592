package vn.congkhai.bench;

import vn.congkhai.BuildConfig;
import vn.congkhai.BuildResult;
import vn.congkhai.Portal;
import vn.congkhai.TestProjects;
import vn.congkhai.render.search.Node;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * {@code bench/search [N ...]}: what a search downloads. Builds the sample portal and synthetic portals of N
 * units (default 10000), then runs queries with the portal's own tim-kiem.js in Node, counting the bytes of
 * every index file a query loads (as served, and gzip-compressed as a web server would send JSON), for the
 * query and the first page of ten results. Prints figures; asserts nothing.
 */
public final class SearchBench {
    static final List<String> QUERIES = List.of("p", "phuong my phuoc", "thu tuc dat dai", "tieu chi 5", "van hoa cong vu",
            "xa thu nghiem so 1234", "xa thu nghiem", "ket qua cham diem");

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) {
            sizes.add(Integer.parseInt(a));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(0, 10000);
        }
        Path sample = Path.of("").toAbsolutePath();
        for (int n : sizes) {
            Path dir = sample.resolve("target/bench/search-" + n);
            TestProjects.deleteTree(dir);
            if (n == 0) {
                TestProjects.copySample(dir);
            } else {
                SyntheticWards.write(dir, n, sample);
            }
            BuildResult r = Portal.build(BuildConfig.of(dir).withBuildDate(LocalDate.of(2024, 12, 1)));
            if (!r.published()) {
                throw new IllegalStateException("build failed: " + r.problems());
            }
            Path site = dir.resolve("site");
            Path index = site.resolve("tim-kiem");
            long files;
            long total;
            long totalGz = 0;
            try (Stream<Path> all = Files.list(index)) {
                List<Path> json = all.filter(p -> p.toString().endsWith(".json")).toList();
                files = json.size();
                total = 0;
                for (Path p : json) {
                    total += Files.size(p);
                    totalGz += gzipped(p);
                }
            }
            System.out.printf("%n%s: %d pages; index %d files, %,d bytes (%,d gzip)%n", n == 0 ? "sample portal" : n + " units",
                    r.pages(), files, total, totalGz);
            System.out.printf("  %-24s %7s %11s %11s  %s%n", "query", "hits", "bytes", "gzip", "files loaded");
            Map<String, Node.Search> found = Node.search(dir, site, QUERIES.toArray(String[]::new));
            for (Map.Entry<String, Node.Search> e : found.entrySet()) {
                long gz = 0;
                for (String f : e.getValue().files()) {
                    gz += gzipped(index.resolve(f));
                }
                System.out.printf("  %-24s %7d %,11d %,11d  %s%n", "\"" + e.getKey() + "\"", e.getValue().hits(), e.getValue().bytes(), gz,
                        String.join(" ", e.getValue().files()));
            }
        }
    }

    static long gzipped(Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(Files.readAllBytes(file));
        }
        return out.size();
    }
}
