package vn.congkhai.load;

import vn.congkhai.model.Say;
import vn.congkhai.model.SourceRef;

import java.util.List;
import java.util.Map;

/** A parsed YAML value that remembers where it was written. */
public sealed interface Node {
    SourceRef at();

    /** A mapping, in the order written; {@code keyAt} gives where each key was written. */
    record MapNode(SourceRef at, Map<String, Node> entries, Map<String, SourceRef> keyAt) implements Node {
    }

    record ListNode(SourceRef at, List<Node> items) implements Node {
    }

    /** A scalar as written, with what YAML made of it. */
    record Scalar(SourceRef at, String text, Kind kind) implements Node {
        public enum Kind { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }
    }

    /** How an editor would call this kind of value, for messages. */
    static Say describe(Node node) {
        if (node instanceof MapNode) {
            return Say.of("một nhóm trường (mapping)", "a group of fields (mapping)");
        }
        if (node instanceof ListNode) {
            return Say.of("một danh sách", "a list");
        }
        Scalar s = (Scalar) node;
        return switch (s.kind()) {
            case STRING -> Say.of("chữ \"" + abbreviate(s.text()) + "\"", "the text \"" + abbreviate(s.text()) + "\"");
            case INTEGER, DECIMAL -> Say.of("số " + s.text(), "the number " + s.text());
            case BOOLEAN -> Say.of("giá trị đúng/sai " + s.text(), "the true/false value " + s.text());
            case NULL -> Say.of("để trống", "empty");
        };
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
