package vn.congkhai.check;

import vn.congkhai.model.Say;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * An SVG, XHTML or other XML file published as it is. A browser renders these and runs the scripts in them, so
 * they are read as a page is, and more strictly: read as a stream (StAX) with no DTD at all, so no entity can
 * expand or fetch anything (a DOCTYPE is itself refused), no processing instruction (an {@code xml-stylesheet}
 * could turn the file into a page), no HTML inside an SVG or XML file, and the rules of {@link HtmlAssetRules}
 * for every element and attribute.
 */
final class XmlAssetRules {
    static final String XHTML = "http://www.w3.org/1999/xhtml";

    private XmlAssetRules() {
    }

    private static XMLInputFactory factory() {
        // the JDK's own parser, whatever StAX library the classpath brings (Woodstox, which S3Proxy brings onto the test classpath,
        // refuses the JAXP access properties): the same safe reading in the plugin, the CLI and the tests
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return f;
    }

    /** @param xhtml whether the file is meant as an XHTML page (its HTML elements are then expected) */
    static void check(Path file, boolean xhtml, Findings findings) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = factory().createXMLStreamReader(in);
            try {
                StringBuilder style = null;
                int styleLine = 0;
                int styleColumn = 0;
                while (r.hasNext()) {
                    int event = r.next();
                    Location at = r.getLocation();
                    switch (event) {
                        case XMLStreamConstants.DTD -> {
                            findings.found(at.getLineNumber(), 1, Say.of("khai báo <!DOCTYPE> (DTD, thực thể XML: có thể đọc tệp khác hoặc làm treo máy)",
                                    "a <!DOCTYPE> declaration (a DTD, XML entities: they can read other files or exhaust the machine)"));
                            return; // nothing after it can be read safely
                        }
                        case XMLStreamConstants.ENTITY_REFERENCE -> findings.found(at.getLineNumber(), 0,
                                Say.of("thực thể XML `&" + Findings.shown(r.getLocalName()) + ";`", "an XML entity `&" + Findings.shown(r.getLocalName()) + ";`"));
                        case XMLStreamConstants.PROCESSING_INSTRUCTION -> findings.found(at.getLineNumber(), 0,
                                Say.of("chỉ thị xử lý `<?" + Findings.shown(r.getPITarget()) + "?>` (có thể biến tệp thành trang chạy mã)",
                                        "a processing instruction `<?" + Findings.shown(r.getPITarget()) + "?>` (can turn the file into a page that runs script)"));
                        case XMLStreamConstants.START_ELEMENT -> {
                            String tag = r.getLocalName().toLowerCase(Locale.ROOT);
                            int line = at.getLineNumber();
                            int column = 0; // StAX tells where the start tag ends, not where it starts: the line only
                            if (!xhtml && XHTML.equals(r.getNamespaceURI())) {
                                findings.found(line, column, Say.of("HTML lồng trong tệp SVG/XML: <" + Findings.shown(r.getLocalName()) + ">",
                                        "HTML inside an SVG or XML file: <" + Findings.shown(r.getLocalName()) + ">"));
                            }
                            if (ActiveMarkup.FORBIDDEN_ELEMENTS.contains(tag)) {
                                findings.found(line, column, Say.of("thẻ <" + Findings.shown(r.getLocalName()) + "> (chạy mã hoặc nhúng nội dung khác)",
                                        "a <" + Findings.shown(r.getLocalName()) + "> element (runs script or embeds other content)"));
                            }
                            if (tag.equals("meta") && r.getAttributeValue(null, "http-equiv") != null) {
                                findings.found(line, column, Say.of("thẻ <meta http-equiv> (chuyển trang hoặc đổi chính sách an toàn)",
                                        "a <meta http-equiv> element (redirects or changes the security policy)"));
                            }
                            for (int i = 0; i < r.getAttributeCount(); i++) {
                                String prefix = r.getAttributePrefix(i);
                                String ns = r.getAttributeNamespace(i);
                                String local = r.getAttributeLocalName(i);
                                String name = "http://www.w3.org/1999/xlink".equals(ns) ? "xlink:" + local
                                        : (prefix == null || prefix.isEmpty() ? local : prefix + ":" + local);
                                HtmlAssetRules.attribute(tag, name.toLowerCase(Locale.ROOT), r.getAttributeValue(i), line, column, findings);
                            }
                            if (tag.equals("style")) {
                                style = new StringBuilder();
                                styleLine = line;
                                styleColumn = column;
                            }
                        }
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                            if (style != null) {
                                style.append(r.getText());
                            }
                        }
                        case XMLStreamConstants.END_ELEMENT -> {
                            if (style != null && r.getLocalName().equalsIgnoreCase("style")) {
                                int l = styleLine;
                                int c = styleColumn;
                                ActiveMarkup.cssProblem(style.toString()).ifPresent(css -> findings.found(l, c, HtmlAssetRules.cssSay(css)));
                                style = null;
                            }
                        }
                        default -> {
                        }
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String why = e.getMessage() == null ? "" : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
            findings.found(at == null ? 0 : Math.max(at.getLineNumber(), 0), at == null ? 0 : Math.max(at.getColumnNumber(), 0),
                    Say.of("XML không đúng cú pháp, trình duyệt không đọc được: " + Findings.shown(why),
                            "XML that is not well formed, which a browser cannot read: " + Findings.shown(why)));
        }
    }
}
