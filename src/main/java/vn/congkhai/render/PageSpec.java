package vn.congkhai.render;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One page to render: where it goes, with which template, and how to assemble its model. The model is
 * built only when the page is rendered and dropped right after, so a national portal's tens of
 * thousands of page models are never all in memory at once. {@code listing} is what the site map,
 * {@code sitemap.xml} and the search index say about the page, known without building the model.
 */
public record PageSpec(String path, String template, Supplier<Map<String, Object>> model, Listing listing) {
    /**
     * @param kind the page kind ({@code home}, {@code unit}, {@code post}, ...)
     * @param date   when the page's content was dated (posts), if it was
     * @param issued the day the page's item was published (a notice posted, a document signed, a post dated) or its
     *               period began (a month's or a quarter's archive): the search index numbers pages in that order, so a new
     *               item is appended and the pages before it keep their numbers
     */
    public record Listing(String title, String description, String kind, Optional<LocalDate> date, Optional<LocalDate> issued) {
        public Listing(String title, String description, String kind, Optional<LocalDate> date) {
            this(title, description, kind, date, date);
        }
    }

    /** This page, listed as published on {@code day} (see {@link Listing#issued}). */
    public PageSpec issued(LocalDate day) {
        return new PageSpec(path, template, model,
                new Listing(listing.title(), listing.description(), listing.kind(), listing.date(), Optional.of(day)));
    }
}
