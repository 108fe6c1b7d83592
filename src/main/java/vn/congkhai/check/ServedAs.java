package vn.congkhai.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a browser may take a published file for: by its name, as the shipped nginx configuration (Debian's
 * {@code mime.types}) serves it, and by its first bytes, as a browser sniffs a file served without a type, opened
 * from disk or from another server. Only markup can carry script; everything else is served as data.
 */
enum ServedAs {
    /** {@code text/html}: checked like a page. */
    HTML,
    /** {@code image/svg+xml}, {@code application/xhtml+xml}, {@code text/xml} and the like: XML a browser renders, scripts included. */
    XML,
    /** Markup no check here can see into (a compressed SVG, an old browser's component): refused. */
    OPAQUE_MARKUP,
    /** Anything else (CSS, JavaScript, images, PDF, office files): served as data. */
    DATA;

    private static final Set<String> HTML_NAMES = Set.of("html", "htm", "shtml");
    private static final Set<String> XML_NAMES = Set.of("svg", "xhtml", "xht", "xml", "xsl", "xslt", "atom", "rss", "mml", "xspf", "kml", "rdf");
    private static final Set<String> OPAQUE_NAMES = Set.of("svgz", "htc", "mht", "mhtml");
    /** The start of an HTML document by the WHATWG's MIME sniffing rules (each followed by a space or {@code >}). */
    private static final List<String> HTML_STARTS = List.of("<!doctype html", "<html", "<head", "<script", "<iframe", "<h1", "<div", "<font",
            "<table", "<a", "<style", "<title", "<b", "<body", "<br", "<p", "<!--");
    /** How much a browser reads before it decides. */
    static final int SNIFF_BYTES = 1445;

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** By the file's name alone. */
    static ServedAs byName(String name) {
        String ext = extension(name);
        if (HTML_NAMES.contains(ext)) {
            return HTML;
        }
        if (XML_NAMES.contains(ext)) {
            return XML;
        }
        return OPAQUE_NAMES.contains(ext) ? OPAQUE_MARKUP : DATA;
    }

    /** By the file's first bytes alone (read only those): what a sniffing browser would take it for. */
    static ServedAs byContent(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        return byContent(head);
    }

    static ServedAs byContent(byte[] head) {
        String text;
        if (head.length >= 2 && (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff) {
            text = new String(head, 2, head.length - 2, StandardCharsets.UTF_16BE);
        } else if (head.length >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe) {
            text = new String(head, 2, head.length - 2, StandardCharsets.UTF_16LE);
        } else {
            text = new String(head, StandardCharsets.ISO_8859_1).replaceFirst("^\u00ef\u00bb\u00bf", ""); // a UTF-8 BOM
        }
        String start = text.replaceFirst("^[\\t\\n\\f\\r ]+", "").toLowerCase(Locale.ROOT);
        if (start.startsWith("<?xml") || start.startsWith("<svg") || start.startsWith("<!doctype svg")) {
            return XML;
        }
        for (String tag : HTML_STARTS) {
            if (start.startsWith(tag) && (tag.equals("<!--") || start.length() > tag.length()
                    && (start.charAt(tag.length()) == ' ' || start.charAt(tag.length()) == '>'))) {
                return HTML;
            }
        }
        return DATA;
    }
}
