package vn.congkhai.render;

/**
 * A rendered page: its site-relative path, its HTML, and that HTML encoded in UTF-8 as it will be written.
 * A generated file that is not a page (see {@link #file}) has no HTML and is not checked as a page,
 * whatever its name (a document attachment may well end in .html).
 */
public record RenderedPage(String path, String html, byte[] bytes, boolean isPage) {
    public RenderedPage(String path, String html, byte[] bytes) {
        this(path, html, bytes, true);
    }

    /** A generated file that is not a page (XML, JSON, CSV, a QR code, a document's file). */
    public static RenderedPage file(String path, byte[] bytes) {
        return new RenderedPage(path, "", bytes, false);
    }
}
