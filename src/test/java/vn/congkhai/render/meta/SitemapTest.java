package vn.congkhai.render.meta;

import org.junit.jupiter.api.Test;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SitemapTest {
    private static final String BASE = "https://xa.example.gov.vn/";
    private static final Pattern LOC = Pattern.compile("<loc>([^<]+)</loc>");

    private static List<Sitemap.Url> urls(int n) {
        return IntStream.range(0, n).mapToObj(i -> new Sitemap.Url(BASE + "don-vi/u" + i + ".html",
                i % 2 == 0 ? Optional.of(LocalDate.of(2024, 1, 1).plusDays(i % 300)) : Optional.empty())).toList();
    }

    private static void valid(String xsd, byte[] xml) throws Exception {
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(SitemapTest.class.getResource(xsd)).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml))); // throws on any violation
    }

    private static List<String> locs(byte[] xml) {
        Matcher m = LOC.matcher(new String(xml, StandardCharsets.UTF_8));
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void aPortalThatFitsKeepsOneSitemapFile() throws Exception {
        List<Sitemap.Part> parts = Sitemap.files(urls(3), p -> BASE + p);
        assertEquals(1, parts.size());
        assertEquals("sitemap.xml", parts.get(0).path());
        valid("/sitemap-0.9.xsd", parts.get(0).xml().get());
    }

    @Test
    void pastTheLimitSitemapXmlBecomesAnIndexOfValidPartsThatListEveryAddressOnce() throws Exception {
        List<Sitemap.Url> all = urls(25);
        List<Sitemap.Part> parts = Sitemap.files(all, p -> BASE + p, 10);
        assertEquals(List.of("sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"), parts.stream().map(Sitemap.Part::path).toList());
        byte[] index = parts.get(0).xml().get();
        valid("/siteindex-0.9.xsd", index);
        assertEquals(List.of(BASE + "sitemap-1.xml", BASE + "sitemap-2.xml", BASE + "sitemap-3.xml"), locs(index));
        List<String> listed = new ArrayList<>();
        for (Sitemap.Part part : parts.subList(1, parts.size())) {
            byte[] xml = part.xml().get();
            valid("/sitemap-0.9.xsd", xml);
            List<String> in = locs(xml);
            assertTrue(in.size() <= 10, part.path() + " has " + in.size());
            listed.addAll(in);
        }
        assertEquals(all.stream().map(Sitemap.Url::location).toList(), listed);
        assertTrue(new String(index, StandardCharsets.UTF_8).contains("<lastmod>2024-01-09</lastmod>"), "a part's lastmod is its newest page's");
    }

    @Test
    void theProtocolsOwnLimitIsFiftyThousandAddresses() throws Exception {
        List<Sitemap.Part> parts = Sitemap.files(urls(50_001), p -> BASE + p);
        assertEquals(3, parts.size());
        valid("/siteindex-0.9.xsd", parts.get(0).xml().get());
        assertEquals(50_000, locs(parts.get(1).xml().get()).size());
        assertEquals(1, locs(parts.get(2).xml().get()).size());
    }
}
