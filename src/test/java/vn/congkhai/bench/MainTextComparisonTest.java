package vn.congkhai.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison of bench/vs-hugo: it must pass on the same text and fail on any changed word or missing page. */
class MainTextComparisonTest {
    @TempDir
    Path dir;

    private static final String UNIT = "<main><h1>Xã Số 1</h1><p>Hạng <strong>3</strong>/20 <span class=\"muted\">đơn vị</span></p></main>";
    private static final String BOARD = "<main><table><tr><td>1</td><th><a href=\"../don-vi/xa-1.html\">Xã Số 1</a></th></tr></table></main>";

    private Path site(String name, String unit, String board) throws IOException {
        Path site = dir.resolve(name);
        write(site.resolve("don-vi/xa-1.html"), page(unit));
        write(site.resolve("xep-hang/vong-1.html"), page(board));
        write(site.resolve("xep-hang/vong-1/tang-hang.html"), page(board));
        write(site.resolve("tieu-chi/bo/5.1.html"), page("<main><h1>Tiêu chí 5.1</h1></main>"));
        return site;
    }

    private static String page(String main) {
        return "<!DOCTYPE html><html lang=\"vi\"><head><title>t</title></head><body><header>menu</header>" + main
                + "<footer>chân trang</footer></body></html>";
    }

    private static void write(Path file, String html) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, html, StandardCharsets.UTF_8);
    }

    @Test
    void theSameTextPassesWhateverTheMarkupAroundAndTheWhitespace() throws IOException {
        Path congkhai = site("congkhai", UNIT, BOARD);
        Path hugo = site("hugo", UNIT.replace("<h1>", "\n  <h1 class=\"x\">").replace("</p>", "\n</p>\n\n"), BOARD);
        Files.writeString(hugo.resolve("don-vi/xa-1.html"), Files.readString(hugo.resolve("don-vi/xa-1.html"))
                .replace("<header>menu</header>", "<header>another menu</header>").replace("chân trang", "Hugo"));
        MainTextComparison.Outcome outcome = MainTextComparison.compare(congkhai, hugo);
        assertEquals(4, outcome.compared(), "every unit, leaderboard, filtered leaderboard and criterion page");
        assertTrue(outcome.same(), outcome.differences().toString());
    }

    @Test
    void oneChangedWordFailsAndIsShown() throws IOException {
        MainTextComparison.Outcome outcome = MainTextComparison.compare(site("congkhai", UNIT, BOARD),
                site("hugo", UNIT, BOARD.replace("Xã Số 1", "Xã Số 7")));
        assertFalse(outcome.same());
        assertEquals(List.of("xep-hang/vong-1.html", "xep-hang/vong-1/tang-hang.html"),
                outcome.differences().stream().map(MainTextComparison.Difference::page).toList());
        String shown = outcome.differences().get(0).describe();
        assertTrue(shown.contains("Xã Số 1") && shown.contains("Xã Số 7"), shown);
    }

    @Test
    void aMissingSpaceBetweenWordsFails() throws IOException {
        MainTextComparison.Outcome outcome = MainTextComparison.compare(site("congkhai", UNIT, BOARD),
                site("hugo", UNIT.replace("</strong>/20 <span", "</strong>/20<span"), BOARD));
        assertFalse(outcome.same());
    }

    @Test
    void aPageMissingOnEitherSideFails() throws IOException {
        Path congkhai = site("congkhai", UNIT, BOARD);
        Path hugo = site("hugo", UNIT, BOARD);
        Files.delete(hugo.resolve("tieu-chi/bo/5.1.html"));
        write(congkhai.resolve("xep-hang/vong-1/trang-2.html"), page(BOARD)); // a page kind only one side builds
        MainTextComparison.Outcome outcome = MainTextComparison.compare(congkhai, hugo);
        assertFalse(outcome.same());
        assertEquals(List.of("tieu-chi/bo/5.1.html", "xep-hang/vong-1/trang-2.html"),
                outcome.differences().stream().map(MainTextComparison.Difference::page).toList());
        assertTrue(outcome.differences().get(0).describe().contains("missing in the second site"));

        MainTextComparison.Outcome reversed = MainTextComparison.compare(hugo, congkhai);
        assertTrue(reversed.differences().get(0).describe().contains("missing in the first site"));
    }

    @Test
    void aPageWithoutMainFailsAndOtherPagesAreNotCompared() throws IOException {
        Path congkhai = site("congkhai", UNIT, BOARD);
        Path hugo = site("hugo", UNIT, BOARD);
        write(congkhai.resolve("index.html"), page("<main>trang chủ</main>")); // not a compared page kind
        write(congkhai.resolve("xep-hang/index.html"), page("<main>các vòng</main>"));
        assertTrue(MainTextComparison.compare(congkhai, hugo).same());
        write(hugo.resolve("don-vi/xa-1.html"), "<html><body>" + UNIT.replace("main", "div") + "</body></html>");
        assertFalse(MainTextComparison.compare(congkhai, hugo).same());
    }

    @Test
    void nothingToCompareIsNotASuccess() {
        MainTextComparison.Outcome outcome = MainTextComparison.compare(dir.resolve("none"), dir.resolve("neither"));
        assertEquals(0, outcome.compared());
        assertFalse(outcome.same());
    }
}
