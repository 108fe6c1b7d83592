package vn.congkhai.render;

import java.util.Map;
import java.util.function.Supplier;

/**
 * One page to render: where it goes, with which template, and how to assemble its model. The model is
 * built only when the page is rendered and dropped right after, so a national portal's tens of
 * thousands of page models are never all in memory at once.
 */
public record PageSpec(String path, String template, Supplier<Map<String, Object>> model) {
}
