package vn.congkhai.render;

import vn.congkhai.render.Views.PagerView;

import java.util.ArrayList;
import java.util.List;

/**
 * Long lists cut so a phone never downloads thousands of rows, and so one new item rewrites few files. A list's
 * first page shows the {@link #FIRST_PAGE} newest items; everything stays reachable on archive pages that hold
 * their items oldest first, {@link #PER_PAGE} to a page. A new item, usually the newest, lands on the last page of
 * its own archive: the pages before it keep their bytes (only opening a new page changes the archive's pager).
 */
final class ArchivePages {
    /** How many of the newest items a list's first page shows before it points to the archives. */
    static final int FIRST_PAGE = 50;
    /** Items on one archive page. */
    static final int PER_PAGE = 100;

    private ArchivePages() {
    }

    /** Page {@code k} of the archive at {@code base}: {@code base.html}, then {@code base-trang-2.html}, ... */
    static String href(String base, int k) {
        return k == 1 ? base + ".html" : base + "-trang-" + k + ".html";
    }

    /** One page of an archive: its number (from 1), address, items and pager ({@code label} names it for screen readers). */
    record Part<T>(int number, int count, String href, List<T> items, PagerView pager) {
        boolean first() {
            return number == 1;
        }

        /** " – trang 2" after the archive's title on its later pages, nothing on its first. */
        String suffix() {
            return number == 1 ? "" : " – trang " + number;
        }
    }

    /** {@code oldestFirst} cut into pages at {@code base}; an empty list still has its (empty) first page. */
    static <T> List<Part<T>> split(List<T> oldestFirst, String base, String label) {
        int count = Pager.count(oldestFirst.size(), PER_PAGE);
        List<Part<T>> parts = new ArrayList<>(count);
        for (int k = 1; k <= count; k++) {
            parts.add(new Part<>(k, count, href(base, k), Pager.page(oldestFirst, PER_PAGE, k),
                    Pager.view(label, k, count, i -> href(base, i))));
        }
        return parts;
    }
}
