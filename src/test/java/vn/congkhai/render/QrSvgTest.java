package vn.congkhai.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Codes are remembered by address within a JVM (the preview): only the modules, never another document's title. */
class QrSvgTest {
    @Test
    void aRememberedCodeKeepsItsOwnTitleAndAnotherAddressGetsItsOwnCode() {
        String first = QrSvg.of("https://phuong.example.vn/van-ban/a.html", "Văn bản A");
        String again = QrSvg.of("https://phuong.example.vn/van-ban/a.html", "Văn bản A (sửa)");
        assertTrue(again.contains("<title>Văn bản A (sửa)</title>"), again);
        assertEquals(first.replace("Văn bản A", "Văn bản A (sửa)"), again, "the same modules for the same address");
        String other = QrSvg.of("https://phuong.example.vn/van-ban/b.html", "Văn bản A");
        assertNotEquals(path(first), path(other));
    }

    private static String path(String svg) {
        return svg.substring(svg.indexOf("<path d=\""));
    }
}
