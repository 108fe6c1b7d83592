package vn.congkhai.check;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.congkhai.model.Rule;
import vn.congkhai.model.RuleKind;
import vn.congkhai.model.Say;
import vn.congkhai.model.SourceRef;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Rules about pages: a required page, and a group of pages under an index (the 14 disclosure categories). */
final class PageRules {
    private PageRules() {
    }

    /** {@code page}: exists, linked from the navigation, links to the hosts, has the headings. */
    static Finding page(Rule rule, BuiltPages site) {
        String path = rule.text("path");
        SourceRef source = source(path);
        if (!site.exists(path)) {
            return Finding.unmet(Say.of("Không có trang " + path + ".", "There is no page " + path + "."), source,
                    Say.of("Tạo trang " + source.file() + " (hoặc trang có địa chỉ " + path + ").",
                            "Create the page " + source.file() + " (or a page whose address is " + path + ")."))
                    .saying("Trang thông tin chưa có trang này.");
        }
        List<Say> missing = new ArrayList<>(); // the Vietnamese parts speak of the page, not its file: citizens read them too
        if (rule.yesNo("navigation", false) && !site.inNavigation(path)) {
            missing.add(Say.of("trình đơn chính chưa có liên kết tới trang", "the main menu does not link to the page yet"));
        }
        Optional<Document> doc = site.page(path);
        for (String host : rule.<String>list("linksTo")) {
            if (doc.isEmpty() || doc.get().select("a[href]").stream().noneMatch(a -> onHost(a.attr("href"), host))) {
                missing.add(Say.of("trang chưa liên kết tới " + host, "the page does not link to " + host + " yet"));
            }
        }
        for (String heading : rule.<String>list("headings")) {
            if (doc.isEmpty() || doc.get().select("h1, h2, h3, h4").stream().noneMatch(h -> contains(h.text(), heading))) {
                missing.add(Say.of("thiếu mục \"" + heading + "\"", "the section \"" + heading + "\" is missing"));
            }
        }
        if (!missing.isEmpty()) {
            Say gaps = Finding.joined(missing);
            return Finding.unmet(Say.of("Trang " + path + ": " + gaps.vi() + ".", "Page " + path + ": " + gaps.en() + "."), source,
                    Say.of("Bổ sung vào trang " + source.file() + ".", "Add them to the page " + source.file() + "."))
                    .saying("Trang đã có nhưng " + gaps.vi() + ".");
        }
        return Finding.met("Có trang " + path + describe(rule) + ".");
    }

    /** {@code pages}: the index exists (in the navigation if asked) and links to every item's page, which exists. */
    static Finding pages(Rule rule, BuiltPages site) {
        String index = rule.text("index");
        List<RuleKind.PageRef> pages = rule.list("pages");
        List<Say> problems = new ArrayList<>();
        if (!index.isEmpty()) {
            if (!site.exists(index)) {
                problems.add(Say.of("không có trang mục lục " + index, "there is no index page " + index));
            } else if (rule.yesNo("navigation", false) && !site.inNavigation(index)) {
                problems.add(Say.of("trình đơn chính chưa có liên kết tới " + index, "the main menu does not link to " + index + " yet"));
            }
        }
        var linked = index.isEmpty() ? java.util.Set.<String>of() : site.linksFrom(index, "body");
        List<String> absent = new ArrayList<>();
        List<String> absentTitles = new ArrayList<>();
        for (RuleKind.PageRef p : pages) {
            if (!site.exists(p.path())) {
                absent.add(p.path() + " (" + p.title() + ")");
                absentTitles.add(p.title());
            } else if (!index.isEmpty() && site.exists(index) && !linked.contains(p.path())) {
                problems.add(Say.of(index + " chưa liên kết tới " + p.path(), index + " does not link to " + p.path() + " yet"));
            }
        }
        if (!absent.isEmpty()) {
            problems.add(absent.size() == pages.size()
                    ? Say.of("chưa có trang nào trong " + pages.size() + " trang", "none of the " + pages.size() + " pages exists yet")
                    : Say.of("thiếu " + absent.size() + "/" + pages.size() + " trang: " + String.join(", ", absent),
                            absent.size() + "/" + pages.size() + " pages are missing: " + String.join(", ", absent)));
        }
        if (!problems.isEmpty()) {
            Say all = Finding.joined(problems);
            return Finding.unmet(Say.of(capitalise(all.vi()) + ".", capitalise(all.en()) + "."),
                    Say.of("Tạo các trang còn thiếu và liên kết chúng từ " + index + ".",
                            "Create the missing pages and link them from " + index + "."))
                    .saying(absent.isEmpty() ? "Trang mục lục chưa liên kết đủ tới các trang của mục này."
                            : "Còn thiếu " + absent.size() + "/" + pages.size() + " trang: " + String.join("; ", absentTitles) + ".");
        }
        return Finding.met("Có đủ " + pages.size() + " trang" + (index.isEmpty() ? "" : ", liên kết từ " + index) + ".");
    }

    private static String describe(Rule rule) {
        List<String> parts = new ArrayList<>();
        if (rule.yesNo("navigation", false)) {
            parts.add("có trong trình đơn chính");
        }
        rule.<String>list("linksTo").forEach(h -> parts.add("liên kết tới " + h));
        if (!rule.<String>list("headings").isEmpty()) {
            parts.add("có đủ các mục " + String.join(", ", rule.<String>list("headings")));
        }
        return parts.isEmpty() ? "" : ", " + String.join(", ", parts);
    }

    /** Where an editor writes the page: the AsciiDoc file of the same name. */
    static SourceRef source(String path) {
        return SourceRef.file(path.endsWith(".html") ? "content/" + path.substring(0, path.length() - 5) + ".adoc" : path);
    }

    /** Host {@code host} itself or one of its subdomains (the province's own service portal, for instance). */
    static boolean onHost(String href, String host) {
        try {
            URI uri = URI.create(href.strip());
            String h = uri.getHost();
            return h != null && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    && (h.equalsIgnoreCase(host) || h.toLowerCase(Locale.ROOT).endsWith("." + host.toLowerCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static boolean contains(String text, String part) {
        return text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The text of the first element matching {@code selector}, or empty. */
    static String textOf(Document doc, String selector) {
        Element e = doc.selectFirst(selector);
        return e == null ? "" : e.text();
    }
}
