package vn.congkhai.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AsciidocConverterTest {
    @Test
    void cleaningKeepsContentAndDropsScriptsHandlersAndUnsafeUrls() {
        String html = AsciidocConverter.clean("<p class=\"x\" onclick=\"a()\">Chào <a href=\"javascript:x()\">đây</a>"
                + "<a href=\"../tieu-chi/a.html\">tiêu chí</a></p><script>alert(1)</script>");
        assertEquals("<p class=\"x\">Chào <a>đây</a><a href=\"../tieu-chi/a.html\">tiêu chí</a></p>", html);
    }

    @Test
    void warningsAreCollectedWithTheirLine() {
        try (AsciidocConverter c = new AsciidocConverter(java.time.LocalDate.of(2024, 12, 1))) {
            AsciidocConverter.Conversion conv = c.convert("= T\n\nMở đầu.\n\n==== Mục nhảy cấp\n\nx\n");
            assertEquals(1, conv.warnings().size(), conv.warnings()::toString);
            assertEquals(5, conv.warnings().get(0).line());
            assertTrue(AsciidocWarnings.explain(conv.warnings().get(0).message()).vi().startsWith("Tiêu đề mục nhảy cấp"));
        }
    }

    @Test
    void dateAttributesSayTheBuildDateNotTheClock() {
        try (AsciidocConverter c = new AsciidocConverter(java.time.LocalDate.of(2024, 12, 1))) {
            String html = c.convert("= T\n\nCập nhật {localdate}, năm {docyear}.\n").html();
            assertTrue(html.contains("Cập nhật 2024-12-01, năm 2024."), html);
        }
    }

    @Test
    void secureModeRefusesIncludesAndLeaksNoSystemAttribute() {
        try (AsciidocConverter c = new AsciidocConverter(java.time.LocalDate.of(2024, 12, 1))) {
            String html = c.convert("= T\n\ninclude::/etc/hostname[]\n\n{java_home}|{user-home}\n").html();
            assertFalse(html.contains(System.getProperty("java.home")), html);
            assertFalse(html.contains(System.getProperty("user.home")), html);
            assertTrue(html.contains("include"), "the refused include is shown as a link, not followed: " + html);
        }
    }
}
