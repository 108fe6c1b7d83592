package vn.congkhai.render;

import vn.congkhai.render.Views.NavItem;
import vn.congkhai.render.Views.PagerView;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Splits a long list over numbered pages and says how to move between them. A phone should never download a
 * list of thousands of rows: leaderboards, notices, documents and categories are cut into pages of a few dozen
 * rows, each page a static file. Pages are numbered from 1; {@code href.apply(k)} is page k's site-relative address.
 */
public final class Pager {
    /** Past this many pages the pager shows the first, the last and the current one's neighbours, not every number. */
    static final int ALL_NUMBERS_UP_TO = 9;

    private Pager() {
    }

    /** The items of page {@code k} (1-based) of pages of {@code perPage} items each. */
    public static <T> List<T> page(List<T> items, int perPage, int k) {
        int from = Math.min(items.size(), (k - 1) * perPage);
        return items.subList(from, Math.min(items.size(), from + perPage));
    }

    /** How many pages of {@code perPage} items {@code total} items fill: at least one, so an empty list still has its page. */
    public static int count(int total, int perPage) {
        if (perPage <= 0) {
            throw new IllegalArgumentException("perPage must be positive: " + perPage);
        }
        return Math.max(1, (total + perPage - 1) / perPage);
    }

    /**
     * The pager of page {@code current} of {@code count}: {@code label} names the list for a screen reader
     * ("Các trang của bảng xếp hạng"). A gap in the numbers is a {@link NavItem} with an empty address.
     */
    public static PagerView view(String label, int current, int count, IntFunction<String> href) {
        if (current < 1 || current > count) {
            throw new IllegalArgumentException("page " + current + " of " + count);
        }
        List<NavItem> numbers = new ArrayList<>();
        int last = 0;
        for (int k = 1; k <= count; k++) {
            boolean shown = count <= ALL_NUMBERS_UP_TO || k == 1 || k == count || Math.abs(k - current) <= 2;
            if (!shown) {
                continue;
            }
            if (k > last + 1) {
                numbers.add(new NavItem("…", "", false));
            }
            numbers.add(new NavItem(String.valueOf(k), href.apply(k), k == current));
            last = k;
        }
        return new PagerView(label, numbers, current > 1 ? href.apply(current - 1) : "",
                current < count ? href.apply(current + 1) : "", "Trang " + current + "/" + count);
    }

    /**
     * The pager of an archive that grows at its end (oldest first: a new item lands on the last page). Its first page,
     * the archive's address, says how many pages there are and links them as {@link #view} does. A later page k says
     * only "Trang k" and links the first page, its neighbours before it and the page after it, if any: never the
     * count nor the last page. So a new page (item 101, 201, ...) rewrites the first page, the page before the new one
     * and the new one; every other page keeps its bytes, and an S3 publish uploads (and a CDN purges) nothing for them.
     */
    public static PagerView growingView(String label, int current, int count, IntFunction<String> href) {
        if (current == 1) {
            return view(label, current, count, href);
        }
        if (current < 1 || current > count) {
            throw new IllegalArgumentException("page " + current + " of " + count);
        }
        List<NavItem> numbers = new ArrayList<>();
        numbers.add(new NavItem("1", href.apply(1), false));
        int from = Math.max(2, current - 2);
        if (from > 2) {
            numbers.add(new NavItem("…", "", false));
        }
        for (int k = from; k <= Math.min(count, current + 1); k++) {
            numbers.add(new NavItem(String.valueOf(k), href.apply(k), k == current));
        }
        return new PagerView(label, numbers, href.apply(current - 1), current < count ? href.apply(current + 1) : "", "Trang " + current);
    }
}
