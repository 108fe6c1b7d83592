package vn.congkhai.load;

import vn.congkhai.Problems;
import vn.congkhai.model.SourceRef;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads the fields of one YAML mapping into typed values. Every mismatch (unknown key, missing
 * field, wrong type) becomes a problem naming the field path, and a safe default is returned so
 * reading goes on and the editor sees every problem of the file at once.
 */
public final class Fields {
    private final Node.MapNode map;
    private final String path;
    private final Problems problems;

    private Fields(Node.MapNode map, String path, Problems problems) {
        this.map = map;
        this.path = path;
        this.problems = problems;
    }

    /**
     * Opens {@code node} as a mapping with exactly the {@code allowed} keys.
     *
     * @return empty (and a problem recorded) when the node is not a mapping
     */
    public static Optional<Fields> of(Node node, String path, Set<String> allowed, Problems problems) {
        if (!(node instanceof Node.MapNode m)) {
            problems.error(node.at(), path, "Cần một nhóm trường (dạng `ten: gia tri`) nhưng đang là "
                    + Node.describe(node) + ".", "Viết các trường con thụt vào hai dấu cách dưới dòng này.");
            return Optional.empty();
        }
        for (Map.Entry<String, SourceRef> key : m.keyAt().entrySet()) {
            if (key.getKey().equals("<<")) {
                problems.error(key.getValue(), join(path, key.getKey()), "Khóa gộp `<<` của YAML không được dùng.",
                        "Viết đầy đủ từng trường vào nhóm này.");
            } else if (!allowed.contains(key.getKey())) {
                String suggestion = Suggest.didYouMean(key.getKey(), allowed);
                if (suggestion.isEmpty() && key.getKey().contains(" ")) {
                    // `{name: Đăng ký, sáng kiến}`: in braces a comma ends the value and starts a new key
                    suggestion = "Nếu đây là phần sau dấu phẩy của một giá trị viết trong dấu ngoặc { }, hãy đặt cả giá trị trong ngoặc kép.";
                }
                problems.error(key.getValue(), join(path, key.getKey()),
                        "Trường `" + key.getKey() + "` không được dùng ở đây.",
                        (suggestion.isEmpty() ? "" : suggestion + " ")
                                + "Các trường hợp lệ: " + String.join(", ", allowed.stream().sorted().toList()) + ".");
            }
        }
        return Optional.of(new Fields(m, path, problems));
    }

    public SourceRef at() {
        return map.at();
    }

    /** Where the mapping and each of its keys were written, for rules checked after loading. */
    public vn.congkhai.model.Where where() {
        return new vn.congkhai.model.Where(map.at(), Map.copyOf(map.keyAt()));
    }

    public String path() {
        return path;
    }

    public SourceRef at(String key) {
        return map.keyAt().getOrDefault(key, map.at());
    }

    public boolean has(String key) {
        Node n = map.entries().get(key);
        return n != null && !(n instanceof Node.Scalar s && s.kind() == Node.Scalar.Kind.NULL);
    }

    public Optional<Node> node(String key) {
        return has(key) ? Optional.of(map.entries().get(key)) : Optional.empty();
    }

    public String field(String key) {
        return join(path, key);
    }

    public String requiredString(String key) {
        if (!has(key)) {
            missing(key, "chữ");
            return "";
        }
        return string(key).orElse("");
    }

    public String optionalString(String key) {
        return has(key) ? string(key).orElse("") : "";
    }

    private Optional<String> string(String key) {
        Node n = map.entries().get(key);
        if (n instanceof Node.Scalar s && s.kind() != Node.Scalar.Kind.NULL) {
            return Optional.of(s.text().strip());
        }
        wrongType(key, n, "một đoạn chữ", "Viết giá trị trên cùng dòng sau dấu hai chấm.");
        return Optional.empty();
    }

    public BigDecimal requiredDecimal(String key) {
        if (!has(key)) {
            missing(key, "số");
            return BigDecimal.ZERO;
        }
        return decimal(key).orElse(BigDecimal.ZERO);
    }

    public Optional<BigDecimal> optionalDecimal(String key) {
        return has(key) ? decimal(key) : Optional.empty();
    }

    private Optional<BigDecimal> decimal(String key) {
        Node n = map.entries().get(key);
        if (n instanceof Node.Scalar s && (s.kind() == Node.Scalar.Kind.INTEGER || s.kind() == Node.Scalar.Kind.DECIMAL)) {
            try {
                return Optional.of(new BigDecimal(s.text().replace("_", "")));
            } catch (NumberFormatException e) {
                // falls through to the type error below
            }
        }
        wrongType(key, n, "một số", "Viết số không đặt trong ngoặc kép; phần thập phân dùng dấu chấm, ví dụ `2.5`.");
        return Optional.empty();
    }

    public int optionalInt(String key, int otherwise) {
        if (!has(key)) {
            return otherwise;
        }
        Node n = map.entries().get(key);
        if (n instanceof Node.Scalar s && s.kind() == Node.Scalar.Kind.INTEGER) {
            try {
                return Integer.parseInt(s.text());
            } catch (NumberFormatException e) {
                // falls through
            }
        }
        wrongType(key, n, "một số nguyên", "Viết một số nguyên, ví dụ `2`.");
        return otherwise;
    }

    /** A date written year-month-day, e.g. {@code 2024-12-10}. */
    public Optional<java.time.LocalDate> optionalDate(String key) {
        if (!has(key)) {
            return Optional.empty();
        }
        Node n = map.entries().get(key);
        if (n instanceof Node.Scalar s) {
            try {
                return Optional.of(java.time.LocalDate.parse(s.text().strip()));
            } catch (java.time.format.DateTimeParseException e) {
                // reported below
            }
        }
        problems.error(n.at(), field(key), "`" + key + "` phải là một ngày có thật, dạng năm-tháng-ngày, nhưng đang là "
                + Node.describe(n) + ".", "Ví dụ: `" + key + ": 2024-12-10`.");
        return Optional.empty();
    }

    public java.time.LocalDate requiredDate(String key) {
        if (!has(key)) {
            missing(key, "ngày dạng năm-tháng-ngày");
            return java.time.LocalDate.EPOCH;
        }
        return optionalDate(key).orElse(java.time.LocalDate.EPOCH);
    }

    public boolean optionalBoolean(String key, boolean otherwise) {
        if (!has(key)) {
            return otherwise;
        }
        Node n = map.entries().get(key);
        if (n instanceof Node.Scalar s && s.kind() == Node.Scalar.Kind.BOOLEAN) {
            // YAML 1.1, which editors' tools still write, also spells true as yes, on, y
            return switch (s.text().strip().toLowerCase()) {
                case "true", "yes", "on", "y" -> true;
                default -> false;
            };
        }
        wrongType(key, n, "`true` (có) hoặc `false` (không)", "Viết `true` hoặc `false`.");
        return otherwise;
    }

    /** A list of short texts; a single text is accepted as a list of one. */
    public List<String> stringList(String key) {
        if (!has(key)) {
            return List.of();
        }
        Node n = map.entries().get(key);
        if (n instanceof Node.Scalar s) {
            return List.of(s.text().strip());
        }
        if (n instanceof Node.ListNode l) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < l.items().size(); i++) {
                Node item = l.items().get(i);
                if (item instanceof Node.Scalar s && s.kind() != Node.Scalar.Kind.NULL) {
                    out.add(s.text().strip());
                } else {
                    problems.error(item.at(), field(key) + "[" + i + "]", "Cần một đoạn chữ nhưng đang là "
                            + Node.describe(item) + ".", "Mỗi phần tử của danh sách viết trên một dòng `- gia tri`.");
                }
            }
            return out;
        }
        wrongType(key, n, "một danh sách", "Viết mỗi phần tử trên một dòng bắt đầu bằng `- `.");
        return List.of();
    }

    /** A list whose items are read by {@code reader(itemNode, itemPath)}; items it cannot read are left out. */
    public <T> List<T> list(String key, boolean required, BiFunction<Node, String, Optional<T>> reader) {
        if (!has(key)) {
            if (required) {
                missing(key, "danh sách");
            }
            return List.of();
        }
        Node n = map.entries().get(key);
        if (!(n instanceof Node.ListNode l)) {
            wrongType(key, n, "một danh sách", "Viết mỗi phần tử trên một dòng bắt đầu bằng `- `.");
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < l.items().size(); i++) {
            reader.apply(l.items().get(i), field(key) + "[" + i + "]").ifPresent(out::add);
        }
        return out;
    }

    /** [A-Za-z_][A-Za-z0-9_]*, without a regex: called for every field of every record. */
    private static boolean isIdentifier(String key) {
        if (key.isEmpty()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
            if (!letter && !(i > 0 && c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    public void missing(String key, String what) {
        problems.error(map.at(), field(key), "Thiếu trường bắt buộc `" + key + "`.",
                "Thêm dòng `" + key + ": ...` (" + what + ") vào nhóm bắt đầu ở dòng " + map.at().line() + ".");
    }

    private void wrongType(String key, Node n, String expected, String hint) {
        problems.error(n.at(), field(key), "`" + key + "` phải là " + expected + " nhưng đang là "
                + Node.describe(n) + ".", hint);
    }

    /** {@code path.key}, or {@code path["5.1"]} for a key that is not a plain name. */
    public static String join(String path, String key) {
        String k = isIdentifier(key) ? key : "\"" + key + "\"";
        if (path.isEmpty()) {
            return k;
        }
        return k.startsWith("\"") ? path + "[" + k + "]" : path + "." + k;
    }
}
