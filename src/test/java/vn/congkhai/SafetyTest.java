package vn.congkhai;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hostile text in data and content never reaches the output as markup. */
class SafetyTest {
    @TempDir
    Path dir;

    @Test
    void anIncludeIsRefusedWithItsPlaceAndNothingIsPublished() {
        TestProjects.copySample(dir);
        TestProjects.write(dir, "content/doc-hai.adoc", "= Trang thử\n:jbake-type: page\n\nMở đầu.\n\ninclude::/etc/passwd[]\n");
        BuildResult r = Portal.build(BuildConfig.of(dir).withBuildDate(LocalDate.of(2024, 11, 22)));
        assertFalse(r.published());
        assertEquals("content/doc-hai.adoc:6:1: lỗi: Trang không được chèn tệp khác bằng `include::`."
                + " Cách sửa: Chép trực tiếp nội dung cần chèn vào trang này.", r.problems().get(0).format());
        assertFalse(java.nio.file.Files.exists(dir.resolve("site")));
    }

    @Test
    void scriptInYamlAndPassthroughOrSystemAttributesInAsciidocNeverReachTheOutput() {
        TestProjects.copySample(dir);
        TestProjects.write(dir, "data/units.yaml", TestProjects.read(dir.resolve("data/units.yaml"))
                .replace("name: Phường Mỹ Bình", "name: \"Phường <script>alert('xss')</script> Mỹ Bình\""));
        TestProjects.write(dir, "content/doc-hai.adoc", """
                = Trang thử <script>alert(1)</script>
                :jbake-type: page

                Thư mục Java: {java_home} {user-home} {docdir}

                ++++
                <script>alert('passthrough')</script><img src=phien-ban.json onerror=alert(2)>
                ++++
                """);
        BuildResult r = Portal.build(BuildConfig.of(dir).withBuildDate(LocalDate.of(2024, 11, 22)));
        assertTrue(r.published(), () -> r.problems().toString());
        Map<String, byte[]> site = TestProjects.snapshot(dir.resolve("site"));
        site.forEach((path, bytes) -> {
            if (!path.endsWith(".html")) {
                return;
            }
            String html = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            assertFalse(html.contains("<script>alert"), path);
            assertFalse(html.contains("onerror"), path);
            assertFalse(html.contains("root:x:0:0"), path);
            assertFalse(html.contains("javascript:"), path);
            assertFalse(html.contains(System.getProperty("java.home")), path);
            assertFalse(html.contains(dir.toString()), path + " leaks the project's path");
        });
        String intro = new String(site.get("doc-hai.html"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(intro.contains("Trang thử &lt;script&gt;"), "the title is escaped, not dropped");
        String unit = new String(site.get("xep-hang/thi-bo-phan-mot-cua-2024.html"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(unit.contains("Phường &lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt; Mỹ Bình"), "escaped, still readable");
    }

    /**
     * The whole sample portal, page by page, as a browser would load it: no inline event handlers, no
     * {@code javascript:} addresses, no script that is not a file of ours, nothing fetched from another host
     * (pages and style sheets), a Content-Security-Policy that forbids inline script on every page, and links
     * to other sites that give them no handle on the page ({@code rel="noopener noreferrer"}).
     */
    @Test
    void theWholeSamplePortalIsSafeByDefault() throws java.io.IOException {
        TestProjects.copySample(dir);
        TestProjects.write(dir, "content/lien-ket.adoc", "= Liên kết\n\nXem https://dichvucong.gov.vn/[Cổng Dịch vụ công quốc gia].\n");
        BuildResult r = Portal.build(BuildConfig.of(dir).withBuildDate(LocalDate.of(2024, 11, 22)));
        assertTrue(r.published(), () -> r.problems().toString());
        Path site = dir.resolve("site");
        String ownHost = java.net.URI.create("https://myphuoc.angiang.gov.vn/").getHost();
        int pages = 0;
        int externalLinks = 0;
        for (Map.Entry<String, byte[]> file : TestProjects.snapshot(site).entrySet()) {
            String path = file.getKey();
            String text = new String(file.getValue(), java.nio.charset.StandardCharsets.UTF_8);
            if (path.endsWith(".css")) {
                assertFalse(text.matches("(?is).*(@import|url\\(\\s*['\"]?(https?:)?//).*"), path + " fetches from another host");
                continue;
            }
            if (!path.endsWith(".html")) {
                continue;
            }
            pages++;
            org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(text, "https://myphuoc.angiang.gov.vn/" + path);
            org.jsoup.nodes.Element csp = doc.selectFirst("head > meta[http-equiv=Content-Security-Policy]");
            assertTrue(csp != null, path + " has no Content-Security-Policy");
            String policy = csp.attr("content");
            assertTrue(policy.matches(".*\\bscript-src 'self'(;.*|$)") && !policy.contains("unsafe-inline") && !policy.contains("unsafe-eval"),
                    path + ": " + policy);
            for (org.jsoup.nodes.Element e : doc.getAllElements()) {
                for (org.jsoup.nodes.Attribute a : e.attributes()) {
                    assertFalse(a.getKey().toLowerCase().startsWith("on"), path + ": handler " + e.outerHtml());
                    String value = a.getValue().strip().toLowerCase();
                    assertFalse(value.startsWith("javascript:") || value.startsWith("vbscript:"), path + ": " + e.outerHtml());
                }
                if (e.normalName().equals("script") && e.attr("type").equals("application/ld+json")) {
                    // schema.org data: never run (not JavaScript, so script-src does not apply), no markup inside (JsonLd escapes it)
                    assertTrue(e.attr("src").isEmpty() && !e.data().contains("<") && !e.data().contains(">"), path + ": " + e.outerHtml());
                } else if (e.normalName().equals("script")) {
                    assertTrue(e.data().isBlank() && e.attr("src").matches(".*assets/js/(congkhai|tim-kiem)(\\.[0-9a-f]+)?\\.js"),
                            path + ": script not ours " + e.outerHtml());
                    java.net.URI src = java.net.URI.create(e.absUrl("src"));
                    assertEquals(ownHost, src.getHost(), path);
                    assertTrue(java.nio.file.Files.isRegularFile(site.resolve(src.getPath().substring(1))), path + ": " + src);
                }
                for (String attr : List.of("src", "srcset", "poster", "data")) {
                    if (e.hasAttr(attr)) {
                        assertEquals(ownHost, java.net.URI.create(e.absUrl(attr)).getHost(), path + " fetches " + e.outerHtml());
                    }
                }
                if (e.normalName().equals("link") && !e.attr("rel").matches("canonical|alternate")) {
                    assertEquals(ownHost, java.net.URI.create(e.absUrl("href")).getHost(), path + " fetches " + e.outerHtml());
                }
                if (e.normalName().equals("a") && e.attr("href").matches("(?i)https?://.*")
                        && !ownHost.equals(java.net.URI.create(e.absUrl("href")).getHost())) {
                    externalLinks++;
                    assertTrue(e.attr("rel").contains("noopener") && e.attr("rel").contains("noreferrer"), path + ": " + e.outerHtml());
                }
            }
        }
        assertTrue(pages > 30, "the whole portal was scanned: " + pages);
        assertTrue(externalLinks > 0, "an external link was seen and checked");
    }
}
