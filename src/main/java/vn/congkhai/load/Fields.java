package vn.congkhai.load;

import vn.congkhai.Problems;
import vn.congkhai.model.Say;
import vn.congkhai.model.SourceRef;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;

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
            Say is = Node.describe(node);
            problems.error(node.at(), path, Say.of("Cần một nhóm trường (dạng `ten: gia tri`) nhưng đang là " + is.vi() + ".",
                            "A group of fields (`name: value`) is needed here, but this is " + is.en() + "."),
                    Say.of("Viết các trường con thụt vào hai dấu cách dưới dòng này.", "Write the fields below this line, indented by two spaces."));
            return Optional.empty();
        }
        for (Map.Entry<String, SourceRef> key : m.keyAt().entrySet()) {
            if (key.getKey().equals("<<")) {
                problems.error(key.getValue(), join(path, key.getKey()),
                        Say.of("Khóa gộp `<<` của YAML không được dùng.", "YAML's merge key `<<` is not supported."),
                        Say.of("Viết đầy đủ từng trường vào nhóm này.", "Write every field out in this group."));
            } else if (!allowed.contains(key.getKey())) {
                String valid = String.join(", ", allowed.stream().sorted().toList());
                Say suggestion = Suggest.didYouMean(key.getKey(), allowed);
                if (suggestion.isEmpty() && key.getKey().contains(" ")) {
                    // `{name: Đăng ký, sáng kiến}`: in braces a comma ends the value and starts a new key
                    suggestion = Say.of("Nếu đây là phần sau dấu phẩy của một giá trị viết trong dấu ngoặc { }, hãy đặt cả giá trị trong ngoặc kép.",
                            "If this is the part after a comma of a value written in braces { }, put the whole value in quotes.");
                }
                problems.error(key.getValue(), join(path, key.getKey()),
                        Say.of("Trường `" + key.getKey() + "` không được dùng ở đây.", "The field `" + key.getKey() + "` is not allowed here."),
                        suggestion.then(Say.of("Các trường hợp lệ: " + valid + ".", "Valid fields: " + valid + ".")));
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
            missing(key, Say.of("chữ", "text"));
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
            return Optional.of(bounded(key, s, () -> field(key)));
        }
        wrongType(key, n, Say.of("một đoạn chữ", "text"),
                Say.of("Viết giá trị trên cùng dòng sau dấu hai chấm.", "Write the value on the same line, after the colon."));
        return Optional.empty();
    }

    public BigDecimal requiredDecimal(String key) {
        if (!has(key)) {
            missing(key, Say.of("số", "a number"));
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
                BigDecimal value = new BigDecimal(s.text().replace("_", ""));
                return sane(problems, s, () -> field(key), value);
            } catch (NumberFormatException e) {
                // falls through to the type error below
            }
        }
        wrongType(key, n, Say.of("một số", "a number"), Say.of("Viết số không đặt trong ngoặc kép; phần thập phân dùng dấu chấm, ví dụ `2.5`.",
                "Write the number without quotes, with a decimal point, e.g. `2.5`."));
        return Optional.empty();
    }

    /** Digits a number may have before its decimal point (a budget in đồng has up to 15), and after it. */
    static final int MAX_WHOLE_DIGITS = 15;
    static final int MAX_DECIMALS = 6;

    /**
     * A number a portal can show: {@code 1e-400} was printed with 400 digits. Refused (reported, and empty)
     * when it has more whole digits or decimals than any score, count, percentage or amount needs.
     */
    static Optional<BigDecimal> sane(Problems problems, Node.Scalar s, Supplier<String> fieldPath, BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        int decimals = Math.max(plain.scale(), 0);
        int whole = plain.precision() - plain.scale();
        if (decimals > MAX_DECIMALS || whole > MAX_WHOLE_DIGITS) {
            problems.error(s.at(), fieldPath.get(), Say.of("Số `" + shown(s.text()) + "` quá lớn hoặc có quá nhiều chữ số thập phân.",
                            "The number `" + shown(s.text()) + "` is too large or has too many decimals."),
                    Say.of("Viết số có nhiều nhất " + MAX_WHOLE_DIGITS + " chữ số phần nguyên và " + MAX_DECIMALS + " chữ số thập phân, không dùng dạng `1e-400`.",
                            "Write a number with at most " + MAX_WHOLE_DIGITS + " whole digits and " + MAX_DECIMALS + " decimals, not in the form `1e-400`."));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** A value quoted in a message, cut short: the message must not carry the megabytes it complains of. */
    private static String shown(String text) {
        return text.length() <= 40 ? text : text.substring(0, text.offsetByCodePoints(0, Math.min(30, text.codePointCount(0, text.length())))) + "…";
    }

    /**
     * The text of a scalar, stripped; longer than {@link TextLimits#maxLength} is reported and cut to it. The field's
     * path is built only for the report: this runs for every text of every file.
     */
    private String bounded(String key, Node.Scalar s, Supplier<String> fieldPath) {
        String text = s.text().strip();
        int max = TextLimits.maxLength(key);
        if (text.length() > max && text.codePointCount(0, text.length()) > max) {
            int length = text.codePointCount(0, text.length());
            problems.error(s.at(), fieldPath.get(), Say.of("`" + key + "` dài " + length + " ký tự, quá giới hạn " + max + " ký tự.",
                            "`" + key + "` is " + length + " characters long; at most " + max + " are allowed."),
                    Say.of("Rút gọn nội dung; phần dài hãy đưa vào một trang AsciiDoc trong content/.",
                            "Shorten it; put long text on an AsciiDoc page in content/."));
            return text.substring(0, text.offsetByCodePoints(0, max));
        }
        return text;
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
        wrongType(key, n, Say.of("một số nguyên", "a whole number"), Say.of("Viết một số nguyên, ví dụ `2`.", "Write a whole number, e.g. `2`."));
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
        Say is = Node.describe(n);
        problems.error(n.at(), field(key), Say.of("`" + key + "` phải là một ngày có thật, dạng năm-tháng-ngày, nhưng đang là " + is.vi() + ".",
                        "`" + key + "` must be a real date, written year-month-day, but is " + is.en() + "."),
                Say.of("Ví dụ: `" + key + ": 2024-12-10`.", "For example: `" + key + ": 2024-12-10`."));
        return Optional.empty();
    }

    public java.time.LocalDate requiredDate(String key) {
        if (!has(key)) {
            missing(key, Say.of("ngày dạng năm-tháng-ngày", "a date, year-month-day"));
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
        wrongType(key, n, Say.of("`true` (có) hoặc `false` (không)", "`true` or `false`"), Say.of("Viết `true` hoặc `false`.", "Write `true` or `false`."));
        return otherwise;
    }

    /** A list of short texts; a single text is accepted as a list of one. */
    public List<String> stringList(String key) {
        if (!has(key)) {
            return List.of();
        }
        Node n = map.entries().get(key);
        if (n instanceof Node.Scalar s) {
            return List.of(bounded(key, s, () -> field(key)));
        }
        if (n instanceof Node.ListNode l) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < l.items().size(); i++) {
                Node item = l.items().get(i);
                if (item instanceof Node.Scalar s && s.kind() != Node.Scalar.Kind.NULL) {
                    int index = i;
                    out.add(bounded(key, s, () -> field(key) + "[" + index + "]"));
                } else {
                    Say is = Node.describe(item);
                    problems.error(item.at(), field(key) + "[" + i + "]", Say.of("Cần một đoạn chữ nhưng đang là " + is.vi() + ".",
                                    "Text is needed here, but this is " + is.en() + "."),
                            Say.of("Mỗi phần tử của danh sách viết trên một dòng `- gia tri`.", "Write each item of the list on a line of its own, `- value`."));
                }
            }
            return out;
        }
        wrongType(key, n, Say.of("một danh sách", "a list"), Say.of("Viết mỗi phần tử trên một dòng bắt đầu bằng `- `.", "Write each item on a line starting with `- `."));
        return List.of();
    }

    /** A list whose items are read by {@code reader(itemNode, itemPath)}; items it cannot read are left out. */
    public <T> List<T> list(String key, boolean required, BiFunction<Node, String, Optional<T>> reader) {
        if (!has(key)) {
            if (required) {
                missing(key, Say.of("danh sách", "a list"));
            }
            return List.of();
        }
        Node n = map.entries().get(key);
        if (!(n instanceof Node.ListNode l)) {
            wrongType(key, n, Say.of("một danh sách", "a list"), Say.of("Viết mỗi phần tử trên một dòng bắt đầu bằng `- `.", "Write each item on a line starting with `- `."));
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

    public void missing(String key, Say what) {
        problems.error(map.at(), field(key), Say.of("Thiếu trường bắt buộc `" + key + "`.", "The required field `" + key + "` is missing."),
                Say.of("Thêm dòng `" + key + ": ...` (" + what.vi() + ") vào nhóm bắt đầu ở dòng " + map.at().line() + ".",
                        "Add a line `" + key + ": ...` (" + what.en() + ") to the group starting at line " + map.at().line() + "."));
    }

    /** {@link #missing(String, Say)} with what is expected said in Vietnamese only; prefer the other. */
    public void missing(String key, String what) {
        missing(key, Say.same(what));
    }

    private void wrongType(String key, Node n, Say expected, Say hint) {
        Say is = Node.describe(n);
        problems.error(n.at(), field(key), Say.of("`" + key + "` phải là " + expected.vi() + " nhưng đang là " + is.vi() + ".",
                "`" + key + "` must be " + expected.en() + ", but is " + is.en() + "."), hint);
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
