package vn.congkhai.check;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The built site as the conformance rules read it: the staged files, each page parsed at most once.
 * Links are resolved as {@link SiteChecker} resolves them, so "linked from" means what a reader can follow.
 */
final class BuiltPages {
    /** Where the main navigation is in our templates and in most a ward would write. */
    static final String NAVIGATION = "nav.site-nav, nav[aria-label=Điều hướng chính], header nav";

    private final Path root;
    private final Map<String, Optional<Document>> parsed = new HashMap<>();

    BuiltPages(Path root) {
        this.root = root;
    }

    boolean exists(String path) {
        return Files.isRegularFile(root.resolve(path));
    }

    Optional<Document> page(String path) {
        return parsed.computeIfAbsent(path, p -> {
            Path file = root.resolve(p);
            if (!Files.isRegularFile(file) || !p.endsWith(".html")) {
                return Optional.empty();
            }
            try {
                return Optional.of(Jsoup.parse(file.toFile(), "UTF-8"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The site files the elements matching {@code selector} on {@code page} link to. */
    Set<String> linksFrom(String page, String selector) {
        Set<String> out = new LinkedHashSet<>();
        page(page).ifPresent(doc -> {
            for (Element a : doc.select(selector).select("a[href]")) {
                SiteChecker.resolve(page, a.attr("href")).ifPresent(out::add);
            }
        });
        return out;
    }

    /** Whether the main navigation of the home page leads to {@code path}. */
    boolean inNavigation(String path) {
        return linksFrom("index.html", NAVIGATION).contains(path);
    }
}
