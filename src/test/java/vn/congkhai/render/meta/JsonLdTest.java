package vn.congkhai.render.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class JsonLdTest {
    static final String HOSTILE = "</script><script>alert('x')</script><!-- & \u2028\u2029 \"Đ\"";

    @Test
    void dataCannotEndTheScriptElementAndReadsBackUnchanged() throws Exception {
        Map<String, Object> org = JsonLd.organizationData(HOSTILE, "https://x.gov.vn/", "Số 1 <b>", "Tỉnh & Thành", "0", "a@b.vn");
        JsonLd ld = JsonLd.newsArticle(HOSTILE, "https://x.gov.vn/a.html", LocalDate.of(2024, 1, 2), HOSTILE, org);
        for (String unsafe : new String[]{"<", ">", "&", "\u2028", "\u2029"}) {
            assertFalse(ld.json().contains(unsafe), "no raw " + unsafe + " in " + ld.json());
        }
        // as a browser's HTML parser sees it: one script element, whose text is the whole JSON
        Document page = Jsoup.parse("<html><head><script type=\"application/ld+json\">" + ld.json() + "</script></head><body></body></html>");
        assertEquals(1, page.select("script").size());
        JsonNode read = new ObjectMapper().readTree(page.selectFirst("script").data());
        assertEquals(HOSTILE, read.get("headline").asText());
        assertEquals(HOSTILE, read.get("publisher").get("name").asText());
        assertEquals("Tỉnh & Thành", read.get("publisher").get("address").get("addressRegion").asText());
        assertEquals("https://schema.org", read.get("@context").asText());
    }
}
