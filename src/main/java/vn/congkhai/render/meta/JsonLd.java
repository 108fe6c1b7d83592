package vn.congkhai.render.meta;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * schema.org data for the head of a page ({@code <script type="application/ld+json">}): the ward as a
 * GovernmentOrganization, news as NewsArticle, documents as any schema.org type. Written by Jackson,
 * with {@code <}, {@code >}, {@code &} and the JavaScript line separators escaped as {@code \}{@code uXXXX}:
 * a title holding {@code </script>} cannot end the element. Templates print {@link #json()} unescaped
 * (HTML escaping would corrupt the JSON), which DefaultsTest allows for this record alone.
 *
 * @param json the JSON text, safe inside a script element
 */
public record JsonLd(String json) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static {
        MAPPER.getFactory().setCharacterEscapes(new ScriptSafe());
    }

    /** The ward, who owns the portal, as the item a page describes (see {@link #organizationData}). */
    public static JsonLd organization(Map<String, Object> organization) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", "https://schema.org");
        m.putAll(organization);
        return new JsonLd(write(m));
    }

    /** A news post, published by the ward. */
    public static JsonLd newsArticle(String headline, String url, LocalDate published, String description, Map<String, Object> publisher) {
        Map<String, Object> m = thing("NewsArticle");
        m.put("headline", headline);
        m.put("url", url);
        m.put("mainEntityOfPage", url);
        m.put("datePublished", published.toString());
        if (!description.isEmpty()) {
            m.put("description", description);
        }
        m.put("inLanguage", "vi");
        m.put("publisher", publisher);
        m.put("author", publisher);
        return new JsonLd(write(m));
    }

    /**
     * Any other item (a document: {@code Legislation} or {@code DigitalDocument}, a dataset, ...): its type and
     * schema.org properties, in the order given. Values may be strings, numbers, lists and maps (such as
     * {@link #organizationData} for an issuer or publisher).
     */
    public static JsonLd of(String type, Map<String, Object> properties) {
        Map<String, Object> m = thing(type);
        m.putAll(properties);
        return new JsonLd(write(m));
    }

    /** The ward as a GovernmentOrganization: its name, portal, postal address, phone and e-mail. */
    public static Map<String, Object> organizationData(String name, String url, String address, String province, String phone,
                                                       String email) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@type", "GovernmentOrganization");
        m.put("name", name);
        m.put("url", url);
        Map<String, Object> postal = new LinkedHashMap<>();
        postal.put("@type", "PostalAddress");
        postal.put("streetAddress", address);
        postal.put("addressRegion", province);
        postal.put("addressCountry", "VN");
        m.put("address", postal);
        m.put("telephone", phone);
        m.put("email", email);
        return m;
    }

    private static Map<String, Object> thing(String type) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", "https://schema.org");
        m.put("@type", type);
        return m;
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JSON's own escapes, plus the characters that matter inside an HTML script element or to old JavaScript parsers. */
    private static final class ScriptSafe extends CharacterEscapes {
        private final int[] ascii;

        ScriptSafe() {
            ascii = standardAsciiEscapesForJSON();
            ascii['<'] = ESCAPE_STANDARD;
            ascii['>'] = ESCAPE_STANDARD;
            ascii['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch == 0x2028 || ch == 0x2029) {
                return new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04x", ch));
            }
            return null;
        }
    }
}
