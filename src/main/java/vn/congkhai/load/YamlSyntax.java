package vn.congkhai.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import vn.congkhai.model.Problem;
import vn.congkhai.model.SourceRef;

/** Turns the YAML parser's English error into a message and a fix an editor can act on. */
final class YamlSyntax {
    private YamlSyntax() {
    }

    static Problem explain(JsonProcessingException e, String file) {
        if (e instanceof YamlReader.TooDeep deep) {
            return Problem.error(deep.at, "", "Dữ liệu lồng nhau quá sâu (hơn " + YamlReader.MAX_DEPTH + " cấp).",
                    "Kiểm tra lại thụt lề; dữ liệu của cổng không cần lồng sâu như vậy.");
        }
        SourceRef at = problemMark(e, file);
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String lower = original.toLowerCase();
        String message;
        String hint;
        if (lower.contains("\\t") || lower.contains("tab")) {
            message = "Có ký tự Tab trong phần thụt lề.";
            hint = "YAML chỉ cho phép thụt lề bằng dấu cách: thay mỗi Tab bằng hai dấu cách.";
        } else if (lower.contains("alias") || lower.contains("anchor")) {
            message = "Tệp dùng quá nhiều tham chiếu (alias `*`/anchor `&`).";
            hint = "Viết thẳng giá trị thay vì dùng `&` và `*`.";
        } else if (lower.contains("mapping values are not allowed")) {
            message = "Dấu hai chấm `:` đặt sai chỗ, hoặc giá trị có dấu `:` mà không đặt trong ngoặc kép.";
            hint = "Đặt giá trị trong ngoặc kép, ví dụ: title: \"Kế hoạch: năm 2024\".";
        } else if (lower.contains("could not find expected ':'") || lower.contains("expected <block end>")) {
            message = "Thụt lề không thẳng hàng hoặc thiếu dấu hai chấm sau tên trường.";
            hint = "Các trường cùng cấp phải thụt lề bằng nhau; mỗi trường viết dạng `ten: gia tri`.";
        } else if (lower.contains("found unexpected end of stream") || lower.contains("unclosed")
                || lower.contains("while scanning a quoted scalar")) {
            message = "Thiếu dấu ngoặc kép hoặc ngoặc đóng.";
            hint = "Kiểm tra mỗi dấu \" hoặc [ { đều có dấu đóng tương ứng.";
        } else if (lower.contains("nesting depth") || lower.contains("depth")) {
            message = "Dữ liệu lồng nhau quá sâu.";
            hint = "Kiểm tra lại thụt lề.";
        } else if (lower.contains("code point") || lower.contains("exceeds")) {
            message = "Tệp quá lớn.";
            hint = "Tách dữ liệu thành nhiều tệp nhỏ hơn.";
        } else {
            message = "Lỗi cú pháp YAML.";
            hint = "Kiểm tra thụt lề, dấu hai chấm và dấu ngoặc quanh vị trí này. (Chi tiết: "
                    + firstLine(original) + ")";
        }
        return Problem.error(at, "", message, hint);
    }

    /** SnakeYAML knows where the problem itself is; Jackson's location is often where the enclosing node began. */
    private static SourceRef problemMark(JsonProcessingException e, String file) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m && m.getProblemMark() != null) {
                return new SourceRef(file, m.getProblemMark().getLine() + 1, m.getProblemMark().getColumn() + 1);
            }
        }
        return e.getLocation() == null ? SourceRef.file(file) : YamlReader.where(e.getLocation(), file);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
