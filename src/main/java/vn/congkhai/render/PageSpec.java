package vn.congkhai.render;

import java.util.Map;

/** One page to render: where it goes, with which template, from which model. */
public record PageSpec(String path, String template, Map<String, Object> model) {
}
