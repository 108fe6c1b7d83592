package vn.congkhai.render;

/** A rendered file: its site-relative path and its bytes (UTF-8 for HTML). */
public record RenderedPage(String path, byte[] bytes) {
}
