package vn.congkhai.render;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Converts editor-written AsciiDoc to HTML that is safe to publish.
 * <ul>
 * <li>SECURE safe mode: {@code include::} of any file is refused and no system attribute leaks
 *     (JBake's own AsciiDoc engine runs UNSAFE and exports Java system properties);</li>
 * <li>the result is cleaned with a jsoup {@link Safelist}, because a {@code ++++} passthrough
 *     emits raw HTML, {@code <script>} included, in every safe mode.</li>
 * </ul>
 * Asciidoctor runs on JRuby, whose start-up costs seconds: {@link AsciidocEngine} starts it once per JVM,
 * on a thread of its own, only when some page is not in {@link AsciidocCache}. Asciidoctor's warnings (a table left open, a
 * section level skipped) are collected per document, with their line, instead of printed.
 */
public final class AsciidocConverter implements AutoCloseable {
    private static final Safelist SAFE = Safelist.relaxed()
            .addTags("figure", "figcaption", "mark", "small", "abbr")
            .addAttributes(":all", "class", "id", "title")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("th", "colspan", "rowspan", "scope")
            .addAttributes("ol", "start", "type")
            .addProtocols("a", "href", "http", "https", "mailto", "tel")
            .addProtocols("img", "src", "http", "https")
            .preserveRelativeLinks(true);

    /** The HTML of a document, and what Asciidoctor warned about it (line, message). */
    public record Conversion(String html, List<Warning> warnings) {
    }

    public record Warning(int line, String message) {
    }

    /** Held here: java.util.logging keeps loggers weakly, and a collected one would forget it was turned off. */
    private static final Logger ASCIIDOCTOR_LOG = Logger.getLogger("asciidoctor");

    private final Asciidoctor engine;
    private final List<Warning> current = new ArrayList<>();
    private final LocalDate buildDate;

    /** @param buildDate what {@code {localdate}}, {@code {docdate}} and their kin say: never the clock */
    public AsciidocConverter(LocalDate buildDate) {
        this.buildDate = buildDate;
        // Asciidoctor's default handler prints to java.util.logging, in English, on the console: ours collects instead.
        ASCIIDOCTOR_LOG.setLevel(Level.OFF);
        engine = AsciidocEngine.start().join();
    }

    /** Converts the body of one document; its title is laid out by the template, not here. Not thread-safe. */
    public Conversion convert(String asciidoc) {
        Options options = Options.builder()
                .safe(SafeMode.SECURE)
                .standalone(false)
                .attributes(Attributes.builder()
                        .attribute("showtitle", false)
                        .attribute("sectanchors", false)
                        .attribute("lang", "vi")
                        .attribute("attribute-missing", "skip")
                        // Asciidoctor's built-in captions are English
                        .attribute("note-caption", "Ghi chú")
                        .attribute("tip-caption", "Gợi ý")
                        .attribute("important-caption", "Quan trọng")
                        .attribute("warning-caption", "Cảnh báo")
                        .attribute("caution-caption", "Lưu ý")
                        .attribute("example-caption", "Ví dụ")
                        .attribute("figure-caption", "Hình")
                        .attribute("table-caption", "Bảng")
                        .attribute("appendix-caption", "Phụ lục")
                        .attribute("toc-title", "Mục lục")
                        .attribute("untitled-label", "Không có tiêu đề")
                        // the same inputs give the same pages: dates come from the build date, not the clock
                        .attribute("localdate", buildDate.toString())
                        .attribute("docdate", buildDate.toString())
                        .attribute("localyear", String.valueOf(buildDate.getYear()))
                        .attribute("docyear", String.valueOf(buildDate.getYear()))
                        .attribute("localtime", "00:00:00")
                        .attribute("doctime", "00:00:00")
                        .attribute("localdatetime", buildDate + " 00:00:00")
                        .attribute("docdatetime", buildDate + " 00:00:00")
                        .build())
                .build();
        String html;
        List<Warning> warnings;
        synchronized (AsciidocEngine.LOCK) { // the engine is shared: its warnings must reach this conversion only
            current.clear();
            AsciidocEngine.listen(record -> current.add(new Warning(
                    record.getCursor() == null ? 0 : record.getCursor().getLineNumber(), record.getMessage())));
            html = engine.convert(asciidoc, options);
            warnings = List.copyOf(current);
        }
        return new Conversion(clean(html), warnings);
    }

    /** Keeps the tags and attributes of ordinary content and drops scripts, handlers and unsafe URLs. */
    static String clean(String html) {
        Document.OutputSettings out = new Document.OutputSettings().prettyPrint(false);
        // A base address is needed for jsoup to keep relative links; it is never written out.
        String clean = Jsoup.clean(html, "https://congkhai.invalid/", SAFE, out);
        if (!clean.contains("http")) {
            return clean;
        }
        // links leaving the portal: the other site gets neither a handle on this page nor where the reader came from
        Document doc = Jsoup.parseBodyFragment(clean);
        doc.outputSettings(out);
        doc.select("a[href~=(?i)^https?://]").attr("rel", "noopener noreferrer");
        return doc.body().html();
    }

    /** The engine outlives the converter: the next build in this JVM (the preview, tests) finds it started. */
    @Override
    public void close() {
    }
}
