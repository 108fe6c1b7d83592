package vn.congkhai.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The templates a build renders with: the ward's own {@code templates/} over the plugin's defaults.
 * Its digest is part of every page's render key, so changing any template re-renders every page.
 */
public final class TemplateSet {
    /** The default templates shipped in the plugin jar (a jar cannot be listed portably); a test keeps it equal to {@code templates/}. */
    public static final List<String> DEFAULTS = List.of("404.ftlh", "award.ftlh", "awards.ftlh", "boards.ftlh", "campaign.ftlh",
            "campaigns.ftlh", "categories.ftlh", "category.ftlh", "conformance.ftlh", "contact.ftlh", "criterion.ftlh", "data.ftlh", "document-sheet.ftlh", "document.ftlh",
            "documents.ftlh", "index.ftlh", "kpi.ftlh", "kpis.ftlh", "layout.ftlh", "leaderboard.ftlh", "news.ftlh", "notice-archive.ftlh", "notice.ftlh",
            "notices.ftlh", "page.ftlh", "post.ftlh", "quarter.ftlh", "rubric.ftlh", "rubrics.ftlh", "search.ftlh", "sitemap.ftlh", "unit.ftlh");
    /** Change with any change to how models become HTML (engine settings, view records). */
    static final String RENDER_POLICY = "congkhai-render-3/freemarker-2.3.34";

    private TemplateSet() {
    }

    /** A digest of every template the build can use, the ward's and the defaults. */
    public static String digest(Path wardTemplates) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(RENDER_POLICY.getBytes(StandardCharsets.UTF_8));
            for (String name : DEFAULTS) {
                try (InputStream in = TemplateSet.class.getResourceAsStream(CongkhaiFreemarkerEngine.DEFAULTS + "/" + name)) {
                    if (in != null) {
                        sha.update(name.getBytes(StandardCharsets.UTF_8));
                        sha.update(in.readAllBytes());
                    }
                }
            }
            if (wardTemplates != null && Files.isDirectory(wardTemplates)) {
                // never read through a link out of the folder (it is reported, and the build stops)
                for (Path f : TemplateLinks.readable(wardTemplates)) {
                    sha.update(wardTemplates.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                    sha.update(Files.readAllBytes(f));
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
