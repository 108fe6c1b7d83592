package vn.congkhai.check;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import vn.congkhai.model.Say;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * An HTML file published as it is (under {@code assets/}, or a file a notice attaches): held to a stricter rule than
 * a page, which may load the portal's own script. Here nothing may run: no script element at all (not even the
 * portal's own file), no event handler, no {@code javascript:} address, nothing embedded, nothing loaded from another
 * host. Positions come from jsoup's source tracking.
 */
final class HtmlAssetRules {
    /** SVG animation attributes that set another attribute's value, such as a link's address. */
    static final Set<String> ANIMATION_VALUES = Set.of("values", "to", "from", "by");

    private HtmlAssetRules() {
    }

    /**
     * Elements a browser with scripting on reads differently from a parser without it: inside them, text that jsoup
     * takes for an attribute's value becomes markup in the browser ({@code <noscript><p title="</noscript><img onerror=…>">}).
     */
    static final Set<String> PARSED_DIFFERENTLY = Set.of("noscript", "noembed", "noframes", "xmp", "plaintext");
    /**
     * What a second reading of the raw text looks for, in case the browser's parser and jsoup's ever disagree on where a
     * tag is (mutation XSS): a script or embedding tag, or a handler inside what looks like a tag.
     */
    private static final java.util.regex.Pattern RAW_ACTIVE = java.util.regex.Pattern.compile(
            "(?i)<\\s*(script|iframe|object|embed)\\b|<[a-z][^>]*[\\s/\"'`]on[a-z]+\\s*=");

    static void check(Path file, Findings findings) throws IOException {
        Document doc = Jsoup.parse(file.toFile(), null, "", Parser.htmlParser().setTrackPosition(true));
        boolean[] any = {false};
        Findings counted = (line, column, what) -> {
            any[0] = true;
            findings.found(line, column, what);
        };
        elements(doc, counted);
        if (!any[0]) {
            raw(doc.charset(), file, findings);
        }
    }

    /** The second reading: over the file's text as written, whatever any parser makes of it. */
    private static void raw(java.nio.charset.Charset charset, Path file, Findings findings) throws IOException {
        String text = new String(java.nio.file.Files.readAllBytes(file), charset); // at most 2 MB: checked by the caller
        java.util.regex.Matcher m = RAW_ACTIVE.matcher(text);
        if (m.find()) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < m.start(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            findings.found(line, m.start() - lineStart + 1, Say.of("đoạn `" + Findings.shown(m.group()) + "` mà trình duyệt có thể đọc thành mã chạy được",
                    "the text `" + Findings.shown(m.group()) + "`, which a browser may read as script"));
        }
    }

    private static void elements(Document doc, Findings findings) {
        for (Element e : doc.getAllElements()) {
            Range.Position at = e.sourceRange().start();
            int line = e.sourceRange().isTracked() ? at.lineNumber() : 0;
            int column = e.sourceRange().isTracked() ? at.columnNumber() : 0;
            String tag = e.normalName();
            if (ActiveMarkup.FORBIDDEN_ELEMENTS.contains(tag) || PARSED_DIFFERENTLY.contains(tag)) {
                findings.found(line, column, Say.of("thẻ <" + tag + "> (chạy mã hoặc nhúng nội dung khác)", "a <" + tag + "> element (runs script or embeds other content)"));
            }
            if (tag.equals("meta") && e.hasAttr("http-equiv") && !e.attr("http-equiv").equalsIgnoreCase("content-type")) {
                findings.found(line, column, Say.of("thẻ <meta http-equiv=\"" + Findings.shown(e.attr("http-equiv")) + "\"> (chuyển trang hoặc đổi chính sách an toàn)",
                        "a <meta http-equiv=\"" + Findings.shown(e.attr("http-equiv")) + "\"> element (redirects or changes the security policy)"));
            }
            if (tag.equals("style")) {
                ActiveMarkup.cssProblem(e.data()).ifPresent(css -> findings.found(line, column, cssSay(css)));
            }
            for (Attribute a : e.attributes()) {
                attribute(tag, a.getKey().toLowerCase(Locale.ROOT), a.getValue(), line, column, findings);
            }
        }
    }

    /** One attribute of an element, in HTML or in XML: the rules are the same. */
    static void attribute(String element, String name, String value, int line, int column, Findings findings) {
        String local = name.startsWith("xlink:") ? name : name.substring(name.indexOf(':') + 1);
        if (ActiveMarkup.isHandler(name)) {
            findings.found(line, column, Say.of("thuộc tính xử lý sự kiện `" + Findings.shown(name) + "` (chạy mã)",
                    "an event-handler attribute `" + Findings.shown(name) + "` (runs script)"));
            return;
        }
        boolean address = ActiveMarkup.URL_ATTRIBUTES.contains(local) || local.equals("href");
        // only where a browser takes the value for an address (a title may well speak of "javascript:")
        if ((address || ANIMATION_VALUES.contains(local)) && ActiveMarkup.carriesScriptAddress(value)) {
            findings.found(line, column, Say.of("địa chỉ chạy mã (`javascript:` hay `data:`) trong `" + Findings.shown(name) + "`",
                    "an address that runs script (`javascript:` or `data:`) in `" + Findings.shown(name) + "`"));
            return;
        }
        if (address && !ActiveMarkup.LINKS.contains(element)) {
            for (String candidate : local.equals("srcset") ? value.split(",") : new String[]{value}) {
                String url = candidate.strip().split("\\s+")[0];
                if (ActiveMarkup.isExternal(url)) {
                    findings.found(line, column, Say.of("`" + Findings.shown(name) + "` tải `" + Findings.shown(url) + "` từ trang khác",
                            "`" + Findings.shown(name) + "` loads `" + Findings.shown(url) + "` from another site"));
                    return;
                }
            }
        }
        if (local.equals("style")) {
            ActiveMarkup.cssProblem(value).ifPresent(css -> findings.found(line, column, cssSay(css)));
        }
    }

    static Say cssSay(String css) {
        return Say.of("kiểu trình bày chạy mã hoặc tải từ trang khác: `" + Findings.shown(css) + "`",
                "styling that runs script or loads from another site: `" + Findings.shown(css) + "`");
    }
}
