package vn.congkhai.bench;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares what a reader sees of the same pages built by two generators ({@code bench/vs-hugo}): the visible text of
 * each page's {@code <main>}, whitespace normalised (jsoup's {@link Element#text()}). Head, header, menu and footer
 * are not compared: only the page's own content must be the same.
 * <p>
 * The pages compared are found, not listed: every file of either site whose path matches one of {@link #PAGES}. A
 * page on one side only is a difference, so a page kind added to congkhai (a leaderboard's second page, say) fails
 * the comparison until the other side builds it too.
 * <p>
 * {@code MainTextComparison EXPECTED_SITE ACTUAL_SITE}: prints the number of pages compared and the first differences,
 * and exits with 1 when there is any.
 */
public final class MainTextComparison {
    /** Unit pages, leaderboards (with their filtered views and later pages), criterion pages. */
    static final List<String> PAGES = List.of("don-vi/*.html", "xep-hang/*.html", "xep-hang/*/*.html", "tieu-chi/*/*.html");
    /** Lists of a folder, which are other page kinds (every round, every rubric). */
    private static final Set<String> NOT_COMPARED = Set.of("xep-hang/index.html");
    private static final int SHOWN = 10;

    /** One page whose text differs, or that is missing on one side ({@code expected} or {@code actual} is empty). */
    public record Difference(String page, Optional<String> expected, Optional<String> actual) {
        /** The page and, for a changed page, the text around the first character that differs on each side. */
        public String describe() {
            if (expected.isEmpty() || actual.isEmpty()) {
                return page + ": missing in the " + (expected.isEmpty() ? "first" : "second") + " site";
            }
            String a = expected.get();
            String b = actual.get();
            int at = 0;
            while (at < a.length() && at < b.length() && a.charAt(at) == b.charAt(at)) {
                at++;
            }
            return page + ": differs at character " + at + "\n    first:  …" + around(a, at) + "…\n    second: …" + around(b, at) + "…";
        }

        private static String around(String s, int at) {
            return s.substring(Math.max(0, at - 60), Math.min(s.length(), at + 60));
        }
    }

    /** What was compared and what differed. */
    public record Outcome(int compared, List<Difference> differences) {
        public boolean same() {
            return compared > 0 && differences.isEmpty();
        }
    }

    private MainTextComparison() {
    }

    public static void main(String[] args) {
        Outcome outcome = compare(Path.of(args[0]), Path.of(args[1]));
        System.out.println("compared the text of <main> of " + outcome.compared() + " pages (" + String.join(", ", PAGES)
                + "): " + outcome.differences().size() + " differ or are missing");
        outcome.differences().stream().limit(SHOWN).forEach(d -> System.out.println("  " + d.describe()));
        if (!outcome.same()) {
            System.exit(1);
        }
    }

    /** Compares every page of {@link #PAGES} found in either site; no page at all counts as a failure ({@link Outcome#same}). */
    public static Outcome compare(Path expectedSite, Path actualSite) {
        TreeSet<String> pages = new TreeSet<>(pages(expectedSite));
        pages.addAll(pages(actualSite));
        List<Difference> differences = pages.parallelStream()
                .map(page -> {
                    Optional<String> a = mainText(expectedSite.resolve(page));
                    Optional<String> b = mainText(actualSite.resolve(page));
                    return a.equals(b) ? null : new Difference(page, a, b);
                })
                .filter(java.util.Objects::nonNull)
                .toList(); // in the order of the sorted pages: the first differences are always the same ones
        return new Outcome(pages.size(), differences);
    }

    private static final List<PathMatcher> MATCHERS = PAGES.stream()
            .map(p -> FileSystems.getDefault().getPathMatcher("glob:" + p)).toList();

    /** Whether the page at {@code path} (site-relative, with {@code /}) is one of those compared. */
    static boolean compared(String path) {
        Path rel = Path.of(path);
        return !NOT_COMPARED.contains(path) && MATCHERS.stream().anyMatch(m -> m.matches(rel));
    }

    /** The pages of {@link #PAGES} in a site, as paths relative to it with {@code /}. */
    static List<String> pages(Path site) {
        if (!Files.isDirectory(site)) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        try (var files = Files.walk(site)) {
            files.filter(Files::isRegularFile).map(f -> site.relativize(f).toString().replace('\\', '/'))
                    .filter(MainTextComparison::compared).forEach(found::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** The text of the page's {@code <main>}, whitespace normalised; "(no <main>)" when it has none; empty when no file. */
    static Optional<String> mainText(Path page) {
        if (!Files.isRegularFile(page)) {
            return Optional.empty();
        }
        try {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            Element main = doc.selectFirst("main");
            return Optional.of(main == null ? "(no <main>)" : main.text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
