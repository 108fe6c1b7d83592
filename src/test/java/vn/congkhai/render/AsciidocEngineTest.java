package vn.congkhai.render;

import org.jruby.RubyInstanceConfig;
import org.junit.jupiter.api.Test;
import vn.congkhai.model.ContentDoc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AsciidocEngineTest {
    private static final LocalDate DATE = LocalDate.of(2024, 12, 1);

    @Test
    void jrubyInterpretsInsteadOfCompilingUnlessTheUserChose() {
        // surefire sets no jruby.compile.mode: the engine must have chosen OFF itself, before JRuby read its
        // options (once, when its Options class loads): a configuration made now shows what JRuby took
        AsciidocEngine.start().join();
        assertEquals(RubyInstanceConfig.CompileMode.OFF, new RubyInstanceConfig().getCompileMode());
    }

    @Test
    void jrubyStartsWithoutRubygemsYetFindsEveryGemOfTheJar() {
        org.jruby.Ruby ruby = ((org.asciidoctor.jruby.internal.JRubyAsciidoctor) AsciidocEngine.start().join()).getRubyRuntime();
        assertEquals("no", ruby.evalScriptlet("defined?(::Gem::Specification) ? 'yes' : 'no'").toString(),
                "RubyGems is a quarter of JRuby's start and finds nothing the load path does not");
        assertEquals(null, System.getProperty(AsciidocEngine.RUBYGEMS), "another JRuby in this JVM keeps its RubyGems");
        // what RubyGems used to find is still found: Asciidoctor itself, and gems of the jar. (SECURE mode never loads
        // a highlighter, whatever a page asks: rouge, whose `yaml` wants RubyGems' jar-dependencies, is never needed.)
        for (String gem : List.of("asciidoctor", "coderay", "asciimath")) {
            assertEquals("ok", ruby.evalScriptlet("require '" + gem + "'; 'ok'").toString(), gem);
        }
        try (AsciidocConverter c = new AsciidocConverter(DATE)) {
            assertTrue(c.convert("= T\n\n|===\n|Ô|Ơ\n|===\n").html().contains("<td"));
            String code = c.convert("= T\n:source-highlighter: rouge\n\n[source,java]\n----\nint x = 1;\n----\n").html();
            assertTrue(code.contains("<code class=\"language-java\""), code);
        }
    }

    @Test
    void oneEngineServesEveryBuildOfTheJvm() {
        // the preview rebuilds in one JVM: an edited page must not pay JRuby's start again
        assertSame(AsciidocEngine.start().join(), AsciidocEngine.start().join());
        try (AsciidocConverter a = new AsciidocConverter(DATE); AsciidocConverter b = new AsciidocConverter(DATE)) {
            // each conversion hears only its own warnings, though the engine is shared
            assertEquals(1, a.convert("= T\n\nx\n\n==== Nhảy cấp\n\ny\n").warnings().size());
            assertEquals(List.of(), b.convert("= T\n\nx\n").warnings());
            assertTrue(a.convert("= T\n\n*đậm*\n").html().contains("<strong>đậm</strong>"));
        }
    }

    @Test
    void jrubyIsStartedEarlyOnlyWhenSomePageIsNotCached(@org.junit.jupiter.api.io.TempDir Path project) throws Exception {
        ContentDoc doc = doc("gioi-thieu.adoc", "= Giới thiệu\n\nPhường có năm khu phố.\n");
        AsciidocCache cache = new AsciidocCache(project, DATE);
        assertTrue(cache.startEngineIfMissing(List.of(doc)), "not converted yet: JRuby is needed");
        Map<String, AsciidocConverter.Conversion> done = cache.convertAll(List.of(doc)).join();
        assertTrue(done.get("content/gioi-thieu.adoc").html().contains("năm khu phố"));
        assertTrue(Files.list(project.resolve(".congkhai/cache/asciidoc")).findAny().isPresent());
        assertFalse(new AsciidocCache(project, DATE).startEngineIfMissing(List.of(doc)), "all cached: JRuby is not needed");
        assertTrue(new AsciidocCache(project, DATE).startEngineIfMissing(List.of(doc, doc("tin.adoc", "= Tin\n\nMới.\n"))));
    }

    @Test
    void aCachedPageGivesBackItsHtmlAndTheTextTheSearchIndexReads(@org.junit.jupiter.api.io.TempDir Path project) {
        // text with a line break, markup and a link leaving the portal (the path that parses the cleaned HTML again)
        ContentDoc doc = doc("lien-he.adoc", "= Liên hệ\n\nGọi *Tổ dân phố 3*\nhoặc xem https://dichvucong.gov.vn[Cổng dịch vụ công].\n\n"
                + "|===\n|Ô|Ơ\n|===\n");
        AsciidocConverter.Conversion fresh = new AsciidocCache(project, DATE).convertAll(List.of(doc)).join().get("content/lien-he.adoc");
        assertEquals("Gọi Tổ dân phố 3 hoặc xem Cổng dịch vụ công. Ô Ơ", fresh.text());
        assertEquals(org.jsoup.Jsoup.parse(fresh.html()).text(), fresh.text(), "the words a reader sees on the published page");
        AsciidocConverter.Conversion cached = new AsciidocCache(project, DATE).convertAll(List.of(doc)).join().get("content/lien-he.adoc");
        assertEquals(fresh, cached);
    }

    @Test
    void aFirstBuildStartsJrubyBeforeReadingAnything(@org.junit.jupiter.api.io.TempDir Path project) throws Exception {
        assertFalse(AsciidocCache.startEngineOnFirstBuild(project), "no content: nothing to convert");
        Files.createDirectories(project.resolve("content/tin"));
        Files.writeString(project.resolve("content/tin/a.txt"), "x");
        assertFalse(AsciidocCache.startEngineOnFirstBuild(project), "no AsciiDoc in content/");
        Files.writeString(project.resolve("content/tin/moi.adoc"), "= Tin\n\nMới.\n");
        assertTrue(AsciidocCache.startEngineOnFirstBuild(project), "first build with AsciiDoc: start now");
        new AsciidocCache(project, DATE).convertAll(List.of(doc("tin/moi.adoc", "= Tin\n\nMới.\n"))).join();
        assertFalse(AsciidocCache.startEngineOnFirstBuild(project), "built before: only what changed is converted");
    }

    private static ContentDoc doc(String name, String asciidoc) {
        return new ContentDoc("content/" + name, name.replace(".adoc", ".html"), "page", "T", java.util.Optional.empty(), "",
                List.of(), asciidoc);
    }
}
