package vn.congkhai.render;

/** A rendered page: its site-relative path, its HTML, and that HTML encoded in UTF-8 as it will be written. */
public record RenderedPage(String path, String html, byte[] bytes) {
}
