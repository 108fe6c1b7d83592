package vn.congkhai.render;

import vn.congkhai.render.Views.PagerView;

import java.util.ArrayList;
import java.util.List;

/**
 * Long lists cut so a phone never downloads thousands of rows, and so one new item rewrites few files. A list's
 * first page shows the {@link #FIRST_PAGE} newest items; everything stays reachable on archive pages that hold
 * their items oldest first, {@link #PER_PAGE} to a page. A new item, usually the newest, lands on the last page of
 * its own archive: the pages before it keep their bytes. Opening a new
 * page (item 101, 201, ...) changes only the archive's first page (its pager lists every page), the page before the
 * new one (it gains a "next" link) and the new one: see {@link Pager#growingView}.
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

        boolean last() {
            return number == count;
        }

        /**
         * The links to the archives before and after this one ({@code rel} "prev" and "next" in {@code note}) this page
         * shows: the first and last pages show both; a page between them only the one before, which exists already, so a
         * new month (or year) rewrites the first and last pages of the one before it, not all of its pages.
         */
        List<Views.Link> around(List<Views.Link> links) {
            return first() || last() ? links : links.stream().filter(l -> !"next".equals(l.note())).toList();
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
                    Pager.growingView(label, k, count, i -> href(base, i))));
        }
        return parts;
    }
}
