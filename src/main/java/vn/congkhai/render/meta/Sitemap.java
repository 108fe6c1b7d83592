package vn.congkhai.render.meta;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code sitemap.xml} in the sitemaps.org 0.9 protocol (every page by its absolute canonical address,
 * with the day it was dated when it was) and the {@code robots.txt} that points to it.
 * <p>The protocol allows 50,000 addresses (and 50 MB) per file. A larger portal (a province's or the nation's)
 * gets {@code sitemap.xml} as a sitemap index naming {@code sitemap-1.xml}, {@code sitemap-2.xml}, …: crawlers and
 * robots.txt keep the one address whatever the size.
 */
public final class Sitemap {
    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    /** The protocol's limit for one file; a portal past it needs a sitemap index. */
    static final int MAX_URLS = 50_000;

    /** One address; {@code lastModified} only when the page carries a date of its own. */
    public record Url(String location, Optional<LocalDate> lastModified) {
    }

    private Sitemap() {
    }

    /** One file of a sitemap: its path in the site and its bytes, made when written. */
    public record Part(String path, java.util.function.Supplier<byte[]> xml) {
    }

    /**
     * The files that list {@code urls}: {@code sitemap.xml} alone when they fit, otherwise the index
     * {@code sitemap.xml} and its parts. {@code absolute} turns a site path into the address crawlers fetch.
     */
    public static List<Part> files(List<Url> urls, java.util.function.UnaryOperator<String> absolute) {
        return files(urls, absolute, MAX_URLS);
    }

    static List<Part> files(List<Url> urls, java.util.function.UnaryOperator<String> absolute, int perPart) {
        if (urls.size() <= perPart) {
            return List.of(new Part("sitemap.xml", () -> xml(urls)));
        }
        List<Part> parts = new java.util.ArrayList<>();
        List<Url> index = new java.util.ArrayList<>();
        for (int from = 0, n = 1; from < urls.size(); from += perPart, n++) {
            List<Url> slice = urls.subList(from, Math.min(urls.size(), from + perPart));
            String path = "sitemap-" + n + ".xml";
            parts.add(new Part(path, () -> xml(slice)));
            // a part changes when one of its pages does: its lastmod is the newest of theirs
            index.add(new Url(absolute.apply(path), slice.stream().flatMap(u -> u.lastModified().stream()).max(java.util.Comparator.naturalOrder())));
        }
        parts.add(0, new Part("sitemap.xml", () -> index(index)));
        return List.copyOf(parts);
    }

    /** A {@code <sitemapindex>} naming each part by its absolute address. */
    static byte[] index(List<Url> parts) {
        return list("sitemapindex", "sitemap", parts);
    }

    /** One {@code <urlset>}; at most {@link #MAX_URLS} addresses, as the protocol requires. */
    public static byte[] xml(List<Url> urls) {
        if (urls.size() > MAX_URLS) {
            throw new IllegalArgumentException("one sitemap file holds at most " + MAX_URLS + " addresses, not " + urls.size());
        }
        return list("urlset", "url", urls);
    }

    /** Both files of the protocol are a list of {@code <loc>} and optional {@code <lastmod>}, under different names. */
    private static byte[] list(String root, String entry, List<Url> urls) {
        return Xml.document(w -> {
            w.writeStartElement(root);
            w.writeDefaultNamespace(NAMESPACE);
            for (Url u : urls) {
                w.writeCharacters("\n");
                w.writeStartElement(entry);
                Xml.element(w, "loc", u.location());
                if (u.lastModified().isPresent()) {
                    Xml.element(w, "lastmod", u.lastModified().get().toString());
                }
                w.writeEndElement();
            }
            w.writeCharacters("\n");
            w.writeEndElement();
        });
    }

    /**
     * Everything may be crawled; the sitemap is named by its absolute address. (Crawlers read robots.txt only at
     * the root of a host: a portal published under a sub-path should have its host serve the same lines.)
     */
    public static byte[] robots(String sitemapUrl) {
        return ("User-agent: *\nAllow: /\n\nSitemap: " + sitemapUrl + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
