package vn.congkhai.render.meta;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code sitemap.xml} in the sitemaps.org 0.9 protocol (every page by its absolute canonical address,
 * with the day it was dated when it was) and the {@code robots.txt} that points to it.
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

    public static byte[] xml(List<Url> urls) {
        if (urls.size() > MAX_URLS) {
            throw new IllegalStateException("sitemap.xml holds at most " + MAX_URLS + " addresses; this portal has " + urls.size());
        }
        return Xml.document(w -> {
            w.writeStartElement("urlset");
            w.writeDefaultNamespace(NAMESPACE);
            for (Url u : urls) {
                w.writeCharacters("\n");
                w.writeStartElement("url");
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
