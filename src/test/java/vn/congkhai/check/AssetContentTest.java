package vn.congkhai.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.congkhai.Problems;
import vn.congkhai.model.Problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules for files published as they are, one by one (the hostile corpus runs them through whole builds). */
class AssetContentTest {
    static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n";

    @TempDir
    Path dir;

    private List<Problem> check(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
        Problems problems = new Problems();
        new AssetContent(problems).check("assets/" + name, f);
        return problems.sorted();
    }

    private void refused(String name, String text, String words) throws IOException {
        List<Problem> found = check(name, text);
        assertTrue(found.stream().anyMatch(p -> p.isError() && p.format().contains(words)), () -> name + " must be refused for " + words + ": " + found);
        assertTrue(found.stream().allMatch(Problem::hasEnglish), found::toString);
    }

    private void accepted(String name, String text) throws IOException {
        List<Problem> found = check(name, text);
        assertEquals(List.of(), found, name);
    }

    @Test
    void harmlessPicturesAndPagesPass() throws IOException {
        accepted("so-do.svg", SVG + "<defs><linearGradient id=\"g\"/></defs><rect style=\"fill:url(#g)\" width=\"1\" height=\"1\"/>"
                + "<a xlink:href=\"https://dichvucong.gov.vn/\"><text>Dịch vụ công</text></a><use href=\"#g\"/>"
                + "<image href=\"data:image/png;base64,iVBORw0KGgo=\"/></svg>");
        accepted("bang.html", "<!doctype html><html lang=\"vi\"><title>x</title><img src=\"anh.png\" srcset=\"anh.png 1x, anh@2.png 2x\" alt=\"\">"
                + "<a href=\"https://dichvucong.gov.vn/\" title=\"javascript: một ngôn ngữ\">x</a><a href=\"mailto:ubnd@example.gov.vn\">thư</a></html>");
        accepted("kieu.css", "a { color: red } /* <html> */");
        accepted("ghi-chu.txt", "Ghi chú <b>đậm</b>");
        accepted("du-lieu.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<bang><dong so=\"1\">3 &lt; 5</dong></bang>");
    }

    @Test
    void htmlLoadsAndEmbedsAreRefused() throws IOException {
        refused("a.html", "<img alt=\"\" srcset=\"a.png 1x, https://evil.example/b.png 2x\">", "`srcset` tải `https://evil.example/b.png`");
        refused("b.html", "<img alt=\"\" src=\"//evil.example/b.png\">", "`src` tải `//evil.example/b.png`");
        refused("c.html", "<object data=\"x.swf\"></object>", "thẻ <object>");
        refused("d.html", "<embed src=\"x.swf\">", "thẻ <embed>");
        refused("e.html", "<base href=\"https://evil.example/\">", "thẻ <base>");
        refused("f.html", "<form action=\"https://evil.example/\"><button formaction=\"javascript:x()\">x</button></form>", "`javascript:`");
        refused("g.html", "<svg><a><animate attributeName=\"href\" values=\"https://a;javascript:alert(1)\"/></a></svg>", "`javascript:`");
        refused("h.html", "<p style=\"background-image:url('javascript:x()')\">", "url(javascript:x()");
        refused("i.html", "<style>p { behavior: url(x.htc) }</style>", "behavior");
        refused("j.html", "<iframe srcdoc=\"&lt;script&gt;x()&lt;/script&gt;\"></iframe>", "thẻ <iframe>");
        refused("k.html", "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>", "`data:`");
        refused("l.html", "<svg><foreignObject><p>x</p></foreignObject></svg>", "thẻ <foreignobject>");
        // parsed one way by jsoup (no scripting) and another by a browser: the noscript's end ends the title
        refused("m.html", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>", "thẻ <noscript>");
        refused("n.html", "<p>x</p>\n<!-- <img src=x onerror=alert(1)> -->", "đoạn `<img src=x onerror=`");
        refused("o.html", "<p>x</p>\n<textarea><script>x()</script></textarea>", "đoạn `<script`");
    }

    @Test
    void svgLoadsHandlersAndEntitiesAreRefused() throws IOException {
        refused("a.svg", SVG + "<use href=\"https://evil.example/s.svg#x\"/></svg>", "`href` tải `https://evil.example/s.svg#x`");
        refused("b.svg", SVG + "<filter id=\"f\"><feImage xlink:href=\"http://evil.example/a.png\"/></filter></svg>", "`xlink:href` tải");
        refused("c.svg", SVG + "<handler type=\"application/ecmascript\">x()</handler></svg>", "thẻ <handler>");
        refused("d.svg", SVG + "<text>&x;</text></svg>", "thực thể XML `&x;`");
        refused("e.svg", SVG + "<rect width=\"1\" height=\"1\" ONCLICK=\"x()\"/></svg>", "`onclick`");
        refused("f.svg", SVG + "<style><![CDATA[ rect { fill: url(https://evil.example/p.svg#g) } ]]></style></svg>", "url(https://evil.example/p.svg#g)");
        refused("g.svg", SVG + "<a xlink:href=\"data:image/svg+xml;base64,PHN2Zz4=\"><text>x</text></a></svg>", "`data:`");
        refused("h.svg", "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n" + SVG + "</svg>",
                "<!DOCTYPE>");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<!DOCTYPE html><p>|HTML", "\n\t <html lang=vi>|HTML", "<SCRIPT>x()</SCRIPT>|HTML", "<!-- ghi chú -->|HTML", "<p>đoạn|HTML",
            "<a href=x>|HTML", "<b>|HTML", "<?xml version='1.0'?><x/>|XML", "  <svg xmlns='http://www.w3.org/2000/svg'/>|XML",
            "%PDF-1.4|DATA", "<ab>|DATA", "<bảng>|DATA", "Ghi chú <html>|DATA", "a { color: red }|DATA", "''|DATA"})
    void contentIsSniffedAsABrowserWould(String start, ServedAs expected) {
        assertEquals(expected, ServedAs.byContent(start.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void byteOrderMarksAreSkippedBeforeSniffing() {
        assertEquals(ServedAs.HTML, ServedAs.byContent(("\ufeff<html>").getBytes(StandardCharsets.UTF_8)));
        assertEquals(ServedAs.HTML, ServedAs.byContent(("\ufeff<html>").getBytes(StandardCharsets.UTF_16BE)));
        assertEquals(ServedAs.HTML, ServedAs.byContent(("\ufeff<html>").getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(ServedAs.DATA, ServedAs.byContent(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}));
    }

    @ParameterizedTest
    @CsvSource({"trang.html,HTML", "TRANG.HTM,HTML", "a.shtml,HTML", "so-do.svg,XML", "SO-DO.SVG,XML", "a.xhtml,XML", "a.xml,XML", "a.rss,XML",
            "a.svgz,OPAQUE_MARKUP", "a.htc,OPAQUE_MARKUP", "a.png,DATA", "a.txt,DATA", "a,DATA", "a.js,DATA"})
    void namesAreReadAsNginxServesThem(String name, ServedAs expected) {
        assertEquals(expected, ServedAs.byName(name));
    }
}
