package vn.congkhai.render;

import org.junit.jupiter.api.Test;

import java.util.List;

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

    /** Issue 11: `{user-home}` said `.`, `{iconsdir}` `./images/icons`; none may name a folder of the building machine. */
    @Test
    void folderAttributesDoNotResolveEvenWhenThePageSetsThem() {
        try (AsciidocConverter c = new AsciidocConverter(java.time.LocalDate.of(2024, 12, 1))) {
            String html = c.convert("= T\n\nA{docdir}|{user-home}|{docfile}|{outdir}|{docname}|{stylesdir}|{iconsdir}B\n").html();
            assertTrue(html.contains("A||{docfile}|{outdir}|{docname}||B"), html);
            String set = c.convert("= T\n:user-home: /root\n:docdir: /srv\n\nA{user-home}|{docdir}B\n").html();
            assertTrue(set.contains("A|B"), "a page cannot give them a value either: " + set);
        }
    }

    /** Issue 11: the cleaning removed these links silently; each is now reported, on the line that names the scheme. */
    @Test
    void unsafeAddressesHiddenFromATextSearchAreReportedWithTheirLine() {
        try (AsciidocConverter c = new AsciidocConverter(java.time.LocalDate.of(2024, 12, 1))) {
            java.util.Map<String, Integer> cases = new java.util.LinkedHashMap<>();
            cases.put("= T\n\nlink:++javascript:alert(1)++[bấm]\n", 3);
            cases.put("= T\n\nlink:pass:[JavaScript:alert(1)][bấm]\n", 3);
            cases.put("= T\n:s: javascript\n\nXem link:{s}:alert(1)[đây]\n", 2);
            cases.put("= T\n\nimage:data:image/svg+xml;base64,PHN2Zz4=[ảnh]\n", 3);
            cases.put("= T\n\nlink:vbscript:x[bấm]\n", 3);
            cases.forEach((adoc, line) -> {
                AsciidocConverter.Conversion conv = c.convert(adoc);
                List<AsciidocConverter.Warning> unsafe = conv.warnings().stream().filter(w -> AsciidocWarnings.isError(w.message())).toList();
                assertEquals(1, unsafe.size(), () -> adoc + " -> " + conv);
                assertEquals(line, unsafe.get(0).line(), adoc);
                assertFalse(conv.html().contains("script:") || conv.html().contains("data:"), conv.html());
                assertTrue(AsciidocWarnings.explain(unsafe.get(0).message()).en().contains("unsafe"));
            });
            assertTrue(c.convert("= T\n\nhttps://example.org[trang] link:tep/a.pdf[tệp] <<muc,mục>>\n\n[[muc]]\n== Mục\n").warnings().isEmpty(),
                    "ordinary links are not reported");
        }
    }

    /** Issue 11: blocks nested 150 deep overflowed the stack, and the build died with a thousand-line trace. */
    @Test
    void aPageNestedTooDeepIsReportedAndTheConverterGoesOn() {
        StringBuilder deep = new StringBuilder("= T\n\n");
        // 1,000 levels: deep enough to overflow a small stack even when JRuby's frames are compiled (150 was not, in a
        // full test run where other tests had warmed the converter up)
        for (int i = 1003; i >= 4; i--) {
            deep.append("=".repeat(i)).append('\n');
        }
        deep.append("giữa\n");
        for (int i = 4; i <= 1003; i++) {
            deep.append("=".repeat(i)).append('\n');
        }
        try (AsciidocConverter c = new AsciidocConverter(java.time.LocalDate.of(2024, 12, 1))) {
            // how deep a stack lasts depends on the JIT: a thread with a small one makes the overflow certain
            java.util.concurrent.atomic.AtomicReference<AsciidocConverter.Conversion> result = new java.util.concurrent.atomic.AtomicReference<>();
            Thread small = new Thread(null, () -> result.set(c.convert(deep.toString())), "small-stack", 256 * 1024);
            small.start();
            try {
                small.join();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            AsciidocConverter.Conversion conv = result.get();
            assertEquals(List.of(new AsciidocConverter.Warning(0, AsciidocConverter.TOO_DEEP)), conv.warnings());
            assertTrue(AsciidocWarnings.isError(conv.warnings().get(0).message()));
            assertTrue(AsciidocWarnings.explain(AsciidocConverter.TOO_DEEP).vi().contains("lồng quá sâu"));
            assertTrue(c.convert("= T\n\nSau đó.\n").html().contains("Sau đó."), "the next page converts as usual");
        }
    }
}
