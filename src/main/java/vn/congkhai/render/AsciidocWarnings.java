package vn.congkhai.render;

import vn.congkhai.model.Say;

import java.util.LinkedHashMap;
import java.util.Map;

/** Asciidoctor's warnings, which are English, said in Vietnamese where we know them; the original follows. */
public final class AsciidocWarnings {
    private static final Map<String, Say> KNOWN = new LinkedHashMap<>();

    static {
        KNOWN.put("section title out of sequence", Say.of("Tiêu đề mục nhảy cấp (ví dụ từ `==` xuống thẳng `====`).",
                "A section title skips a level (say from `==` straight to `====`)."));
        KNOWN.put("unterminated table block", Say.of("Bảng chưa được đóng: thiếu dòng `|===` ở cuối bảng.",
                "A table is not closed: the `|===` line at its end is missing."));
        KNOWN.put("unterminated", Say.of("Một khối chưa được đóng (thiếu dòng kết thúc như `----`, `====`, `|===`).",
                "A block is not closed (a closing line such as `----`, `====`, `|===` is missing)."));
        KNOWN.put("possible invalid reference", Say.of("Liên kết nội bộ `<<...>>` không trỏ tới mục nào trong trang.",
                "An internal link `<<...>>` points to no section of the page."));
        KNOWN.put("list item index: expected", Say.of("Số thứ tự trong danh sách không liên tục.", "The numbers of a list are not consecutive."));
        KNOWN.put("include file", Say.of("Trang không được chèn tệp khác.", "A page may not include other files."));
        KNOWN.put("dropping line containing reference to missing attribute", Say.of("Dòng có thuộc tính `{...}` chưa được định nghĩa đã bị bỏ.",
                "A line naming an undefined attribute `{...}` was dropped."));
        KNOWN.put("dropping cells from incomplete row", Say.of("Hàng cuối của bảng thiếu ô: các ô thừa đã bị bỏ.",
                "The table's last row is incomplete: its extra cells were dropped."));
    }

    private AsciidocWarnings() {
    }

    /**
     * A warning the build must not pass over: a link a browser would run was removed from the page, or the
     * page could not be converted at all. These are ours, marked `congkhai:`; Asciidoctor's own are warnings.
     */
    public static boolean isError(String message) {
        return message.startsWith("congkhai: ");
    }

    /** What the editor does about one of our errors ({@link #isError}). */
    public static Say fix(String message) {
        if (message.startsWith(AsciidocConverter.UNSAFE_ADDRESS)) {
            return Say.of("Dùng địa chỉ web đầy đủ bắt đầu bằng https://, hoặc chép tệp vào assets/ và ghi đường dẫn tới tệp.",
                    "Use a full web address starting with https://, or copy the file into assets/ and link to it.");
        }
        return Say.of("Chia nội dung thành các danh sách, khối ngắn hơn và ít cấp lồng nhau hơn.",
                "Split the content into shorter lists and blocks with fewer levels inside one another.");
    }

    public static Say explain(String message) {
        if (message.startsWith(AsciidocConverter.UNSAFE_ADDRESS)) {
            String scheme = message.substring(AsciidocConverter.UNSAFE_ADDRESS.length());
            return Say.of("Địa chỉ `" + scheme + "` không an toàn: trình duyệt sẽ chạy hoặc nhúng nó thay vì mở một trang; liên kết đã bị bỏ.",
                    "A `" + scheme + "` address is unsafe: a browser runs or embeds it instead of opening a page; the link was removed.");
        }
        if (message.equals(AsciidocConverter.TOO_DEEP)) {
            return Say.of("Trang lồng quá sâu (danh sách trong danh sách, khối trong khối) nên không chuyển thành trang web được.",
                    "The page nests too deep (lists within lists, blocks within blocks) to be made into a web page.");
        }
        if (message.equals(AsciidocConverter.NOT_CONVERTED)) {
            return Say.of("Không chuyển được trang này thành trang web.", "This page could not be made into a web page.");
        }
        for (Map.Entry<String, Say> known : KNOWN.entrySet()) {
            if (message.toLowerCase().contains(known.getKey())) {
                return known.getValue().then(Say.same("(AsciiDoc: " + message + ")"));
            }
        }
        return Say.of("AsciiDoc cảnh báo: " + message, "AsciiDoc warns: " + message);
    }
}
