package vn.congkhai.render.meta;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Writes XML files with the JDK's StAX writer, which escapes text and attributes; and dates as RFC 3339. */
final class Xml {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private Xml() {
    }

    static byte[] document(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8"); // the JDK's writer: the same bytes whatever StAX library is on the classpath
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        out.writeBytes("\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    /** Midnight of a day in Vietnam, e.g. {@code 2024-10-02T00:00:00+07:00}. */
    static String rfc3339(LocalDate day) {
        return RFC_3339.format(day.atStartOfDay(VIETNAM));
    }
}
