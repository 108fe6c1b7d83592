package vn.congkhai.render;

import java.util.LinkedHashMap;
import java.util.Map;

/** Asciidoctor's warnings, which are English, said in Vietnamese where we know them; the original follows. */
public final class AsciidocWarnings {
    private static final Map<String, String> KNOWN = new LinkedHashMap<>();

    static {
        KNOWN.put("section title out of sequence", "Tiêu đề mục nhảy cấp (ví dụ từ `==` xuống thẳng `====`).");
        KNOWN.put("unterminated table block", "Bảng chưa được đóng: thiếu dòng `|===` ở cuối bảng.");
        KNOWN.put("unterminated", "Một khối chưa được đóng (thiếu dòng kết thúc như `----`, `====`, `|===`).");
        KNOWN.put("possible invalid reference", "Liên kết nội bộ `<<...>>` không trỏ tới mục nào trong trang.");
        KNOWN.put("list item index: expected", "Số thứ tự trong danh sách không liên tục.");
        KNOWN.put("include file", "Trang không được chèn tệp khác.");
        KNOWN.put("dropping line containing reference to missing attribute", "Dòng có thuộc tính `{...}` chưa được định nghĩa đã bị bỏ.");
        KNOWN.put("dropping cells from incomplete row", "Hàng cuối của bảng thiếu ô: các ô thừa đã bị bỏ.");
    }

    private AsciidocWarnings() {
    }

    public static String explain(String message) {
        for (Map.Entry<String, String> known : KNOWN.entrySet()) {
            if (message.toLowerCase().contains(known.getKey())) {
                return known.getValue() + " (AsciiDoc: " + message + ")";
            }
        }
        return "AsciiDoc cảnh báo: " + message;
    }
}
