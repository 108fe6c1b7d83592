package vn.congkhai.render;

import java.util.Set;

/**
 * Which pages a sharded build splits among its shards, and which the merge renders itself. A shard renders
 * pages about one thing (a unit, a notice, a document, a criterion, a month of notices, a slice of a
 * leaderboard): there are tens of thousands of them and each depends only on the model, which every shard
 * computes in full. Pages that span the portal (home, lists' first pages, leaderboards' first pages, the site
 * map, search, open data, conformance) and the files made from every page are the merge's: there are few of
 * them, and they must be the same whatever the number of shards.
 */
public final class PageShares {
    /** Page kinds of one item each; a kind not named here is rendered by the merge. */
    private static final Set<String> PER_ITEM = Set.of("unit", "criterion", "rubric", "award", "post", "page",
            "notice", "notice-month", "quarter", NoticePages.ARCHIVE_MORE, "category", "category-archive",
            "document", "documents-year", "sheet", "kpi", "campaign");

    private PageShares() {
    }

    /** Whether a page is rendered by one of the shards (the shard its path falls in) rather than by the merge. */
    public static boolean perItem(PageSpec page) {
        String kind = page.listing().kind();
        if (kind.equals("leaderboard")) {
            // xep-hang/ID.html, the first page of a round, is the one every other page links to: the merge's;
            // xep-hang/ID/trang-K.html, filters and area pages are slices of it
            return page.path().indexOf('/') != page.path().lastIndexOf('/');
        }
        return PER_ITEM.contains(kind) && !page.path().equals(DocumentPages.COMBINED_SHEET);
    }
}
