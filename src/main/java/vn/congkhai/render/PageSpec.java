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
     * @param date when the page's content was dated (posts), if it was
     */
    public record Listing(String title, String description, String kind, Optional<LocalDate> date) {
    }
}
