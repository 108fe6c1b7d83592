package vn.congkhai.load;

import vn.congkhai.Problems;
import vn.congkhai.model.HiddenChars;
import vn.congkhai.model.Say;
import vn.congkhai.model.SourceRef;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Refuses the hidden characters of one file ({@link HiddenChars}) at the line and column an editor sees:
 * lines counted by line feeds only, columns in characters from 1, whatever the YAML parser would make of them.
 * <p>A file is scanned before it is parsed. Line breaks only YAML knows and raw control characters stop it there
 * (parsing would read lines no reviewer sees). Otherwise each value read is checked: a hidden character found in
 * it is reported with the field's path, at the place it was typed when it was typed as is, or at the value when
 * it came from an escape in a quoted value (backslash, u, 202E). Whatever no value claimed (in a comment) is reported
 * last, without a field.
 */
final class HiddenCheck {
    /** Enough to show an editor what is wrong; a file full of them gets one more line saying how many more. */
    static final int MAX_REPORTED = 20;
    /** Positions kept for matching; a hostile file of millions of them must not hold millions of records. */
    private static final int MAX_KEPT = 1000;

    private record Hit(int line, int column, int cp) {
        boolean atOrAfter(SourceRef at) {
            return line > at.line() || (line == at.line() && column >= at.column());
        }
    }

    private final String file;
    private final Problems problems;
    private final List<Hit> hits = new ArrayList<>();
    private final boolean[] claimed;
    /** For each hidden character, the positions (indexes into {@link #hits}) no value has passed yet, in file order. */
    private final Map<Integer, ArrayDeque<Integer>> waiting = new HashMap<>();
    /** Hidden characters typed beyond {@link #MAX_KEPT}, not yet met in a value. */
    private int notKept;
    private final boolean stopsParsing;
    private int reported;
    private int unreported;

    /** Which hidden characters a file refuses, by line: a page refuses fewer in its body than in its header. */
    @FunctionalInterface
    interface Refused {
        boolean test(int line, HiddenChars.Kind kind);
    }

    private HiddenCheck(String file, String text, Refused refused, Problems problems) {
        this.file = file;
        this.problems = problems;
        int line = 1;
        int column = 1;
        int count = 0;
        boolean stops = false;
        for (int i = 0; i < text.length(); ) {
            char ch = text.charAt(i);
            if (ch >= 0x20 && ch < 0x7F) { // printable ASCII, most of any file: never hidden
                i++;
                column++;
                continue;
            }
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                line++;
                column = 1;
                continue;
            }
            HiddenChars.Kind kind = HiddenChars.isHidden(cp) ? HiddenChars.kind(cp).orElseThrow() : null;
            if (kind != null && refused.test(line, kind)) {
                count++;
                stops |= kind == HiddenChars.Kind.LINE_BREAK || kind == HiddenChars.Kind.CONTROL;
                if (hits.size() < MAX_KEPT) {
                    waiting.computeIfAbsent(cp, c -> new ArrayDeque<>()).add(hits.size());
                    hits.add(new Hit(line, column, cp));
                }
            }
            column++;
        }
        this.notKept = count - hits.size();
        this.stopsParsing = stops;
        this.claimed = new boolean[hits.size()];
    }

    /** Scans a data file's text (after its byte-order mark is dropped). */
    static HiddenCheck of(String file, String text, Problems problems) {
        return new HiddenCheck(file, text, (line, kind) -> true, problems);
    }

    /** Scans a text that is not parsed here (a page): every hidden character {@code refused} accepts is reported by {@link #finish}. */
    static HiddenCheck of(String file, String text, Refused refused, Problems problems) {
        return new HiddenCheck(file, text, refused, problems);
    }

    /** Whether the file must not be parsed: a hidden line break or a control character was typed in it. */
    boolean stopsParsing() {
        return stopsParsing;
    }

    /**
     * Checks one value (or key) read at {@code at} under the field path {@code field}, which is only built when
     * a hidden character is found: a large file has hundreds of thousands of values and almost never one.
     */
    void checkValue(String value, SourceRef at, java.util.function.Supplier<String> fieldPath) {
        String field = null;
        for (int i = 0; i < value.length(); ) {
            char c = value.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                i++;
                continue;
            }
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            if (!HiddenChars.isHidden(cp)) {
                continue;
            }
            if (field == null) {
                field = fieldPath.get();
            }
            int typed = claim(cp, at);
            if (typed >= 0) {
                Hit h = hits.get(typed);
                report(new SourceRef(file, h.line(), h.column()), field, cp, false, TYPED_HINT);
            } else if (notKept > 0) {
                notKept--; // typed after the positions kept: its place is not known, its value is
                report(at, field, cp, false, TYPED_HINT);
            } else {
                report(at, field, cp, false, ESCAPED_HINT);
            }
        }
    }

    /**
     * Reports what no value claimed, then how many were left out.
     *
     * @param parsed whether the values were checked: then what is left was typed in comments
     */
    void finish(boolean parsed) {
        for (int i = 0; i < hits.size(); i++) {
            if (!claimed[i]) {
                Hit h = hits.get(i);
                report(new SourceRef(file, h.line(), h.column()), "", h.cp(), parsed, TYPED_HINT);
            }
        }
        int more = unreported + notKept;
        if (more > 0) {
            problems.error(SourceRef.file(file), "", Say.of("Còn " + more + " ký tự ẩn khác trong tệp này.",
                            "There are " + more + " more hidden characters in this file."),
                    Say.of("Sửa các chỗ trên rồi dựng lại để thấy các chỗ còn lại; nếu tệp được dán từ nơi khác, hãy gõ lại.",
                            "Fix the places above and build again to see the rest; if the file was pasted from elsewhere, type it again."));
        }
    }

    /**
     * The first typed occurrence of {@code cp} at or after {@code at}, now claimed; -1 when there is none. Values are
     * checked in the order they are written, so an occurrence passed over is behind every later value too: dropping
     * it from the queue keeps each claim cheap, whatever a hostile file holds.
     */
    private int claim(int cp, SourceRef at) {
        ArrayDeque<Integer> queue = waiting.get(cp);
        while (queue != null && !queue.isEmpty()) {
            int i = queue.poll();
            if (hits.get(i).atOrAfter(at)) {
                claimed[i] = true;
                return i;
            }
        }
        return -1;
    }

    private static final Say TYPED_HINT = Say.of(
            "Xóa ký tự này (thường lẫn vào khi dán chữ từ trang web, Word hay tin nhắn) bằng cách gõ lại đoạn chữ quanh chỗ này.",
            "Delete it (it usually comes in with text pasted from a web page, Word or a chat) by typing the text around this place again.");
    private static final Say ESCAPED_HINT = Say.of(
            "Xóa mã thoát tạo ra ký tự này (`\\u…`, `\\x…`, `\\e`…) trong giá trị viết trong ngoặc kép.",
            "Delete the escape that makes this character (`\\u…`, `\\x…`, `\\e`…) in the quoted value.");

    private void report(SourceRef at, String field, int cp, boolean inComment, Say hint) {
        if (reported >= MAX_REPORTED) {
            unreported++;
            return;
        }
        reported++;
        HiddenChars.Kind kind = HiddenChars.kind(cp).orElseThrow();
        String code = HiddenChars.code(cp);
        Say what = Say.of("Có " + kind.said().vi() + " `" + code + "`" + (inComment ? " trong phần ghi chú" : "") + ": ",
                "There is a " + kind.said().en() + " `" + code + "`" + (inComment ? " in a comment" : "") + ": ");
        Say why = switch (kind) {
            case LINE_BREAK -> Say.of("trình soạn thảo hiện như vẫn cùng một dòng, nhưng YAML xuống dòng ở đây, nên phần sau nó"
                            + " (kể cả sau dấu `#`) có thể bị đọc thành dữ liệu.",
                    "editors show the same line going on, but YAML starts a new line here, so what follows (even after a `#`)"
                            + " can be read as data.");
            case CONTROL -> Say.of("không nhìn thấy được và làm hỏng các tệp xuất bản (như bản tin Atom).",
                    "it cannot be seen and it breaks published files (such as the Atom feed).");
            case BIDI -> Say.of("nó đảo thứ tự chữ hiện trên màn hình, nên điều người duyệt đọc khác với dữ liệu thật.",
                    "it reorders the text on screen, so what a reviewer reads differs from the real data.");
            case ZERO_WIDTH -> Say.of("nó không nhìn thấy được, nên hai tên trông giống nhau có thể khác nhau.",
                    "it cannot be seen, so two names that look the same can differ.");
        };
        problems.error(at, field, Say.of(what.vi() + why.vi(), what.en() + why.en()), hint);
    }
}
