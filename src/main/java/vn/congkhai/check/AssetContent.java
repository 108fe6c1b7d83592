package vn.congkhai.check;

import vn.congkhai.Problems;
import vn.congkhai.model.Say;
import vn.congkhai.model.SourceRef;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks what is in a file the portal publishes as it is (a ward's {@code assets/}, a document's or a notice's
 * file): it is served from the portal's own address, so a script in it would run as the portal, past the pages'
 * Content-Security-Policy ({@code script-src 'self'}). Markup (HTML, SVG, XHTML, XML: by name, or by its first bytes
 * whatever the name) is held to the rules of {@link HtmlAssetRules} and {@link XmlAssetRules}; a file whose name
 * says data but whose content is markup is refused, since a browser that sniffs would show it as a page.
 * Only the first bytes of other files are read.
 */
public final class AssetContent {
    /** Markup is read whole to be checked: the limit pages have. */
    public static final long MARKUP_MAX_BYTES = 2L * 1024 * 1024;
    private static final Say HINT = Say.of("Xóa phần đó khỏi tệp, hoặc đăng nội dung thành một trang (AsciiDoc) hay thành ảnh PNG, JPEG, tệp PDF. "
                    + "Tệp đăng nguyên dạng không được chạy mã, nhúng nội dung khác hay tải gì từ trang khác.",
            "Remove that part of the file, or publish the content as a page (AsciiDoc) or as a PNG or JPEG picture or a PDF. "
                    + "A file published as it is must not run script, embed other content or load anything from another site.");

    private final Problems problems;

    public AssetContent(Problems problems) {
        this.problems = problems;
    }

    /**
     * @param where the file as the editor knows it, project-relative ({@code assets/anh/so-do.svg})
     * @param file  the file on disk, already known to be a plain file inside the project
     */
    public void check(String where, Path file) {
        try {
            String name = file.getFileName().toString();
            ServedAs byName = ServedAs.byName(where);
            ServedAs byContent = ServedAs.byContent(file);
            if (byName == ServedAs.OPAQUE_MARKUP) {
                problems.error(SourceRef.file(where), "", Say.of("Không đăng được tệp loại `." + ServedAs.extension(name)
                                        + "`: trình duyệt có thể chạy mã trong đó mà không kiểm tra được.",
                                "Files of type `." + ServedAs.extension(name) + "` cannot be published: a browser may run script in them that cannot be checked."),
                        Say.of("Dùng tệp .svg (không nén), ảnh PNG hoặc JPEG, hoặc PDF.", "Use an uncompressed .svg, a PNG or JPEG picture, or a PDF."));
                return;
            }
            if (byName == ServedAs.DATA && byContent != ServedAs.DATA) {
                String kind = byContent == ServedAs.HTML ? "HTML" : "SVG/XML";
                problems.error(SourceRef.file(where), "", Say.of("Tệp `" + where + "` mang tên của một tệp dữ liệu nhưng nội dung là " + kind
                                        + ": trình duyệt có thể hiển thị nó như một trang web, và chạy mã trong đó.",
                                "The file `" + where + "` is named like a data file but holds " + kind
                                        + ": a browser may show it as a web page, and run script in it."),
                        Say.of("Đặt đúng đuôi tệp (.html, .svg) để tệp được kiểm tra như một trang, hoặc xóa tệp.",
                                "Give it its real extension (.html, .svg) so that it is checked like a page, or remove it."));
                return;
            }
            ServedAs as = byName != ServedAs.DATA ? byName : byContent;
            if (as == ServedAs.DATA) {
                return;
            }
            long size = Files.size(file);
            if (size > MARKUP_MAX_BYTES) {
                problems.error(SourceRef.file(where), "", Say.of("Tệp `" + where + "` (HTML, SVG hay XML) nặng quá " + MARKUP_MAX_BYTES / (1024 * 1024)
                                        + " MB để kiểm tra như một trang.",
                                "The file `" + where + "` (HTML, SVG or XML) is over " + MARKUP_MAX_BYTES / (1024 * 1024) + " MB, too large to check like a page."),
                        Say.of("Thu nhỏ tệp, hoặc dùng ảnh PNG, JPEG.", "Make the file smaller, or use a PNG or JPEG picture."));
                return;
            }
            Findings findings = (line, column, what) -> problems.error(line > 0 ? new SourceRef(where, line, Math.max(column, 1)) : SourceRef.file(where), "",
                    Say.of("Tệp `" + where + "` được đăng nguyên dạng nhưng có " + what.vi() + ".",
                            "The file `" + where + "` is published as it is but has " + what.en() + "."), HINT);
            if (as == ServedAs.HTML) {
                HtmlAssetRules.check(file, findings);
            } else {
                XmlAssetRules.check(file, ServedAs.extension(name).startsWith("xht"), findings);
            }
        } catch (IOException e) {
            problems.error(SourceRef.file(where), "", Say.of("Không đọc được tệp `" + where + "`.", "The file `" + where + "` cannot be read."),
                    Say.of("Kiểm tra quyền đọc tệp.", "Check the file's permissions."));
        }
    }
}
