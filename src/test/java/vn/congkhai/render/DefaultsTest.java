package vn.congkhai.render;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The defaults shipped in the plugin are exactly the sample portal's templates and assets, and all are safe. */
class DefaultsTest {
    @Test
    void theDefaultAssetListIsTheAssetsFolder() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("assets"))) {
            List<String> onDisk = files.filter(Files::isRegularFile).map(p -> Path.of("assets").relativize(p).toString()).sorted().toList();
            assertEquals(onDisk, Assets.DEFAULTS.stream().sorted().toList());
        }
    }

    @Test
    void theDefaultTemplateListIsTheTemplatesFolder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("templates"))) {
            assertEquals(files.map(p -> p.getFileName().toString()).sorted().toList(), TemplateSet.DEFAULTS.stream().sorted().toList());
        }
    }

    @Test
    void everyTemplateIsHtmlWithAutoEscapingAndOnlySanitisedHtmlIsUnescaped() throws IOException {
        Pattern noEsc = Pattern.compile("\\$\\{([^}]*)\\?no_esc}");
        try (Stream<Path> files = Files.list(Path.of("templates"))) {
            for (Path t : files.toList()) {
                String text = Files.readString(t);
                assertTrue(t.toString().endsWith(".ftlh"), t + " must be .ftlh");
                assertTrue(text.startsWith("<#ftl output_format=\"HTML\""), t + " must declare HTML output");
                assertTrue(!text.contains("<#noautoesc") && !text.contains("?noEsc"), t.toString());
                Matcher m = noEsc.matcher(text);
                while (m.find()) {
                    // the cleaned AsciiDoc HTML (of a page or a notice), and schema.org JSON that JsonLd escapes for a script element (JsonLdTest)
                    assertTrue(java.util.Set.of("doc.html", "notice.body", "jsonLd.json").contains(m.group(1).strip()),
                            t + ": only the cleaned AsciiDoc HTML and JsonLd's JSON may be unescaped, not " + m.group(1));
                }
            }
        }
    }
}
