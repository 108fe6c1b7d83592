package vn.congkhai.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import vn.congkhai.model.Problem;
import vn.congkhai.model.Say;
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
            return Problem.error(deep.at, "", Say.of("Dữ liệu lồng nhau quá sâu (hơn " + YamlReader.MAX_DEPTH + " cấp).",
                            "The data is nested too deep (more than " + YamlReader.MAX_DEPTH + " levels)."),
                    Say.of("Kiểm tra lại thụt lề; dữ liệu của cổng không cần lồng sâu như vậy.",
                            "Check the indentation; no portal data is nested this deep."));
        }
        if (e instanceof YamlReader.AliasUsed alias) {
            return Problem.error(alias.at, alias.field, Say.of("Giá trị này là tham chiếu `*" + alias.name
                                    + "` (alias của YAML): congkhai không đọc tham chiếu.",
                            "This value is a reference `*" + alias.name + "` (a YAML alias): congkhai does not read references."),
                    Say.of("Viết thẳng giá trị vào đây, và bỏ dấu `&" + alias.name + "` ở chỗ được tham chiếu.",
                            "Write the value itself here, and remove the `&" + alias.name + "` where it was anchored."));
        }
        MarkedYAMLException marked = marked(e);
        String problem = marked == null ? lower(e.getOriginalMessage()) : lower(marked.getProblem());
        String context = marked == null ? "" : lower(marked.getContext());
        SourceRef at = marked != null && marked.getProblemMark() != null ? ref(file, marked.getProblemMark())
                : e.getLocation() == null ? SourceRef.file(file) : YamlReader.where(e.getLocation(), file);
        int opened = marked != null && marked.getContextMark() != null ? marked.getContextMark().getLine() + 1 : 0;
        String whole = lower(e.getOriginalMessage());

        if (problem.contains("\\t") || problem.contains("tab")) {
            return Problem.error(at, "", Say.of("Có ký tự Tab trong phần thụt lề.", "There is a Tab character in the indentation."),
                    Say.of("YAML chỉ cho phép thụt lề bằng dấu cách: thay mỗi Tab bằng hai dấu cách.",
                            "YAML allows only spaces for indentation: replace each Tab by two spaces."));
        }
        if (context.contains("quoted scalar")) {
            // the parser notices at the end of the file; the quote to close is where the text opened
            SourceRef openedAt = ref(file, marked.getContextMark());
            return Problem.error(openedAt, "", Say.of("Thiếu dấu ngoặc kép đóng cho đoạn chữ mở ở dòng " + opened + ".",
                            "The text opened at line " + opened + " has no closing quote."),
                    Say.of("Thêm dấu \" vào cuối đoạn chữ ở dòng " + opened + ".", "Add a \" at the end of the text at line " + opened + "."));
        }
        if (context.contains("flow mapping")) {
            return Problem.error(at, "", Say.of("Nhóm mở bằng `{` ở dòng " + opened + " chưa được đóng, hoặc thiếu dấu phẩy giữa hai mục.",
                            "The group opened with `{` at line " + opened + " is not closed, or a comma is missing between two entries."),
                    Say.of("Kiểm tra mỗi mục trong { } cách nhau bằng dấu phẩy và nhóm kết thúc bằng `}`; viết `\"1\": 5` có dấu cách sau dấu hai chấm.",
                            "Check that the entries in { } are separated by commas and the group ends with `}`; write `\"1\": 5` with a space after the colon."));
        }
        if (context.contains("flow sequence")) {
            return Problem.error(at, "", Say.of("Danh sách mở bằng `[` ở dòng " + opened + " chưa được đóng, hoặc thiếu dấu phẩy giữa hai mục.",
                            "The list opened with `[` at line " + opened + " is not closed, or a comma is missing between two items."),
                    Say.of("Kiểm tra các mục trong [ ] cách nhau bằng dấu phẩy và danh sách kết thúc bằng `]`.",
                            "Check that the items in [ ] are separated by commas and the list ends with `]`."));
        }
        if (problem.contains("cannot start any token")) {
            String c = marked.getProblem().replaceAll(".*'(.+)'.*", "$1");
            return Problem.error(at, "", Say.of("Ký tự `" + c + "` không được đứng đầu một giá trị.", "A value cannot start with `" + c + "`."),
                    Say.of("Đặt cả giá trị trong ngoặc kép, ví dụ name: \"" + c + "...\".", "Put the whole value in quotes, e.g. name: \"" + c + "...\"."));
        }
        if (problem.contains("mapping values are not allowed")) {
            return Problem.error(at, "", Say.of("Dấu hai chấm `:` ở đây không hợp lệ.", "A colon `:` is not allowed here."),
                    Say.of("Thường do dòng này thụt vào sâu hơn các dòng cùng nhóm, hoặc thiếu `- ` ở đầu một mục của danh sách, "
                                    + "hoặc một giá trị có dấu `:` chưa đặt trong ngoặc kép (ví dụ title: \"Kế hoạch: năm 2024\").",
                            "Usually this line is indented deeper than the others of its group, or a list item lacks its `- `, "
                                    + "or a value containing `:` is not in quotes (e.g. title: \"Kế hoạch: năm 2024\")."));
        }
        if (problem.contains("could not find expected ':'")) {
            return Problem.error(at, "", Say.of("Thiếu dấu hai chấm sau tên trường.", "A colon is missing after the field name."),
                    Say.of("Mỗi trường viết dạng `ten: gia tri`, có một dấu cách sau dấu hai chấm.",
                            "Write each field as `name: value`, with a space after the colon."));
        }
        if (problem.contains("expected <block end>") || context.contains("block mapping") || context.contains("block collection")) {
            return Problem.error(at, "", Say.of("Thụt lề không thẳng hàng" + (opened > 0 ? " với nhóm bắt đầu ở dòng " + opened : "") + ".",
                            "The indentation does not line up" + (opened > 0 ? " with the group starting at line " + opened : "") + "."),
                    Say.of("Các trường cùng cấp phải thụt lề bằng đúng số dấu cách; mục của danh sách bắt đầu bằng `- `.",
                            "Fields of one level must be indented by the same number of spaces; list items start with `- `."));
        }
        if (whole.contains("alias") || whole.contains("anchor")) {
            return Problem.error(at, "", Say.of("Tệp dùng quá nhiều tham chiếu (alias `*`/anchor `&`).",
                            "The file uses too many references (alias `*` / anchor `&`)."),
                    Say.of("Viết thẳng giá trị thay vì dùng `&` và `*`.", "Write the values themselves instead of `&` and `*`."));
        }
        if (whole.contains("code point") || whole.contains("exceeds")) {
            return Problem.error(at, "", Say.of("Tệp quá lớn.", "The file is too large."),
                    Say.of("Tách dữ liệu thành nhiều tệp nhỏ hơn.", "Split the data into smaller files."));
        }
        if (whole.contains("depth")) {
            return Problem.error(at, "", Say.of("Dữ liệu lồng nhau quá sâu.", "The data is nested too deep."),
                    Say.of("Kiểm tra lại thụt lề.", "Check the indentation."));
        }
        String detail = firstLine(e.getOriginalMessage());
        return Problem.error(at, "", Say.of("Lỗi cú pháp YAML.", "YAML syntax error."),
                Say.of("Kiểm tra thụt lề, dấu hai chấm và dấu ngoặc quanh vị trí này. (Chi tiết kỹ thuật: " + detail + ")",
                        "Check the indentation, colons and brackets around this place. (Technical detail: " + detail + ")"));
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
