package vn.congkhai.load;

import vn.congkhai.Problems;
import vn.congkhai.model.Say;
import vn.congkhai.model.SourceRef;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What editor-written AsciiDoc may not do, wherever it is written (a page in {@code content/}, a notice's
 * {@code body:}): include another file, or carry a {@code javascript:} or {@code data:} address. The render
 * stage would neutralise both silently (SECURE mode turns an include into a link; the HTML cleaning drops the
 * address); the editor is told where instead.
 */
final class AsciidocRules {
    /** Addresses a browser would run or inline instead of fetch: never in a published page. */
    private static final Pattern UNSAFE_ADDRESS = Pattern.compile("(?i)(?<![\\w.+-])(javascript|vbscript|data):(?=\\S)");

    /**
     * Levels of a list ({@code *} to {@code **********}, or dots): Asciidoctor parses nesting by recursion, and
     * a list 150 levels deep (11 KB) overflowed its stack. Ten is more than any page needs.
     */
    static final int MAX_LIST_DEPTH = 10;
    private static final Pattern TOO_DEEP_ITEM = Pattern.compile("^[ \\t]*(\\*{" + (MAX_LIST_DEPTH + 1) + ",}|\\.{" + (MAX_LIST_DEPTH + 1) + ",})[ \\t]+\\S");

    /** Delimited blocks inside one another (a quote in an example in a sidebar…): the same recursion, the same limit. */
    static final int MAX_BLOCK_DEPTH = 10;
    /** A line that opens or closes a delimited block; the closing line repeats the opening one exactly. */
    private static final Pattern DELIMITER = Pattern.compile("(={4,}|\\*{4,}|_{4,}|-{4,}|\\.{4,}|\\+{4,}|/{4,}|--|[|!,:]={3,})");
    /** Blocks whose content is not parsed (listing, literal, passthrough, comment): nothing opens inside them. */
    private static final String VERBATIM = "-.+/";

    private AsciidocRules() {
    }

    /**
     * @param firstLine the file's line of {@code lines[0]}, 1-based
     * @param indent    the columns before the text on each line (a YAML block scalar is indented)
     * @param field     the field path of the text, empty for a whole page
     */
    static void check(String rel, String[] lines, int firstLine, int indent, String field, Problems problems) {
        java.util.Deque<String> open = new java.util.ArrayDeque<>();
        boolean toldBlocks = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String bare = line.stripTrailing();
            boolean verbatim = !open.isEmpty() && open.peek().length() > 2 && VERBATIM.indexOf(open.peek().charAt(0)) >= 0;
            if (DELIMITER.matcher(bare).matches()) {
                if (bare.equals(open.peek())) {
                    open.pop();
                } else if (!verbatim) {
                    open.push(bare);
                    if (open.size() > MAX_BLOCK_DEPTH && !toldBlocks) {
                        toldBlocks = true; // once a page: the lines after are deeper still
                        problems.error(new SourceRef(rel, firstLine + i, indent + 1), field, Say.of("Các khối lồng nhau quá sâu: nhiều nhất "
                                        + MAX_BLOCK_DEPTH + " khối (như `====`, `****`, `|===`) nằm trong nhau.",
                                        "Blocks nest too deep: at most " + MAX_BLOCK_DEPTH + " blocks (such as `====`, `****`, `|===`) inside one another."),
                                Say.of("Đóng bớt các khối, hoặc chia nội dung thành các phần nối tiếp nhau.",
                                        "Close some of the blocks, or split the content into parts one after another."));
                    }
                }
                continue;
            }
            if (line.startsWith("//")) {
                continue; // a comment is not published
            }
            if (line.startsWith("include::")) {
                problems.error(new SourceRef(rel, firstLine + i, indent + 1), field, Say.of("Trang không được chèn tệp khác bằng `include::`.",
                                "A page may not include other files with `include::`."),
                        Say.of("Chép trực tiếp nội dung cần chèn vào trang này.", "Copy the content into this page instead."));
            }
            if (!verbatim && TOO_DEEP_ITEM.matcher(line).find()) { // in a listing or literal block it is only text
                problems.error(new SourceRef(rel, firstLine + i, indent + 1), field, Say.of("Danh sách lồng quá sâu: nhiều nhất "
                                + MAX_LIST_DEPTH + " cấp (`*` đến `" + "*".repeat(MAX_LIST_DEPTH) + "`).",
                                "A list nests too deep: " + MAX_LIST_DEPTH + " levels at most (`*` to `" + "*".repeat(MAX_LIST_DEPTH) + "`)."),
                        Say.of("Chia danh sách thành các danh sách ngắn hơn, ít cấp hơn.", "Split the list into shorter ones with fewer levels."));
            }
            Matcher m = UNSAFE_ADDRESS.matcher(line);
            if (m.find()) {
                String scheme = m.group(1).toLowerCase() + ":";
                problems.error(new SourceRef(rel, firstLine + i, indent + m.start() + 1), field, Say.of("Địa chỉ `" + scheme
                                + "` không an toàn: trình duyệt sẽ chạy hoặc nhúng nó thay vì mở một trang.",
                                "A `" + scheme + "` address is unsafe: a browser runs or embeds it instead of opening a page."),
                        Say.of("Dùng địa chỉ web đầy đủ bắt đầu bằng https://, hoặc chép tệp vào assets/ và ghi đường dẫn tới tệp.",
                                "Use a full web address starting with https://, or copy the file into assets/ and link to it."));
            }
        }
    }
}
