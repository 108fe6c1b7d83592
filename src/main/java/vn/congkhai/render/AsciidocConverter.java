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

    /** What {@link #unsafeAddresses} reports, in the warnings' English: {@link AsciidocWarnings} makes it an error. */
    static final String UNSAFE_ADDRESS = "congkhai: unsafe address removed: ";
    /** A document whose nesting exhausted the converter's stack, and one the converter failed on otherwise. */
    static final String TOO_DEEP = "congkhai: nested too deep to convert";
    static final String NOT_CONVERTED = "congkhai: could not be converted";
    private static final java.util.Set<String> UNSAFE = java.util.Set.of("javascript", "vbscript", "data");
    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("([a-z][a-z0-9+.-]*):");

    /**
     * The HTML of a document, its words as the search index takes them (the text a reader sees, whitespace normalised),
     * and what Asciidoctor warned about it (line, message). The text is read here, where the cleaned HTML is parsed
     * anyway, and kept in the cache with the HTML: the search index need not parse every page again on every build.
     */
    public record Conversion(String html, String text, List<Warning> warnings) {
    }

    /** Cleaned HTML, and its text. */
    record Cleaned(String html, String text) {
    }

    public record Warning(int line, String message) {
    }

    private Conversion failed(String why) {
        return new Conversion("", "", List.of(new Warning(0, why)));
    }

    /** Held here: java.util.logging keeps loggers weakly, and a collected one would forget it was turned off. */
    private static final Logger ASCIIDOCTOR_LOG = Logger.getLogger("asciidoctor");
    /** AsciidoctorJ logs a failed conversion with its whole JRuby stack (a thousand lines for an overflow): reported by us instead. */
    private static final Logger ASCIIDOCTORJ_LOG = Logger.getLogger("org.asciidoctor");

    private final Asciidoctor engine;
    private final List<Warning> current = new ArrayList<>();
    private final LocalDate buildDate;

    /** @param buildDate what {@code {localdate}}, {@code {docdate}} and their kin say: never the clock */
    public AsciidocConverter(LocalDate buildDate) {
        this.buildDate = buildDate;
        // Asciidoctor's default handler prints to java.util.logging, in English, on the console: ours collects instead.
        ASCIIDOCTOR_LOG.setLevel(Level.OFF);
        ASCIIDOCTORJ_LOG.setLevel(Level.OFF);
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
                        // Folders of the machine that builds: SECURE mode already empties `docdir` and leaves `docfile`
                        // unset for text; `user-home`, `stylesdir` and `iconsdir` it sets to `.` unless given a value
                        // (unsetting them does not hold), so they are given an empty one; a name ending in `!` unsets
                        // the others for good. Attributes given here cannot be redefined by the page.
                        .attribute("user-home", "")
                        .attribute("stylesdir", "")
                        .attribute("iconsdir", "")
                        .attribute("outdir!", "")
                        .attribute("outfile!", "")
                        .attribute("docname!", "")
                        .build())
                .build();
        String html;
        List<Warning> warnings;
        synchronized (AsciidocEngine.LOCK) { // the engine is shared: its warnings must reach this conversion only
            current.clear();
            AsciidocEngine.listen(record -> current.add(new Warning(
                    record.getCursor() == null ? 0 : record.getCursor().getLineNumber(), record.getMessage())));
            try {
                html = engine.convert(asciidoc, options);
            } catch (StackOverflowError e) {
                // Asciidoctor parses nesting by recursion: a list or blocks nested a hundred deep exhaust the stack.
                // The runtime stays usable; this document is reported, not published, and the build goes on to list the rest.
                return failed(TOO_DEEP);
            } catch (RuntimeException e) {
                // JRuby's own failures carry a Ruby trace: the editor gets the document, the log no stack
                return failed(NOT_CONVERTED);
            }
            unsafeAddresses(html, asciidoc);
            warnings = List.copyOf(current);
        }
        Cleaned cleaned = cleaned(html);
        return new Conversion(cleaned.html(), cleaned.text(), warnings);
    }

    /**
     * Addresses a browser would run or inline, as Asciidoctor wrote them: the cleaning below removes them,
     * and an editor must hear of it. The load stage sees the plain {@code link:javascript:}; this also sees the
     * ones hidden from a text search ({@code link:++javascript:…++}, {@code pass:[…]}, an attribute holding the scheme).
     */
    private void unsafeAddresses(String html, String asciidoc) {
        if (!html.contains("href=") && !html.contains("src=")) {
            return; // no address at all: no parsing
        }
        for (org.jsoup.nodes.Element e : Jsoup.parseBodyFragment(html).select("[href], [src]")) {
            String address = e.hasAttr("href") ? e.attr("href") : e.attr("src");
            // browsers ignore spaces and control characters in a scheme, and its case
            String plain = address.replaceAll("[\\x00-\\x20]", "").toLowerCase(java.util.Locale.ROOT);
            java.util.regex.Matcher scheme = SCHEME.matcher(plain);
            if (scheme.lookingAt() && UNSAFE.contains(scheme.group(1))) {
                current.add(new Warning(lineNaming(asciidoc, scheme.group(1)), UNSAFE_ADDRESS + scheme.group(1) + ":"));
            }
        }
    }

    /** The first line that names the scheme (where the link, or the attribute holding it, is written); 0 when none does. */
    private static int lineNaming(String asciidoc, String scheme) {
        String[] lines = asciidoc.split("\\r?\\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].toLowerCase(java.util.Locale.ROOT).contains(scheme)) {
                return i + 1;
            }
        }
        return 0;
    }
    /** Keeps the tags and attributes of ordinary content and drops scripts, handlers and unsafe URLs. */
    static String clean(String html) {
        return cleaned(html).html();
    }

    private static Cleaned cleaned(String html) {
        Document.OutputSettings out = new Document.OutputSettings().prettyPrint(false);
        // A base address is needed for jsoup to keep relative links; it is never written out.
        String clean = Jsoup.clean(html, "https://congkhai.invalid/", SAFE, out);
        // The cleaned HTML read back, as the browser will read it: its text is what a reader sees (the cleaner's own
        // tree may nest what the written HTML cannot), and its links get their rel below.
        Document doc = Jsoup.parseBodyFragment(clean);
        String text = doc.body().text();
        if (!clean.contains("http")) {
            return new Cleaned(clean, text);
        }
        // links leaving the portal: the other site gets neither a handle on this page nor where the reader came from
        doc.outputSettings(out);
        doc.select("a[href~=(?i)^https?://]").attr("rel", "noopener noreferrer");
        return new Cleaned(doc.body().html(), text);
    }

    /** The engine outlives the converter: the next build in this JVM (the preview, tests) finds it started. */
    @Override
    public void close() {
    }
}
