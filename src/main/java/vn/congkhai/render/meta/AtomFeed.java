package vn.congkhai.render.meta;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An Atom 1.0 feed (RFC 4287) of any list of dated items: news, notices, documents. Every address is
 * absolute; dates are days in Vietnam written in RFC 3339. Nothing reads the clock: the feed's
 * {@code updated} is its newest entry's, or the build date for a feed with none.
 */
public final class AtomFeed {
    static final String NAMESPACE = "http://www.w3.org/2005/Atom";

    /**
     * @param id        a permanent address naming the feed (its page, e.g. {@code https://…/tin-tuc/})
     * @param selfUrl   the feed's own address ({@code …/tin-tuc/atom.xml})
     * @param pageUrl   the HTML page listing the same items
     * @param author    who publishes it (the ward's People's Committee), with its e-mail
     */
    public record Feed(String id, String title, String subtitle, String selfUrl, String pageUrl, String author, String email,
                       LocalDate buildDate) {
    }

    /** One item; {@code url} is its absolute permanent address and also its id. */
    public record Entry(String title, String url, LocalDate published, Optional<LocalDate> updated, String summary,
                        List<String> categories) {
        LocalDate lastChanged() {
            return updated.orElse(published);
        }
    }

    private AtomFeed() {
    }

    /** The feed with its entries newest first. */
    public static byte[] write(Feed feed, List<Entry> entries) {
        List<Entry> newestFirst = entries.stream()
                .sorted(Comparator.comparing(Entry::lastChanged).reversed().thenComparing(Entry::url)).toList();
        LocalDate updated = newestFirst.isEmpty() ? feed.buildDate() : newestFirst.get(0).lastChanged();
        return Xml.document(w -> {
            w.writeStartElement("feed");
            w.writeDefaultNamespace(NAMESPACE);
            w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "vi");
            w.writeCharacters("\n");
            Xml.element(w, "id", feed.id());
            Xml.element(w, "title", feed.title());
            if (!feed.subtitle().isEmpty()) {
                Xml.element(w, "subtitle", feed.subtitle());
            }
            Xml.element(w, "updated", Xml.rfc3339(updated));
            link(w, "self", feed.selfUrl(), "application/atom+xml");
            link(w, "alternate", feed.pageUrl(), "text/html");
            w.writeStartElement("author");
            Xml.element(w, "name", feed.author());
            if (!feed.email().isEmpty()) {
                Xml.element(w, "email", feed.email());
            }
            w.writeEndElement();
            Xml.element(w, "generator", "congkhai");
            for (Entry e : newestFirst) {
                w.writeCharacters("\n");
                w.writeStartElement("entry");
                Xml.element(w, "id", e.url());
                Xml.element(w, "title", e.title());
                link(w, "alternate", e.url(), "text/html");
                Xml.element(w, "published", Xml.rfc3339(e.published()));
                Xml.element(w, "updated", Xml.rfc3339(e.lastChanged()));
                for (String c : e.categories()) {
                    w.writeEmptyElement("category");
                    w.writeAttribute("term", c);
                }
                if (!e.summary().isEmpty()) {
                    Xml.element(w, "summary", e.summary());
                }
                w.writeEndElement();
            }
            w.writeCharacters("\n");
            w.writeEndElement();
        });
    }

    private static void link(javax.xml.stream.XMLStreamWriter w, String rel, String href, String type)
            throws javax.xml.stream.XMLStreamException {
        w.writeEmptyElement("link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("type", type);
        w.writeAttribute("href", href);
    }
}
