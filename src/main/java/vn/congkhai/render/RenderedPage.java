package vn.congkhai.render;

/**
 * A rendered page: its site-relative path, its HTML, and that HTML encoded in UTF-8 as it will be written.
 * A generated file that is not HTML has an empty {@code html}: see {@link #file}.
 */
public record RenderedPage(String path, String html, byte[] bytes) {
    /** A generated file that is not a page (XML, JSON, CSV, text). */
    public static RenderedPage file(String path, byte[] bytes) {
        return new RenderedPage(path, "", bytes);
    }

    /** Pages are checked as HTML; other files only exist. */
    public boolean isHtml() {
        return path.endsWith(".html");
    }
}
