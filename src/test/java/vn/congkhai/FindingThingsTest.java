package vn.congkhai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;
import vn.congkhai.render.search.Node;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search, site map, sitemap.xml, robots.txt, the news feed and each page's head, on a copy of the sample
 * portal with two pages added: one written in NFD ("Thủ tục đất đai"), one post whose title tries to
 * break out of the JSON-LD script element.
 */
class FindingThingsTest {
    static final String BASE = "https://myphuoc.angiang.gov.vn/";
    static final String HOSTILE = "Tin </script><script>alert(1)</script> & \"trích dẫn\" <!--";
    @TempDir
    static Path dir;
    static Path site;
    static BuildResult result;

    @BeforeAll
    static void build() {
        Path project = TestProjects.copySample(dir.resolve("p"));
        TestProjects.write(project, "content/thu-tuc-dat-dai.adoc", Normalizer.normalize("""
                = Thủ tục đất đai
                :jbake-type: page
                :jbake-status: published
                :description: Hướng dẫn nộp hồ sơ đăng ký đất đai tại Bộ phận Một cửa.

                Người dân nộp hồ sơ cấp Giấy chứng nhận quyền sử dụng đất tại Bộ phận Tiếp nhận và Trả kết quả.
                """, Normalizer.Form.NFD));
        TestProjects.write(project, "content/tin-tuc/2024/tin-thu.adoc", """
                = %s
                :jbake-type: post
                :jbake-status: published
                :jbake-date: 2024-11-20
                :description: Mô tả </script> có dấu "ngoặc".

                Nội dung.
                """.formatted(HOSTILE));
        site = project.resolve("site");
        result = Portal.build(BuildConfig.of(project).withBuildDate(LocalDate.of(2024, 11, 22)));
        assertTrue(result.published(), () -> String.join("\n", result.problems().stream().map(p -> p.format()).toList()));
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    static List<String> htmlPages() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.toString().endsWith(".html") && !f.startsWith(site.resolve("assets")))
                    .map(f -> site.relativize(f).toString()).sorted().toList();
        }
    }

    @Test
    void aQueryWithoutTonesOrWithDForDFindsPagesWrittenWithThemInNfcOrNfd() throws Exception {
        Map<String, Node.Search> found = Node.search(dir, site, "phuong my phuoc", "thu tuc dat dai",
                Normalizer.normalize("THỦ TỤC ĐẤT ĐAI", Normalizer.Form.NFD), "Thủ tục đất đai", "giay chung nhan quyen su dung",
                "my phu", "xyzzy qwerty", "thu tuc");
        assertTrue(found.get("phuong my phuoc").urls().containsAll(List.of("index.html", "don-vi/my-phuoc.html", "gioi-thieu.html")),
                found.get("phuong my phuoc").toString());
        for (String q : List.of("thu tuc dat dai", Normalizer.normalize("THỦ TỤC ĐẤT ĐAI", Normalizer.Form.NFD), "Thủ tục đất đai")) {
            assertEquals("thu-tuc-dat-dai.html", found.get(q).urls().get(0), q + ": the page titled so comes first");
        }
        assertEquals(List.of("thu-tuc-dat-dai.html"), found.get("giay chung nhan quyen su dung").urls(), "words of the body are found");
        assertTrue(found.get("my phu").urls().contains("don-vi/my-phuoc.html"), "the last word may be unfinished while typing");
        assertEquals(0, found.get("xyzzy qwerty").hits());
        // issue 12: a title the query fills ("Thủ tục hành chính") before one it is a small part of ("Tiêu chí 8: Trả kết quả thủ tục ...")
        List<String> procedures = found.get("thu tuc").urls();
        assertTrue(procedures.indexOf("thu-tuc-hanh-chinh.html") >= 0 && procedures.indexOf("thu-tuc-hanh-chinh.html") < 2, procedures.toString());
        assertTrue(procedures.stream().filter(u -> u.startsWith("tieu-chi/")).allMatch(u -> procedures.indexOf(u) > procedures.indexOf("thu-tuc-hanh-chinh.html")),
                procedures.toString());
        // a search downloads the index description, one postings file per first letter, and one page of titles
        assertEquals(List.of("chi-muc.json", "chi-muc-p.json", "chi-muc-m.json", "trang-0.json"), found.get("phuong my phuoc").files());
    }

    @Test
    void theSearchPageHasAFormThatSaysWhatToDoWithoutScript() throws IOException {
        Document search = page("tim-kiem/index.html");
        Element form = search.selectFirst("form.search-form-page");
        assertEquals("get", form.attr("method"));
        assertNotNull(form.selectFirst("input[type=search][name=q]"));
        assertTrue(search.selectFirst(".search-nojs").text().contains("Sơ đồ trang"));
        String script = search.selectFirst("script[src*=assets/js/tim-kiem.]").attr("src");
        assertTrue(script.matches("\\.\\./assets/js/tim-kiem\\.[0-9a-f]{8}\\.js"), "named by its bytes, as cached for a year: " + script);
        assertTrue(Files.exists(site.resolve("tim-kiem").resolve(script)));
        // every other page has the small search form in its header, and links to search, site map and open data
        Document home = page("index.html");
        assertEquals("tim-kiem/index.html", home.selectFirst("header form[role=search]").attr("action"));
        assertTrue(home.select("footer .footer-links a").eachAttr("href").containsAll(List.of("so-do-trang.html", "tim-kiem/index.html",
                "du-lieu/index.html")));
    }

    @Test
    void theSiteMapPageListsEveryPageBySection() throws IOException {
        Document map = page("so-do-trang.html");
        Set<String> linked = new TreeSet<>(map.select("main section a").eachAttr("href"));
        for (String p : htmlPages()) {
            if (!p.equals("404.html")) {
                assertTrue(linked.contains(p), "site map lists " + p);
            }
        }
        assertTrue(map.select("main h2").eachText().containsAll(List.of("Trang chính", "Bảng xếp hạng", "Tin tức", "Bộ tiêu chí chấm điểm")));
    }

    @Test
    void sitemapXmlIsValidAgainstTheSitemapsSchemaAndListsEveryPageByItsAbsoluteAddress() throws Exception {
        SchemaFactory schemas = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        schemas.newSchema(getClass().getResource("/sitemap-0.9.xsd")).newValidator()
                .validate(new StreamSource(site.resolve("sitemap.xml").toFile())); // throws on any violation
        org.w3c.dom.Document xml = parseXml(site.resolve("sitemap.xml"));
        NodeList locs = xml.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        Set<String> listed = new TreeSet<>();
        for (int i = 0; i < locs.getLength(); i++) {
            String loc = locs.item(i).getTextContent();
            assertTrue(URI.create(loc).isAbsolute() && loc.startsWith(BASE), loc);
            listed.add(loc);
        }
        Set<String> expected = new TreeSet<>();
        for (String p : htmlPages()) {
            // the 404 page and the QR print sheets (their document's page is the one to find) are left out
            if (!p.equals("404.html") && !p.matches("van-ban/.*-in\\.html|van-ban/in-.*\\.html")) {
                expected.add(BASE + (p.equals("index.html") ? "" : p.endsWith("/index.html") ? p.substring(0, p.length() - 10) : p));
            }
        }
        assertEquals(expected, listed);
        assertTrue(TestProjects.read(site.resolve("sitemap.xml")).contains("<lastmod>2024-10-02</lastmod>"), "posts carry their date");
        assertEquals("User-agent: *\nAllow: /\n\nSitemap: " + BASE + "sitemap.xml\n", TestProjects.read(site.resolve("robots.txt")));
    }

    @Test
    void theNewsFeedIsAtom10WithEveryRequiredElementRfc3339DatesAndAbsoluteAddresses() throws Exception {
        org.w3c.dom.Document xml = parseXml(site.resolve("tin-tuc/atom.xml"));
        org.w3c.dom.Element feed = xml.getDocumentElement();
        String atom = "http://www.w3.org/2005/Atom";
        assertEquals(atom, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        requireOne(feed, "id", "title", "updated", "author");
        assertEquals("Ủy ban nhân dân phường Mỹ Phước", child(child(feed, "author"), "name").getTextContent());
        assertEquals("2024-11-20T00:00:00+07:00", child(feed, "updated").getTextContent(), "the newest entry's date, not the clock");
        List<String> rels = new ArrayList<>();
        NodeList links = feed.getElementsByTagNameNS(atom, "link");
        for (int i = 0; i < links.getLength(); i++) {
            org.w3c.dom.Element link = (org.w3c.dom.Element) links.item(i);
            assertTrue(URI.create(link.getAttribute("href")).isAbsolute(), link.getAttribute("href"));
            if (link.getParentNode() == feed) {
                rels.add(link.getAttribute("rel"));
            }
        }
        assertEquals(List.of("self", "alternate"), rels);
        NodeList entries = feed.getElementsByTagNameNS(atom, "entry");
        long posts = htmlPages().stream().filter(p -> p.startsWith("tin-tuc/") && !p.equals("tin-tuc/index.html")).count();
        assertEquals(posts, entries.getLength(), "every dated post");
        Set<String> ids = new TreeSet<>();
        for (int i = 0; i < entries.getLength(); i++) {
            org.w3c.dom.Element e = (org.w3c.dom.Element) entries.item(i);
            requireOne(e, "id", "title", "updated", "published");
            assertNotNull(child(e, "link"));
            String id = child(e, "id").getTextContent();
            assertTrue(URI.create(id).isAbsolute() && id.startsWith(BASE), id);
            ids.add(id);
            for (String date : List.of("updated", "published")) {
                String text = child(e, date).getTextContent();
                assertTrue(text.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)"), "RFC 3339: " + text);
                OffsetDateTime.parse(text);
            }
        }
        assertEquals(posts, ids.size(), "entry ids are unique");
        assertEquals(HOSTILE, child((org.w3c.dom.Element) entries.item(0), "title").getTextContent(), "newest first, text escaped by the XML writer");
        assertEquals("tin-tuc/atom.xml", page("tin-tuc/index.html").selectFirst("link[rel=alternate][type=application/atom+xml]").attr("href")
                .replace("../", ""));
    }

    @Test
    void everyPageHasAUniqueTitleADescriptionAndAnAbsoluteCanonicalAddress() throws IOException {
        Map<String, String> titles = new HashMap<>();
        for (String p : htmlPages()) {
            Document d = page(p);
            String title = d.title();
            String before = titles.put(title, p);
            assertTrue(before == null, "title \"" + title + "\" on " + p + " and " + before);
            assertFalse(d.select("meta[name=description]").attr("content").isBlank(), p);
            if (!p.equals("404.html")) {
                String canonical = d.selectFirst("link[rel=canonical]").attr("href");
                assertTrue(canonical.startsWith(BASE) && URI.create(canonical).isAbsolute(), p + ": " + canonical);
            }
        }
    }

    @Test
    void theWardAndItsNewsAreDescribedAsSchemaOrgDataThatAHostileTitleCannotBreakOutOf() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode org = json.readTree(page("index.html").selectFirst("script[type=application/ld+json]").data());
        assertEquals("GovernmentOrganization", org.get("@type").asText());
        assertEquals("Ủy ban nhân dân phường Mỹ Phước", org.get("name").asText());
        assertEquals("0296 000 0000", org.get("telephone").asText());
        assertEquals("ubnd.myphuoc@example.gov.vn", org.get("email").asText());
        assertEquals("Tỉnh An Giang", org.get("address").get("addressRegion").asText());

        Document post = page("tin-tuc/2024/tin-thu.html");
        List<Element> scripts = post.select("script");
        assertEquals(2, scripts.size(), "the site's script and the JSON-LD; the title opened no other");
        String data = post.selectFirst("script[type=application/ld+json]").data();
        assertFalse(data.contains("</") || data.contains("<!--"), data);
        JsonNode article = json.readTree(data);
        assertEquals("NewsArticle", article.get("@type").asText());
        assertEquals(HOSTILE, article.get("headline").asText());
        assertEquals("2024-11-20", article.get("datePublished").asText());
        assertEquals(BASE + "tin-tuc/2024/tin-thu.html", article.get("url").asText());
        assertEquals("GovernmentOrganization", article.get("publisher").get("@type").asText());

        String documentPage = htmlPages().stream().filter(p -> p.matches("van-ban/[^/]+\\.html") && !p.endsWith("-in.html")
                && !p.endsWith("index.html") && !p.startsWith("van-ban/in-")).findFirst().orElseThrow();
        JsonNode document = json.readTree(page(documentPage).selectFirst("script[type=application/ld+json]").data());
        assertEquals("Legislation", document.get("@type").asText());
        assertEquals(BASE + documentPage, document.get("url").asText());
        assertTrue(document.get("legislationDate").asText().matches("\\d{4}-\\d\\d-\\d\\d"), document.toString());
    }

    @Test
    void articlesPrintCleanlyAndOfferAPrintButtonWithoutInlineScript() throws IOException {
        List<String> articles = new ArrayList<>(List.of("tin-tuc/2024/tham-gia-cuoc-thi-mot-cua.html", "gioi-thieu.html"));
        for (String p : htmlPages()) {
            if (p.matches("(thong-bao|van-ban)/[^/]+\\.html") && page(p).selectFirst("article") != null) {
                articles.add(p); // notices and documents
            }
        }
        assertTrue(articles.size() > 4, articles.toString());
        for (String p : articles) {
            Element action = page(p).selectFirst("article .print-action");
            assertNotNull(action, p);
            assertTrue(action.hasAttr("hidden"), "shown by congkhai.js, which can make it print");
            assertEquals("In trang này", action.selectFirst("button[type=button]").text());
            assertTrue(page(p).selectFirst(".print-only").text().endsWith(BASE + p), "the printed page carries its address");
        }
        Document article = page("gioi-thieu.html");
        String css = TestProjects.read(site.resolve(article.selectFirst("link[rel=stylesheet]").attr("href")));
        assertTrue(css.contains("@page { size: A4;"));
        String print = css.substring(css.indexOf("@media print"));
        assertTrue(print.contains(".site-nav") && print.contains(".print-action") && print.contains("attr(href)"));
        assertTrue(TestProjects.read(site.resolve(article.selectFirst("script[src]").attr("src"))).contains("window.print()"));
    }

    @Test
    void aRebuildWithNothingChangedWritesNoFileAgain() {
        BuildResult again = Portal.build(BuildConfig.of(site.getParent()).withBuildDate(LocalDate.of(2024, 11, 22)));
        assertTrue(again.published());
        assertEquals(0, again.written(), "search index, sitemap, feed and open data are kept like pages");
    }

    @Test
    void aContentPageCannotTakeTheAddressOfTheSiteMap() {
        Path project = TestProjects.copySample(dir.resolve("clash"));
        TestProjects.write(project, "content/so-do-trang.adoc", "= Sơ đồ\n:jbake-type: page\n:jbake-status: published\n\nNội dung.\n");
        BuildResult r = Portal.build(BuildConfig.of(project).withBuildDate(LocalDate.of(2024, 11, 22)));
        assertFalse(r.published());
        assertTrue(r.problems().stream().anyMatch(p -> p.isError() && p.message().contains("so-do-trang.html")), r.problems().toString());
    }

    private static void requireOne(org.w3c.dom.Element parent, String... names) {
        for (String name : names) {
            assertNotNull(child(parent, name), parent.getLocalName() + " has " + name);
        }
    }

    private static org.w3c.dom.Element child(org.w3c.dom.Element parent, String name) {
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element e && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    static org.w3c.dom.Document parseXml(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(file.toFile());
    }
}
