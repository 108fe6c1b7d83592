package vn.congkhai.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An AsciiDoc page or post from {@code content/}, with its JBake-style header read; the body is
 * converted to HTML by the render stage.
 *
 * @param type       JBake's {@code :jbake-type:}: {@code page} or {@code post}
 * @param outputPath the site-relative path of its HTML file, e.g. {@code tin-tuc/2024/khai-mac.html}
 * @param asciidoc   the whole source text, header included
 */
public record ContentDoc(
        String sourcePath,
        String outputPath,
        String type,
        String title,
        Optional<LocalDate> date,
        String summary,
        List<String> tags,
        String asciidoc) {

    public boolean isPost() {
        return "post".equals(type);
    }
}
