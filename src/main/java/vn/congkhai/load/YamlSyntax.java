package vn.congkhai.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import vn.congkhai.model.Problem;
import vn.congkhai.model.SourceRef;

/**
 * Turns the YAML parser's English error into a message and a fix an editor can act on. SnakeYAML
 * tells what it was reading (the context, with where that began) and what it found (the problem,
 * with where): both are used, so an unclosed bracket is reported with the line that opened it.
 */
final class YamlSyntax {
    private YamlSyntax() {
    }

    static Problem explain(JsonProcessingException e, String file) {
        if (e instanceof YamlReader.TooDeep deep) {
            return Problem.error(deep.at, "", "Dữ liệu lồng nhau quá sâu (hơn " + YamlReader.MAX_DEPTH + " cấp).",
                    "Kiểm tra lại thụt lề; dữ liệu của cổng không cần lồng sâu như vậy.");
        }
        if (e instanceof YamlReader.AliasUsed alias) {
            return Problem.error(alias.at, alias.field, "Giá trị này là tham chiếu `*" + alias.name + "` (alias của YAML): congkhai không đọc tham chiếu.",
                    "Viết thẳng giá trị vào đây, và bỏ dấu `&" + alias.name + "` ở chỗ được tham chiếu.");
        }
        MarkedYAMLException marked = marked(e);
        String problem = marked == null ? lower(e.getOriginalMessage()) : lower(marked.getProblem());
        String context = marked == null ? "" : lower(marked.getContext());
        SourceRef at = marked != null && marked.getProblemMark() != null ? ref(file, marked.getProblemMark())
                : e.getLocation() == null ? SourceRef.file(file) : YamlReader.where(e.getLocation(), file);
        int opened = marked != null && marked.getContextMark() != null ? marked.getContextMark().getLine() + 1 : 0;
        String whole = lower(e.getOriginalMessage());

        if (problem.contains("\\t") || problem.contains("tab")) {
            return Problem.error(at, "", "Có ký tự Tab trong phần thụt lề.",
                    "YAML chỉ cho phép thụt lề bằng dấu cách: thay mỗi Tab bằng hai dấu cách.");
        }
        if (context.contains("quoted scalar")) {
            // the parser notices at the end of the file; the quote to close is where the text opened
            SourceRef openedAt = ref(file, marked.getContextMark());
            return Problem.error(openedAt, "", "Thiếu dấu ngoặc kép đóng cho đoạn chữ mở ở dòng " + opened + ".",
                    "Thêm dấu \" vào cuối đoạn chữ ở dòng " + opened + ".");
        }
        if (context.contains("flow mapping")) {
            return Problem.error(at, "", "Nhóm mở bằng `{` ở dòng " + opened + " chưa được đóng, hoặc thiếu dấu phẩy giữa hai mục.",
                    "Kiểm tra mỗi mục trong { } cách nhau bằng dấu phẩy và nhóm kết thúc bằng `}`; viết `\"1\": 5` có dấu cách sau dấu hai chấm.");
        }
        if (context.contains("flow sequence")) {
            return Problem.error(at, "", "Danh sách mở bằng `[` ở dòng " + opened + " chưa được đóng, hoặc thiếu dấu phẩy giữa hai mục.",
                    "Kiểm tra các mục trong [ ] cách nhau bằng dấu phẩy và danh sách kết thúc bằng `]`.");
        }
        if (problem.contains("cannot start any token")) {
            String c = marked.getProblem().replaceAll(".*'(.+)'.*", "$1");
            return Problem.error(at, "", "Ký tự `" + c + "` không được đứng đầu một giá trị.",
                    "Đặt cả giá trị trong ngoặc kép, ví dụ name: \"" + c + "...\".");
        }
        if (problem.contains("mapping values are not allowed")) {
            return Problem.error(at, "", "Dấu hai chấm `:` ở đây không hợp lệ.",
                    "Thường do dòng này thụt vào sâu hơn các dòng cùng nhóm, hoặc thiếu `- ` ở đầu một mục của danh sách, "
                            + "hoặc một giá trị có dấu `:` chưa đặt trong ngoặc kép (ví dụ title: \"Kế hoạch: năm 2024\").");
        }
        if (problem.contains("could not find expected ':'")) {
            return Problem.error(at, "", "Thiếu dấu hai chấm sau tên trường.",
                    "Mỗi trường viết dạng `ten: gia tri`, có một dấu cách sau dấu hai chấm.");
        }
        if (problem.contains("expected <block end>") || context.contains("block mapping") || context.contains("block collection")) {
            return Problem.error(at, "", "Thụt lề không thẳng hàng" + (opened > 0 ? " với nhóm bắt đầu ở dòng " + opened : "") + ".",
                    "Các trường cùng cấp phải thụt lề bằng đúng số dấu cách; mục của danh sách bắt đầu bằng `- `.");
        }
        if (whole.contains("alias") || whole.contains("anchor")) {
            return Problem.error(at, "", "Tệp dùng quá nhiều tham chiếu (alias `*`/anchor `&`).",
                    "Viết thẳng giá trị thay vì dùng `&` và `*`.");
        }
        if (whole.contains("code point") || whole.contains("exceeds")) {
            return Problem.error(at, "", "Tệp quá lớn.", "Tách dữ liệu thành nhiều tệp nhỏ hơn.");
        }
        if (whole.contains("depth")) {
            return Problem.error(at, "", "Dữ liệu lồng nhau quá sâu.", "Kiểm tra lại thụt lề.");
        }
        return Problem.error(at, "", "Lỗi cú pháp YAML.",
                "Kiểm tra thụt lề, dấu hai chấm và dấu ngoặc quanh vị trí này. (Chi tiết kỹ thuật: " + firstLine(e.getOriginalMessage()) + ")");
    }

    private static MarkedYAMLException marked(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m) {
                return m;
            }
        }
        return null;
    }

    private static SourceRef ref(String file, Mark mark) {
        return new SourceRef(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
