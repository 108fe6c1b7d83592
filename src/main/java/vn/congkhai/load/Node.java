package vn.congkhai.load;

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
    static String describe(Node node) {
        if (node instanceof MapNode) {
            return "một nhóm trường (mapping)";
        }
        if (node instanceof ListNode) {
            return "một danh sách";
        }
        Scalar s = (Scalar) node;
        return switch (s.kind()) {
            case STRING -> "chữ \"" + abbreviate(s.text()) + "\"";
            case INTEGER, DECIMAL -> "số " + s.text();
            case BOOLEAN -> "giá trị đúng/sai " + s.text();
            case NULL -> "để trống";
        };
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
