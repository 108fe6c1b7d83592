package vn.congkhai.render;

/** Where rendered pages go. Called from several render threads at once. */
public interface PageSink {
    /**
     * Offered before a page is rendered: returns true when the last published build rendered the same
     * template with the same model for this path and its output can be kept as it is.
     */
    boolean reuse(String path, String renderKey);

    void accept(RenderedPage page, String renderKey);
}
