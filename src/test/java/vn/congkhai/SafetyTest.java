package vn.congkhai;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
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
}
