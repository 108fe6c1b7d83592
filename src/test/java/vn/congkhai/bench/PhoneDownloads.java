package vn.congkhai.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

/**
 * What a phone downloads from a built site: the biggest HTML pages, the search index ({@code tim-kiem/}) and the
 * site map, each raw and gzip-compressed at nginx's level ({@code gzip_comp_level 5} in
 * {@code deploy/nginx/congkhai.conf}), the pages above {@link #TOO_BIG} of HTML, and whether {@code sitemap.xml}
 * (a sitemap index past 50,000 addresses) validates against the sitemaps.org schemas. Reports; asserts nothing.
 */
final class PhoneDownloads {
    /** Above this much HTML a page is slow on a phone on 3G and heavy to parse on a cheap one. */
    static final long TOO_BIG = 500 * 1024;
    /** The aim for every page of a national portal (issue 14): a list past it is cut into pages. */
    static final long PHONE_AIM = 300 * 1024;
    /** Searches a citizen types: a notice by its number, a ward, a common word, one letter while typing. */
    static final List<String> SEARCHES = List.of("thong bao so 12345", "xa thu nghiem so 1234", "quyet dinh", "t", "1");
    private static final int SHOWN = 12;
    private static final Pattern LOC = Pattern.compile("<loc>[^<]*/([^/<]+\\.xml)</loc>");

    private PhoneDownloads() {
    }

    static void print(Path site, PrintStream out) throws IOException {
        List<Path> files;
        try (var walk = Files.walk(site)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        List<Path> html = files.stream().filter(f -> f.toString().endsWith(".html"))
                .sorted(Comparator.comparingLong(PhoneDownloads::size).reversed().thenComparing(Path::toString)).toList();
        out.printf("What a phone downloads (%d HTML pages, %d files, %.1f MiB in all):%n", html.size(), files.size(),
                files.stream().mapToLong(PhoneDownloads::size).sum() / 1048576.0);
        out.printf("  %-48s %12s %12s%n", "biggest pages", "bytes", "gzip bytes");
        for (Path f : html.subList(0, Math.min(SHOWN, html.size()))) {
            line(site, f, out);
        }
        for (String named : List.of("xep-hang/index.html", "so-do-trang.html", "thong-bao/index.html", "thong-bao/luu-tru.html",
                "van-ban/index.html", "van-ban/in-quy-che-dan-chu.html", "cong-khai/muc-4.html", "index.html")) {
            if (Files.isRegularFile(site.resolve(named))) {
                line(site, site.resolve(named), out);
            }
        }
        archives(site, files, out);
        long tooBig = html.stream().filter(f -> size(f) > TOO_BIG).count();
        out.printf("  pages over %d KiB of HTML: %d; over %d KiB: %d%n", TOO_BIG / 1024, tooBig, PHONE_AIM / 1024,
                html.stream().filter(f -> size(f) > PHONE_AIM).count());
        Path search = site.resolve("tim-kiem");
        if (Files.isDirectory(search)) {
            List<Path> index;
            try (var walk = Files.walk(search)) {
                index = walk.filter(Files::isRegularFile)
                        .sorted(Comparator.comparingLong(PhoneDownloads::size).reversed().thenComparing(Path::toString)).toList();
            }
            out.printf("  search index (tim-kiem/): %d files, %d bytes, %d gzip bytes; the biggest and the first fetched:%n",
                    index.size(), index.stream().mapToLong(PhoneDownloads::size).sum(),
                    index.stream().mapToLong(PhoneDownloads::gzipSize).sum());
            for (Path f : index.subList(0, Math.min(6, index.size()))) {
                line(site, f, out);
            }
            if (Files.isRegularFile(search.resolve("chi-muc.json"))) {
                line(site, search.resolve("chi-muc.json"), out);
                searches(site, out);
            }
        }
        sitemap(site, out);
    }

    /** The archive pages of long lists (by month, year, category): how many, and the biggest of them. */
    private static void archives(Path site, List<Path> files, PrintStream out) {
        List<Path> archive = files.stream().filter(f -> {
            String rel = site.relativize(f).toString().replace('\\', '/');
            return rel.matches("thong-bao/thang/.*\\.html|van-ban/nam/.*\\.html|cong-khai/muc-\\d+/.*\\.html|thong-bao/danh-sach/.*\\.html"
                    + "|van-ban/in-quy-che-dan-chu.*\\.html");
        }).sorted(Comparator.comparingLong(PhoneDownloads::size).reversed().thenComparing(Path::toString)).toList();
        out.printf("  archive pages of long lists (months, years, categories, quarters, QR sheets): %d; the biggest:%n", archive.size());
        for (Path f : archive.subList(0, Math.min(3, archive.size()))) {
            line(site, f, out);
        }
    }

    /** What one search downloads, run by the portal's own tim-kiem.js under Node (query and first ten results). */
    private static void searches(Path site, PrintStream out) {
        try {
            Path work = Files.createTempDirectory("congkhai-phone-search");
            var results = vn.congkhai.render.search.Node.search(work, site, SEARCHES.toArray(String[]::new));
            out.println("  one search (tim-kiem.js under Node: the query, then the first ten results):");
            for (var e : results.entrySet()) {
                long gz = e.getValue().files().stream().distinct().mapToLong(n -> gzipSize(site.resolve("tim-kiem").resolve(n))).sum();
                out.printf("    %-30s %6d hits %10d bytes %8d gzip bytes in %d files%n", "\"" + e.getKey() + "\"", e.getValue().hits(),
                        e.getValue().bytes(), gz, e.getValue().files().size());
            }
            vn.congkhai.TestProjects.deleteTree(work);
        } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
            out.println("  one search: not measured (" + e.getMessage() + ")");
        }
    }

    private static void sitemap(Path site, PrintStream out) throws IOException {
        Path map = site.resolve("sitemap.xml");
        if (!Files.isRegularFile(map)) {
            out.println("  sitemap.xml: none");
            return;
        }
        String xml = Files.readString(map);
        boolean index = xml.contains("<sitemapindex");
        line(site, map, out);
        out.println("  sitemap.xml is " + (index ? "a sitemap index" : "one sitemap") + ": "
                + valid(index ? "/siteindex-0.9.xsd" : "/sitemap-0.9.xsd", Files.readAllBytes(map)));
        if (index) {
            Matcher m = LOC.matcher(xml);
            while (m.find()) {
                Path part = map.resolveSibling(m.group(1));
                if (!Files.isRegularFile(part)) {
                    out.println("  part " + m.group(1) + ": MISSING");
                    continue;
                }
                String text = Files.readString(part);
                int urls = text.split("<url>", -1).length - 1;
                out.printf("  part %s: %d addresses, %s%n", m.group(1), urls, valid("/sitemap-0.9.xsd", Files.readAllBytes(part)));
                line(site, part, out);
            }
        }
    }

    private static String valid(String schema, byte[] xml) {
        try {
            SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(PhoneDownloads.class.getResource(schema))
                    .newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
            return "valid against sitemaps.org " + schema.substring(1);
        } catch (Exception e) {
            return "INVALID against " + schema.substring(1) + ": " + e.getMessage();
        }
    }

    private static void line(Path site, Path f, PrintStream out) {
        out.printf("  %-48s %12d %12d%n", site.relativize(f), size(f), gzipSize(f));
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long gzipSize(Path f) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes) {
            {
                def.setLevel(5);
            }
        }) {
            Files.copy(f, gz);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.size();
    }
}
