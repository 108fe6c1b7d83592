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

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Minh họa" once per list (issue 12's phone review): one sentence above a list whose items are all illustrative,
 * the tag on the illustrative items only when the list mixes them, nothing when none is; on a leaderboard, nothing
 * more when the page's illustrative banner already says it.
 */
class IllustrativeNoteTest {
    @TempDir
    Path dir;

    @Test
    void everyItemIllustrativeIsSaidOnceAboveTheListWithoutTags() {
        IllustrativeNote n = IllustrativeNote.notices(List.of(true, true, true));
        assertEquals("Các thông báo dưới đây là nội dung minh họa, không phải thông báo chính thức.", n.note());
        assertFalse(n.tagEach());
    }

    @Test
    void aMixedListTagsTheIllustrativeItemsAndSaysWhatTheTagMeans() {
        IllustrativeNote n = IllustrativeNote.notices(List.of(false, true, false));
        assertEquals("Thông báo có nhãn này là nội dung minh họa, không phải thông báo chính thức.", n.note());
        assertTrue(n.tagEach());
    }

    @Test
    void aListWithNothingIllustrativeSaysNothing() {
        assertEquals(IllustrativeNote.NOTHING, IllustrativeNote.campaigns(List.of(false, false)));
        assertEquals(IllustrativeNote.NOTHING, IllustrativeNote.kpiBoards(List.of()), "an empty list");
    }

    @Test
    void onALeaderboardTheBannerIsTheOneNoticeWhenEveryRowIsIllustrative() {
        assertEquals(IllustrativeNote.NOTHING, IllustrativeNote.board(List.of(true, true), true));
        assertEquals("Điểm của các đơn vị trong bảng là số liệu minh họa, không phải kết quả chấm chính thức.",
                IllustrativeNote.board(List.of(true, true), false).note(), "without the banner the table says it");
        IllustrativeNote mixed = IllustrativeNote.board(List.of(true, false), true);
        assertTrue(mixed.tagEach(), "the banner cannot say which rows are illustrative");
        assertEquals("Đơn vị có nhãn này: điểm là số liệu minh họa, không phải kết quả chấm chính thức.", mixed.note());
    }

    /** The planner gives the board of the mini ward, whose first unit only is illustrative, the mixed note. */
    @Test
    void thePlannedLeaderboardTagsOnlyItsIllustrativeUnits() {
        MiniWard.write(dir);
        TestProjects.write(dir, "data/units.yaml", MiniWard.UNITS.replace("    name: Phường An\n",
                "    name: Phường An\n    illustrative: true\n"));
        TestProjects.write(dir, "data/site.yaml", MiniWard.SITE + "illustrativeNotice: Điểm minh họa.\n");
        Problems problems = new Problems();
        Results r = new ResultsCalculator().compute(Loaded.project(dir, problems));
        assertFalse(problems.hasErrors(), problems.sorted()::toString);
        for (boolean banner : List.of(true, false)) {
            BoardView board = new PagePlanner(r, LocalDate.of(2025, 6, 1), banner, "test",
                    new Views.AssetsView("a.css", "a.js", "1", "s.js")).planData().stream()
                    .filter(p -> p.path().equals("xep-hang/vong-1.html")).findFirst()
                    .map(p -> (BoardView) p.model().get().get("board")).orElseThrow();
            assertTrue(board.illustrative().tagEach(), "banner " + banner);
            assertEquals(List.of("Phường An"), board.rows().stream().filter(row -> row.illustrative()).map(Views.RowView::unitName).toList());
        }
    }

    /** Built through the real templates: the illustrative row alone is tagged, and the sentence above the table says why. */
    @Test
    void theRenderedBoardTagsOnlyTheIllustrativeRowAndExplainsTheTagOnce() throws java.io.IOException {
        MiniWard.write(dir);
        TestProjects.write(dir, "data/units.yaml", MiniWard.UNITS.replace("    name: Phường An\n",
                "    name: Phường An\n    illustrative: true\n"));
        vn.congkhai.BuildResult r = vn.congkhai.Portal.build(vn.congkhai.BuildConfig.of(dir).withBuildDate(LocalDate.of(2025, 6, 1)));
        assertTrue(r.published(), r::toString);
        org.jsoup.nodes.Document board = org.jsoup.Jsoup.parse(r.output().resolve("xep-hang/vong-1.html").toFile(), "UTF-8");
        assertEquals(List.of("Phường An"), board.select("table.leaderboard tbody th:has(.tag-illustrative) a").eachText());
        assertEquals(List.of("minh họa Đơn vị có nhãn này: điểm là số liệu minh họa, không phải kết quả chấm chính thức."),
                board.select("main .illustrative-note").eachText());
    }
}
