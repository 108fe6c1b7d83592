package vn.congkhai.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.Loaded;
import vn.congkhai.MiniWard;
import vn.congkhai.Problems;
import vn.congkhai.TestProjects;
import vn.congkhai.compute.ResultsCalculator;
import vn.congkhai.model.Results;
import vn.congkhai.render.Views.BoardView;
import vn.congkhai.render.Views.RowView;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A big round's leaderboard is cut into pages of 100 ranks, one page per area and capped filters (issue 13), while a
 * round of at most 100 units keeps its one page. Worked out by the real compute stage over the mini ward's rubric
 * (a 10, c 10 checklist, g.1 5 incidents, g.2 5 bonus) with {@code n} generated units.
 */
class BoardPagesTest {
    @TempDir
    Path dir;

    /**
     * {@code n} units; unit i scores {@code a = i % 11}, so totals repeat and ties abound; every 7th unit has no score
     * for a (not ranked); unit i is in "Khu vực (i % 3 + 1)" when {@code areas}; units i % 5 == 0 rose since last round.
     */
    private Map<String, PageSpec> pages(int n, boolean areas) {
        return pages(n, areas, "xep-hang/vong-2");
    }

    private Map<String, PageSpec> pages(int n, boolean areas, String under) {
        MiniWard.write(dir);
        StringBuilder units = new StringBuilder("units:\n");
        StringBuilder now = new StringBuilder("title: Vòng hai\nround: Năm 2025\ncontest: thu\nrubric: r\nunits:\n");
        StringBuilder before = new StringBuilder("title: Vòng một\nround: Năm 2024\ncontest: thu\nrubric: r\nunits:\n");
        for (int i = 0; i < n; i++) {
            units.append("  - id: u-").append(i).append("\n    name: Phường Số ").append(i).append('\n');
            if (areas) {
                units.append("    area: Khu vực ").append(i % 3 + 1).append('\n');
            }
            String a = i % 7 == 6 ? "" : String.valueOf(i % 11);
            now.append("  - unit: u-").append(i).append("\n    criteria: {\"a\": ").append(a)
                    .append(", \"c\": {missing: []}, \"g.1\": {incidents: 0}, \"g.2\": 5}\n");
            before.append("  - unit: u-").append(i).append("\n    criteria: {\"a\": ").append(i % 5 == 0 ? 0 : 10)
                    .append(", \"c\": {missing: []}, \"g.1\": {incidents: 0}, \"g.2\": 5}\n");
        }
        TestProjects.write(dir, "data/units.yaml", units.toString());
        TestProjects.write(dir, "data/scores/vong-1.yaml", before.toString());
        TestProjects.write(dir, "data/scores/vong-2.yaml", now.toString());
        Problems problems = new Problems();
        Results r = new ResultsCalculator().compute(Loaded.project(dir, problems));
        assertFalse(problems.hasErrors(), problems.sorted()::toString);
        List<PageSpec> planned = new PagePlanner(r, LocalDate.of(2025, 6, 1), false, "test",
                new Views.AssetsView("a.css", "a.js", "1", "s.js")).planData();
        return planned.stream().filter(p -> p.path().startsWith(under))
                .collect(Collectors.toMap(PageSpec::path, p -> p, (x, y) -> x, java.util.TreeMap::new));
    }

    private static BoardView board(PageSpec p) {
        return (BoardView) p.model().get().get("board");
    }

    @Test
    void aHundredUnitsStayOnOnePageWithUncappedFiltersAndNoPager() {
        Map<String, PageSpec> pages = pages(100, false);
        assertEquals(List.of("xep-hang/vong-2.html", "xep-hang/vong-2/chua-xep-hang.html", "xep-hang/vong-2/giam-hang.html",
                "xep-hang/vong-2/tang-hang.html"), List.copyOf(pages.keySet()));
        BoardView all = board(pages.get("xep-hang/vong-2.html"));
        assertEquals(100, all.rows().size());
        assertNull(all.parts().pager());
        assertTrue(all.parts().areas().isEmpty());
        BoardView down = board(pages.get("xep-hang/vong-2/giam-hang.html"));
        assertTrue(down.rows().size() > BoardSlices.FILTER_ROWS, "a small ward's filter is not capped: " + down.rows().size());
        assertEquals(0, down.parts().hidden());
        assertEquals("", down.parts().hiddenWords());
    }

    @Test
    void aHundredAndOneUnitsMakeTwoPagesTheSecondWithTheLastRow() {
        Map<String, PageSpec> pages = pages(101, false);
        assertTrue(pages.containsKey("xep-hang/vong-2/trang-2.html"));
        assertFalse(pages.containsKey("xep-hang/vong-2/trang-3.html"));
        BoardView first = board(pages.get("xep-hang/vong-2.html"));
        BoardView second = board(pages.get("xep-hang/vong-2/trang-2.html"));
        assertEquals(100, first.rows().size());
        assertEquals(1, second.rows().size());
        assertEquals("Trang 1/2", first.parts().pager().where());
        assertEquals("xep-hang/vong-2/trang-2.html", first.parts().pager().next());
        assertEquals("", first.parts().pager().previous());
        assertEquals("xep-hang/vong-2.html", second.parts().pager().previous());
        assertEquals(List.of("1", "2"), second.parts().pager().pages().stream().map(Views.NavItem::label).toList());
        assertTrue(second.parts().pager().pages().get(1).current());
        assertEquals("Vòng hai – trang 2", pages.get("xep-hang/vong-2/trang-2.html").listing().title());
    }

    @Test
    void twoHundredFiftyUnitsMakeThreePagesInRankOrderAndFiltersShowFiftyAndSayHowManyMore() {
        Map<String, PageSpec> pages = pages(250, false);
        List<RowView> rows = new java.util.ArrayList<>();
        for (String path : List.of("xep-hang/vong-2.html", "xep-hang/vong-2/trang-2.html", "xep-hang/vong-2/trang-3.html")) {
            rows.addAll(board(pages.get(path)).rows());
        }
        assertEquals(List.of(100, 100, 50), List.of(board(pages.get("xep-hang/vong-2.html")).rows().size(),
                board(pages.get("xep-hang/vong-2/trang-2.html")).rows().size(), board(pages.get("xep-hang/vong-2/trang-3.html")).rows().size()));
        assertEquals(250, rows.stream().map(RowView::unitHref).distinct().count(), "every unit on exactly one page");
        assertEquals("—", rows.get(rows.size() - 1).rank(), "units not ranked come last");
        BoardView down = board(pages.get("xep-hang/vong-2/giam-hang.html"));
        assertEquals(BoardSlices.FILTER_ROWS, down.rows().size());
        assertTrue(down.parts().hidden() > 0);
        assertEquals("Trang này chỉ hiện 50 đơn vị đứng đầu; còn " + down.parts().hidden() + " đơn vị nữa (giảm hạng): xem cột ± ở "
                + "bảng xếp hạng đầy đủ.", down.parts().hiddenWords());
        BoardView unranked = board(pages.get("xep-hang/vong-2/chua-xep-hang.html"));
        assertEquals(35, unranked.rows().size() + unranked.parts().hidden(), "every 7th of 250 is not ranked");
        assertEquals(0, unranked.parts().hidden(), "fewer than 50: nothing left out, no sentence");
    }

    @Test
    void areaPagesListTheirUnitsWithTheirRankInTheAreaBesideTheOverallRank() {
        Map<String, PageSpec> pages = pages(150, true);
        BoardView first = board(pages.get("xep-hang/vong-2.html"));
        assertEquals(List.of("Khu vực 1", "Khu vực 2", "Khu vực 3"), first.parts().areas().stream().map(Views.NavItem::label).toList());
        assertEquals("xep-hang/vong-2/khu-vuc-1.html", first.parts().areas().get(0).href());
        BoardView area = board(pages.get("xep-hang/vong-2/khu-vuc-2.html"));
        assertEquals("Khu vực 2", area.parts().area());
        assertNull(area.parts().pager());
        assertEquals(50, area.rows().size());
        assertTrue(area.parts().areas().get(1).current());
        // the area's ranks follow the overall ranks: equal overall ranks share an area rank, the next skips
        int seen = 0;
        String lastOverall = "";
        String lastArea = "";
        for (RowView r : area.rows()) {
            assertTrue(r.unitName().matches("Phường Số \\d+") && Integer.parseInt(r.unitName().substring(10)) % 3 == 1, r.unitName());
            if (r.rank().equals("—")) {
                assertEquals("—", r.areaRank());
                continue;
            }
            seen++;
            String expected = r.rank().equals(lastOverall) ? lastArea : String.valueOf(seen);
            assertEquals(expected, r.areaRank(), r.unitName());
            lastOverall = r.rank();
            lastArea = r.areaRank();
        }
        assertEquals("1", area.rows().get(0).areaRank());
        assertTrue(area.rows().stream().map(RowView::areaRank).distinct().count() < seen, "ties share an area rank");
    }

    /**
     * An area's page shows how each unit moved in the area's ranks, not in the overall ones: a score changed in
     * another area moves overall ranks everywhere, and would rewrite every area's page.
     */
    @Test
    void areaPagesShowTheMoveInTheAreasRanksSinceTheRoundBefore() {
        Map<String, PageSpec> pages = pages(150, true, "xep-hang/vong-");
        BoardView now = board(pages.get("xep-hang/vong-2/khu-vuc-2.html"));
        Map<String, String> before = board(pages.get("xep-hang/vong-1/khu-vuc-2.html")).rows().stream()
                .collect(Collectors.toMap(RowView::unitName, RowView::areaRank));
        Map<String, String> overall = board(pages.get("xep-hang/vong-2.html")).rows().stream()
                .collect(Collectors.toMap(RowView::unitName, RowView::movement));
        boolean differs = false;
        for (RowView r : now.rows()) {
            if (r.areaRank().equals("—")) {
                assertEquals("", r.movement(), "no rank, no move");
                continue;
            }
            String expected = vn.congkhai.model.Movement.between(Integer.parseInt(before.get(r.unitName())),
                    Integer.parseInt(r.areaRank())).symbol();
            assertEquals(expected, r.movement(), r.unitName());
            differs |= overall.containsKey(r.unitName()) && !overall.get(r.unitName()).equals(r.movement());
        }
        assertTrue(differs, "the moves in the area are not the overall ones");
        assertTrue(board(pages.get("xep-hang/vong-1/khu-vuc-2.html")).rows().stream().allMatch(r -> r.movement().isEmpty()),
                "the first round has no round before it");
    }
}
