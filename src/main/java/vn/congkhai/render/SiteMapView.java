package vn.congkhai.render;

import vn.congkhai.render.Views.Link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The HTML site map (portal-rules A6): every page, grouped by the folder of its address, each group named
 * by its folder's index page. A group of hundreds of pages (one per ward on a national portal) shows its
 * index pages and its lists (archives by month or year: their first pages), and says how many others there are and
 * how to find them.
 */
public final class SiteMapView {
    static final int LISTED_PER_SECTION = 200;
    /** Not listed: the "not found" page, and archives' later pages (their first page's pager leads to them). */
    private static final Set<String> UNLISTED = Set.of("404", NoticePages.ARCHIVE_MORE);
    /** In a group too big to list, these lists are still listed beside its index pages: they lead to every other page. */
    private static final Set<String> LISTS = Set.of("notices", "notice-month", "quarter", "documents", "documents-year", "category-archive");

    /** One group of pages; {@code more} counts the pages not listed. */
    public record Section(String title, List<Link> links, int more) {
    }

    private SiteMapView() {
    }

    static List<Section> sections(List<PageSpec> pages) {
        Map<String, List<PageSpec>> byFolder = new LinkedHashMap<>();
        for (PageSpec p : pages) {
            if (!UNLISTED.contains(p.listing().kind())) {
                int slash = p.path().indexOf('/');
                byFolder.computeIfAbsent(slash < 0 ? "" : p.path().substring(0, slash), k -> new ArrayList<>()).add(p);
            }
        }
        List<Section> out = new ArrayList<>();
        byFolder.forEach((folder, inFolder) -> {
            String title = folder.isEmpty() ? "Trang chính" : inFolder.stream().filter(p -> p.path().equals(folder + "/index.html"))
                    .map(p -> p.listing().title()).findFirst().orElse(inFolder.get(0).listing().title());
            List<PageSpec> shown = inFolder.size() <= LISTED_PER_SECTION ? inFolder
                    : inFolder.stream().filter(p -> p.path().endsWith("/index.html") || LISTS.contains(p.listing().kind())).toList();
            out.add(new Section(title, shown.stream().map(p -> new Link(p.listing().title(), p.path(), "")).toList(),
                    inFolder.size() - shown.size()));
        });
        return out;
    }
}
