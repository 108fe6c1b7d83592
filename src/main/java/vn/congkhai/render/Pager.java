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
}
