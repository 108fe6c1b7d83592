package vn.congkhai.render;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ArchivePagesTest {
    private static List<Integer> items(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    private static List<ArchivePages.Part<Integer>> split(int n) {
        return ArchivePages.split(items(n), "thong-bao/thang/2025-03", "Các trang thông báo tháng 3/2025");
    }

    @Test
    void fiftyAndFiftyOneFitOnOnePageAndItsPagerShowsNothing() {
        for (int n : List.of(0, 50, 51, 100)) {
            List<ArchivePages.Part<Integer>> parts = split(n);
            assertEquals(1, parts.size(), n + " items");
            assertEquals("thong-bao/thang/2025-03.html", parts.get(0).href());
            assertEquals(n, parts.get(0).items().size());
            assertEquals(1, parts.get(0).pager().pages().size(), "one number: layout.pager shows no pager");
            assertEquals("", parts.get(0).suffix());
        }
    }

    @Test
    void aHundredAndTwentyAreAHundredThenTwentyOldestFirst() {
        List<ArchivePages.Part<Integer>> parts = split(120);
        assertEquals(2, parts.size());
        assertEquals(items(100), parts.get(0).items());
        assertEquals(IntStream.range(100, 120).boxed().toList(), parts.get(1).items());
        assertEquals("thong-bao/thang/2025-03-trang-2.html", parts.get(1).href());
        assertEquals(" – trang 2", parts.get(1).suffix());
        assertEquals("thong-bao/thang/2025-03-trang-2.html", parts.get(0).pager().next());
        assertEquals("thong-bao/thang/2025-03.html", parts.get(1).pager().previous());
        assertEquals(List.of(false, true), parts.get(1).pager().pages().stream().map(Views.NavItem::current).toList());
    }

    @Test
    void oneMoreItemLeavesEveryPageButTheLastAlone() {
        List<ArchivePages.Part<Integer>> before = split(250);
        List<ArchivePages.Part<Integer>> after = split(251);
        assertEquals(before.get(0), after.get(0));
        assertEquals(before.get(1), after.get(1));
        assertEquals(51, after.get(2).items().size());
    }
}
