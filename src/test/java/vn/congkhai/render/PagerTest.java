package vn.congkhai.render;

import org.junit.jupiter.api.Test;
import vn.congkhai.render.Views.NavItem;
import vn.congkhai.render.Views.PagerView;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PagerTest {
    private static String href(int k) {
        return k == 1 ? "x/index.html" : "x/trang-" + k + ".html";
    }

    private static List<String> labels(PagerView v) {
        return v.pages().stream().map(NavItem::label).toList();
    }

    @Test
    void countsPagesAtTheBoundaries() {
        assertEquals(1, Pager.count(0, 50));
        assertEquals(1, Pager.count(50, 50));
        assertEquals(2, Pager.count(51, 50));
        assertEquals(3, Pager.count(120, 50));
        assertThrows(IllegalArgumentException.class, () -> Pager.count(10, 0));
    }

    @Test
    void cutsTheItemsOfEachPage() {
        List<Integer> items = IntStream.rangeClosed(1, 120).boxed().toList();
        assertEquals(50, Pager.page(items, 50, 1).size());
        assertEquals(List.of(101, 102), Pager.page(items, 50, 3).subList(0, 2));
        assertEquals(20, Pager.page(items, 50, 3).size());
        assertEquals(List.of(), Pager.page(items, 50, 4));
    }

    @Test
    void fewPagesShowEveryNumberAndMarkTheCurrentOne() {
        PagerView v = Pager.view("Các trang", 2, 3, PagerTest::href);
        assertEquals(List.of("1", "2", "3"), labels(v));
        assertEquals(List.of(false, true, false), v.pages().stream().map(NavItem::current).toList());
        assertEquals("x/index.html", v.previous());
        assertEquals("x/trang-3.html", v.next());
        assertEquals("Trang 2/3", v.where());
    }

    @Test
    void manyPagesShowTheEndsAndTheNeighboursWithGaps() {
        PagerView v = Pager.view("Các trang", 10, 34, PagerTest::href);
        assertEquals(List.of("1", "…", "8", "9", "10", "11", "12", "…", "34"), labels(v));
        assertEquals("", v.pages().get(1).href());
        PagerView first = Pager.view("Các trang", 1, 34, PagerTest::href);
        assertEquals(List.of("1", "2", "3", "…", "34"), labels(first));
        assertEquals("", first.previous());
        assertEquals("", Pager.view("Các trang", 34, 34, PagerTest::href).next());
    }

    @Test
    void aGrowingArchivesLaterPagesNeverNameTheCountNorTheLastPage() {
        PagerView first = Pager.growingView("Các trang", 1, 34, PagerTest::href);
        assertEquals(Pager.view("Các trang", 1, 34, PagerTest::href), first, "the first page lists the pages, with the count");
        PagerView tenth = Pager.growingView("Các trang", 10, 34, PagerTest::href);
        assertEquals(List.of("1", "…", "8", "9", "10", "11"), labels(tenth));
        assertEquals("Trang 10", tenth.where());
        assertEquals("x/trang-9.html", tenth.previous());
        assertEquals("x/trang-11.html", tenth.next());
        // the same page of an archive one page longer, or a hundred: the same pager
        assertEquals(tenth, Pager.growingView("Các trang", 10, 35, PagerTest::href));
        assertEquals(tenth, Pager.growingView("Các trang", 10, 134, PagerTest::href));
        PagerView last = Pager.growingView("Các trang", 3, 3, PagerTest::href);
        assertEquals(List.of("1", "2", "3"), labels(last));
        assertEquals("", last.next());
        assertEquals(List.of(false, false, true), last.pages().stream().map(NavItem::current).toList());
        assertThrows(IllegalArgumentException.class, () -> Pager.growingView("x", 4, 3, PagerTest::href));
    }

    @Test
    void refusesAPageOutsideTheList() {
        assertThrows(IllegalArgumentException.class, () -> Pager.view("x", 0, 3, PagerTest::href));
        assertThrows(IllegalArgumentException.class, () -> Pager.view("x", 4, 3, PagerTest::href));
    }
}
