package vn.congkhai.hostile;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congkhai.hostile.Hostile.error;
import static vn.congkhai.hostile.Hostile.published;
import static vn.congkhai.hostile.Hostile.refused;
import static vn.congkhai.hostile.Hostile.replace;
import static vn.congkhai.hostile.Hostile.symlink;
import static vn.congkhai.hostile.Hostile.write;

/**
 * The hostile corpus's files published as they are (issue 11, part 3): a ward's {@code assets/} and the files its
 * documents and notices attach. Each is served from the portal's own address, so a script in it runs as the portal;
 * each is refused with the file (and the line, where it has one), and the published site left as it was.
 */
final class HostileAssetCases {
    static final String PROPS = HostileCases.PROPS;
    static final String SVG_OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 10 10\">\n";
    /** The script an attacker publishes beside the markup: same origin, so the pages' CSP would let it run. */
    static final String SAME_ORIGIN_SCRIPT = "assets/js/chay.js";

    private HostileAssetCases() {
    }

    static List<Hostile> all() {
        List<Hostile> all = new java.util.ArrayList<>();
        all.addAll(markup());
        all.addAll(names());
        all.addAll(sizes());
        all.addAll(harmless());
        return all;
    }

    static List<Hostile> markup() {
        return List.of(
                refused("asset-svg-script-src", write("assets/anh/so-do.svg", SVG_OPEN + "<script href=\"/" + SAME_ORIGIN_SCRIPT + "\"/>\n</svg>\n"),
                        error("assets/anh/so-do.svg:2:1", "", "thẻ <script>", "được đăng nguyên dạng")),
                refused("asset-html-script-src", write("assets/trang.html", "<!doctype html>\n<html lang=\"vi\"><head><title>T</title>\n"
                                + "<script src=\"/" + SAME_ORIGIN_SCRIPT + "\"></script></head><body><p>x</p></body></html>\n"),
                        error("assets/trang.html:3:1", "", "thẻ <script>")),
                refused("asset-htm-script-src", write("assets/trang.htm", "<p>x</p>\n<script src=\"/" + SAME_ORIGIN_SCRIPT + "\"></script>\n"),
                        error("assets/trang.htm:2:1", "", "thẻ <script>")),
                refused("asset-xhtml-script-src", write("assets/trang.xhtml", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>T</title>\n"
                                + "<script src=\"/" + SAME_ORIGIN_SCRIPT + "\"/></head><body/></html>\n"),
                        error("assets/trang.xhtml:2:1", "", "thẻ <script>")),
                refused("asset-svg-onload", write("assets/anh/tai.svg", SVG_OPEN + "<rect width=\"5\" height=\"5\"\n onload=\"fetch('/x')\"/>\n</svg>\n"),
                        // an XML start tag over two lines is placed at the line where it ends (all a streaming parser tells)
                        error("assets/anh/tai.svg:3:1", "", "thuộc tính xử lý sự kiện `onload`")),
                refused("asset-svg-javascript-link", write("assets/anh/lien-ket.svg", SVG_OPEN + "<a xlink:href=\"java&#9;script:alert(1)\"><text>x</text></a>\n</svg>\n"),
                        error("assets/anh/lien-ket.svg:2:1", "", "`javascript:`", "xlink:href")),
                refused("asset-svg-animate-href", write("assets/anh/hoat-hinh.svg", SVG_OPEN
                                + "<a href=\"#\"><set attributeName=\"href\" to=\"javascript:alert(1)\"/><text>x</text></a>\n</svg>\n"),
                        error("assets/anh/hoat-hinh.svg:2:1", "", "`javascript:`", "`to`")),
                refused("asset-svg-data-html-link", write("assets/anh/du-lieu.svg", SVG_OPEN + "<a href=\"data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;\"><text>x</text></a>\n</svg>\n"),
                        error("assets/anh/du-lieu.svg:2:1", "", "`data:`")),
                refused("asset-svg-foreign-object", write("assets/anh/lon.svg", SVG_OPEN + "<foreignObject width=\"10\" height=\"10\">\n"
                                + "<div xmlns=\"http://www.w3.org/1999/xhtml\"><iframe src=\"/trang.html\"/></div></foreignObject>\n</svg>\n"),
                        error("assets/anh/lon.svg:2:1", "", "thẻ <foreignObject>"),
                        error("assets/anh/lon.svg:3:1", "", "HTML lồng trong tệp SVG/XML: <div>"),
                        error("assets/anh/lon.svg:3:1", "", "thẻ <iframe>")),
                refused("asset-svg-external-image", write("assets/anh/ngoai.svg", SVG_OPEN + "<image href=\"https://evil.example/a.png\" width=\"10\" height=\"10\"/>\n</svg>\n"),
                        error("assets/anh/ngoai.svg:2:1", "", "`href` tải `https://evil.example/a.png` từ trang khác")),
                refused("asset-svg-style-import", write("assets/anh/kieu.svg", SVG_OPEN + "<style>\n@import url(//evil.example/a.css);\n</style>\n</svg>\n"),
                        error("assets/anh/kieu.svg:2:1", "", "`@import`")),
                refused("asset-svg-xxe", write("assets/anh/xxe.svg", "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                                + SVG_OPEN + "<text>&x;</text>\n</svg>\n"),
                        error("assets/anh/xxe.svg:2:1", "", "khai báo <!DOCTYPE>")),
                refused("asset-svg-billion-laughs", write("assets/anh/cuoi.svg", "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\">"
                                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n" + SVG_OPEN + "<text>&c;</text>\n</svg>\n"),
                        error("assets/anh/cuoi.svg:2:1", "", "khai báo <!DOCTYPE>")),
                refused("asset-xml-stylesheet", write("assets/du-lieu/bang.xml", "<?xml version=\"1.0\"?>\n<?xml-stylesheet type=\"text/xsl\" href=\"bang.xsl\"?>\n<bang/>\n"),
                        error("assets/du-lieu/bang.xml:2:1", "", "chỉ thị xử lý `<?xml-stylesheet?>`")),
                refused("asset-xml-with-xhtml-script", write("assets/du-lieu/tin.xml", "<tin xmlns:h=\"http://www.w3.org/1999/xhtml\">\n"
                                + "<h:script src=\"/" + SAME_ORIGIN_SCRIPT + "\"/></tin>\n"),
                        error("assets/du-lieu/tin.xml:2:1", "", "HTML lồng trong tệp SVG/XML"), error("assets/du-lieu/tin.xml:2:1", "", "thẻ <script>")),
                refused("asset-svg-holding-html", write("assets/anh/gia.svg", "<html><body><script src=\"/" + SAME_ORIGIN_SCRIPT + "\"></script></body></html>\n"),
                        error("assets/anh/gia.svg:1:1", "", "thẻ <script>")),
                refused("asset-svg-not-xml", write("assets/anh/hong.svg", SVG_OPEN + "<rect width=10>\n</svg>\n"),
                        error("assets/anh/hong.svg:2:13", "", "XML không đúng cú pháp")),
                refused("asset-html-handler-and-iframe", write("assets/bao-cao.html", "<!doctype html>\n<html lang=\"vi\"><head><title>T</title></head>\n"
                                + "<body><img src=\"a.png\" alt=\"\" ONERROR=\"x()\">\n<iframe src=\"/index.html\"></iframe>\n"
                                + "<a href=\" JaVaScRiPt:x()\">x</a></body></html>\n"),
                        error("assets/bao-cao.html:3:7", "", "`onerror`"), error("assets/bao-cao.html:4:1", "", "thẻ <iframe>"),
                        error("assets/bao-cao.html:5:1", "", "`javascript:`")),
                refused("asset-html-external-stylesheet", write("assets/bao-cao.html", "<!doctype html>\n<html lang=\"vi\"><head><title>T</title>\n"
                                + "<link rel=\"stylesheet\" href=\"https://evil.example/a.css\"></head><body><p style=\"background:url(//evil.example/b.png)\">x</p></body></html>\n"),
                        error("assets/bao-cao.html:3:1", "", "tải `https://evil.example/a.css` từ trang khác"),
                        error("assets/bao-cao.html:3:71", "", "url(//evil.example/b.png)")),
                refused("asset-html-meta-refresh", write("assets/chuyen.html", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:x()\">\n"),
                        error("assets/chuyen.html:1:1", "", "<meta http-equiv=\"refresh\">")),
                refused("asset-png-holding-html", write("assets/anh/logo.png", "\n <html><script src=\"/" + SAME_ORIGIN_SCRIPT + "\"></script>"),
                        error("assets/anh/logo.png", "", "mang tên của một tệp dữ liệu nhưng nội dung là HTML")),
                refused("asset-txt-holding-svg", write("assets/ghi-chu.txt", SVG_OPEN + "<script href=\"/" + SAME_ORIGIN_SCRIPT + "\"/></svg>"),
                        error("assets/ghi-chu.txt", "", "nội dung là SVG/XML")),
                refused("asset-no-extension-holding-html", write("assets/trang", "<!DOCTYPE html><script src=\"/" + SAME_ORIGIN_SCRIPT + "\"></script>"),
                        error("assets/trang", "", "nội dung là HTML")),
                refused("asset-utf16-holding-html", p -> {
                            Path f = p.resolve("assets/loi.txt");
                            Files.write(f, ("\ufeff<html><script src=\"/" + SAME_ORIGIN_SCRIPT + "\"></script>").getBytes(StandardCharsets.UTF_16LE));
                        },
                        error("assets/loi.txt", "", "nội dung là HTML")),
                refused("asset-svgz", Hostile.writeBytes("assets/anh/nen.svgz", new byte[]{0x1f, (byte) 0x8b, 8, 0}),
                        error("assets/anh/nen.svgz", "", "`.svgz`")),
                refused("attachment-pdf-holding-html", write("content/tep/du-toan-ngan-sach-2026.pdf", "<html><body><script src=\"/" + SAME_ORIGIN_SCRIPT
                                + "\"></script></body></html>"),
                        error("content/tep/du-toan-ngan-sach-2026.pdf", "", "nội dung là HTML")));
    }

    static List<Hostile> names() {
        return List.of(
                refused("asset-dotfile", write("assets/.env", "CONGKHAI_SSH_KEY=bi-mat\n"),
                        error("assets/.env", "", "bắt đầu bằng dấu chấm", "tệp ẩn")),
                refused("asset-dot-folder", write("assets/.git/config", "[remote \"origin\"]\n\turl = https://user:token@example.org/x.git\n"),
                        error("assets/.git", "", "Thư mục `assets/.git`", "dấu chấm")),
                refused("asset-dot-folder-deep", write("assets/anh/.cu/logo.png", "x"),
                        error("assets/anh/.cu", "", "dấu chấm")),
                refused("asset-linked-outside", symlink("assets/mat-khau.txt", "/etc/passwd"),
                        error("assets/mat-khau.txt", "", "liên kết trỏ ra ngoài thư mục dự án")),
                refused("asset-linked-to-a-system-folder", symlink("assets/he-thong", "/etc"),
                        error("assets/he-thong", "", "liên kết trỏ ra ngoài thư mục dự án")),
                refused("asset-linked-into-hidden-folder", write(".an/bi-mat.txt", "bí mật\n").then(symlink("assets/cau-hinh", ".an")),
                        error("assets/cau-hinh", "", "trỏ vào một thư mục ẩn của dự án")),
                refused("asset-folder-is-a-link-outside", p -> {
                            HostileInputTest.deleteTree(p.resolve("assets"));
                            Files.createSymbolicLink(p.resolve("assets"), Path.of("/usr/share"));
                        },
                        // the folder jbake.properties names is checked first, with links resolved (RedTeamCases)
                        error("jbake.properties:5:1", "asset.folder", "`assets` nằm ngoài dự án")),
                refused("attachment-in-hidden-folder", write(".cu/du-toan.pdf", "%PDF-1.4\n").then(symlink("content/tep/du-toan-ngan-sach-2026.pdf", ".cu/du-toan.pdf")),
                        error("content/tep/du-toan-ngan-sach-2026.pdf", "", "thư mục ẩn")),
                refused("asset-link-loop", symlink("assets/vong/lai", "assets"),
                        error("assets/vong/lai", "", "vòng lặp")),
                refused("asset-dangling-link", symlink("assets/mat.png", "assets/khong-co.png"),
                        error("assets/mat.png", "", "trỏ tới một tệp không có")));
    }

    static List<Hostile> sizes() {
        return List.of(
                // 3 GB that cost no disk: the build must refuse it from its size alone, never reading it
                refused("asset-sparse-3gb", sparse("assets/video/hop.mp4", 3L << 30),
                        error("assets/video/hop.mp4", "", "nặng 3072 MB, quá giới hạn 20 MB")),
                refused("asset-over-configured-limit", replace(PROPS, "asset.folder=assets", "asset.folder=assets\ncongkhai.assets.maxFileMB=1")
                                .then(sparse("assets/anh/lon.jpg", 1024 * 1024 + 1)),
                        error("assets/anh/lon.jpg", "", "nặng 2 MB, quá giới hạn 1 MB")),
                refused("asset-over-site-limit", replace(PROPS, "asset.folder=assets", "asset.folder=assets\ncongkhai.assets.maxTotalMB=1")
                                .then(sparse("assets/a.pdf", 700 * 1024)).then(sparse("assets/b.pdf", 700 * 1024)),
                        error("assets", "", "nặng tổng cộng 2 MB, quá giới hạn 1 MB")),
                refused("asset-limit-not-a-number", replace(PROPS, "asset.folder=assets", "asset.folder=assets\ncongkhai.assets.maxFileMB=vô hạn"),
                        error(PROPS + ":6:1", "congkhai.assets.maxFileMB", "phải là một số MB")),
                refused("asset-markup-too-large", p -> {
                            Path f = p.resolve("assets/anh/to.svg");
                            Files.createDirectories(f.getParent());
                            Files.writeString(f, SVG_OPEN + "<!--" + "x".repeat(3 * 1024 * 1024) + "-->\n</svg>\n");
                        },
                        error("assets/anh/to.svg", "", "quá 2 MB để kiểm tra")));
    }

    /** What a ward legitimately publishes goes through untouched. */
    static List<Hostile> harmless() {
        String icon = SVG_OPEN + "<title>Sơ đồ</title>\n<style>rect { fill: #0a5; }</style>\n<a href=\"https://dichvucong.gov.vn/\"><rect width=\"5\" height=\"5\"/></a>\n"
                + "<image href=\"data:image/png;base64,iVBORw0KGgo=\" width=\"1\" height=\"1\"/>\n<use href=\"#o\"/>\n</svg>\n";
        return List.of(
                published("asset-harmless-svg-and-files", write("assets/anh/so-do.svg", icon)
                                .then(write("assets/du-lieu/ghi-chu.txt", "Ghi chú: 3 < 5 và 5 > 3.\n"))
                                .then(write("assets/anh/chu-thich.html", "<!doctype html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Chú thích</title></head>"
                                        + "<body><p>Xem <a href=\"https://dichvucong.gov.vn/\">Cổng dịch vụ công</a>.</p></body></html>\n")),
                        (p, r) -> {
                            assertEquals(icon, Files.readString(p.resolve("site/assets/anh/so-do.svg")));
                            assertTrue(Files.exists(p.resolve("site/assets/du-lieu/ghi-chu.txt")));
                            assertTrue(Files.exists(p.resolve("site/assets/anh/chu-thich.html")));
                            assertFalse(r.problems().stream().anyMatch(x -> x.where().file().startsWith("assets/")), r.problems()::toString);
                        }),
                // just under the limit: copied in blocks, and on the next build kept as it is (the same inode, nothing copied)
                published("asset-large-but-allowed", sparse("assets/video/gioi-thieu.mp4", 19L << 20),
                        (p, r) -> {
                            Path out = p.resolve("site/assets/video/gioi-thieu.mp4");
                            assertEquals(19L << 20, Files.size(out));
                            Object inode = Files.getAttribute(out, "unix:ino");
                            vn.congkhai.BuildResult again = vn.congkhai.Portal.build(vn.congkhai.BuildConfig.of(p));
                            assertTrue(again.published(), again.problems()::toString);
                            assertEquals(inode, Files.getAttribute(out, "unix:ino"), "an unchanged asset is linked, not copied again");
                        }));
    }

    /** A file of {@code length} bytes that takes no disk space (a hole): {@code RandomAccessFile.setLength}. */
    static Hostile.Edit sparse(String file, long length) {
        return p -> {
            Path f = p.resolve(file);
            Files.createDirectories(f.getParent());
            try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
                raf.setLength(length);
            }
        };
    }
}
