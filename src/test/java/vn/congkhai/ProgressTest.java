package vn.congkhai;

import org.junit.jupiter.api.Test;
import vn.congkhai.model.Lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Progress lines: which appear and what they say, under a clock the test moves (no waiting, no timing). */
class ProgressTest {
    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(1_000 * SECOND);
    private final List<String> lines = new ArrayList<>();

    @Test
    void aShortBuildPrintsNothing() {
        Progress p = new Progress(Lang.VI, now::get, lines::add);
        p.planned(93);
        for (int i = 0; i < 93; i++) {
            p.pageDone();
        }
        now.addAndGet(SECOND + SECOND / 2);
        assertEquals(Optional.empty(), p.tick());
        assertEquals(List.of(), lines);
        assertFalse(p.printed());
    }

    @Test
    void aLongBuildPrintsPagesDoneRateAndTimeLeftEveryFewSeconds() {
        Progress p = new Progress(Lang.VI, now::get, lines::add);
        now.addAndGet(SECOND); // reading the data
        p.planned(12_000);
        done(p, 1_000);
        now.addAndGet(SECOND + SECOND / 2); // 2.5 s in, 1.5 s of rendering
        done(p, 500);
        assertEquals(Optional.of("Đang dựng trang: 1500/12000 (12%), 1000 trang/giây, còn khoảng 11 giây"), p.tick());
        now.addAndGet(SECOND);
        assertEquals(Optional.empty(), p.tick(), "one line every few seconds, not at every tick");
        now.addAndGet(2 * SECOND); // 4.5 s of rendering
        done(p, 3_000);
        assertEquals(Optional.of("Đang dựng trang: 4500/12000 (37%), 1000 trang/giây, còn khoảng 8 giây"), p.tick());
        assertEquals(2, lines.size());
        assertTrue(p.printed());
    }

    @Test
    void englishLinesAndNothingBeforeRenderingStarts() {
        Progress p = new Progress(Lang.EN, now::get, lines::add);
        now.addAndGet(5 * SECOND);
        assertEquals(Optional.empty(), p.tick(), "no page planned yet: nothing to count");
        p.planned(200);
        assertEquals(Optional.of("Rendering pages: 0/200 (0%), starting"), p.tick());
        now.addAndGet(4 * SECOND);
        done(p, 100);
        assertEquals(Optional.of("Rendering pages: 100/200 (50%), 25 pages/s, about 4 s left"), p.tick());
    }

    @Test
    void moreDonePagesThanPlannedNeverShowsMoreThanAll() {
        Progress p = new Progress(Lang.EN, now::get, lines::add);
        p.planned(10);
        done(p, 12);
        now.addAndGet(3 * SECOND);
        assertEquals(Optional.of("Rendering pages: 10/10 (100%), 3 pages/s, about 0 s left"), p.tick());
    }

    @Test
    void aBuildCountsEveryPageItRendersOrKeeps(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        MiniWard.write(dir);
        BuildConfig config = BuildConfig.of(dir).withBuildDate(java.time.LocalDate.of(2024, 11, 22));
        for (String build : List.of("cold", "nothing changed, built in full: every page kept")) {
            Progress p = new Progress(Lang.EN, now::get, lines::add);
            // forced: a build with nothing changed otherwise builds nothing (UpToDate), and has no pages to count
            BuildResult result = Portal.build(build.equals("cold") ? config : config.forced(), p);
            assertTrue(result.published(), build);
            now.addAndGet(10 * SECOND);
            String all = result.pages() + "/" + result.pages() + " (100%)";
            assertTrue(p.tick().orElseThrow().startsWith("Rendering pages: " + all), build + ": " + lines);
        }
    }

    private static void done(Progress p, int pages) {
        for (int i = 0; i < pages; i++) {
            p.pageDone();
        }
    }
}
