package vn.congkhai.preview;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.BuildConfig;
import vn.congkhai.MiniWard;
import vn.congkhai.model.Lang;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview's log names changed files: a file name is data, and cannot add a line to the log. */
class PreviewLogTest {
    @TempDir
    Path dir;
    private final List<String> log = new CopyOnWriteArrayList<>();

    @Test
    void aFileNameWithALineFeedIsLoggedEscapedOnOneLine() throws Exception {
        MiniWard.write(dir);
        try (Preview preview = Preview.start(BuildConfig.of(dir).withBuildDate(LocalDate.of(2024, 11, 22)), 0, Lang.VI, log::add)) {
            long before = preview.version();
            Files.writeString(dir.resolve("data/ghi-chu\nlỗi: giả mạo\u001B[2K.txt"), "x");
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (preview.version() == before && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(preview.version() > before, "no rebuild within a minute; log: " + log);
            assertTrue(log.stream().noneMatch(l -> l.contains("\n") || l.contains("\u001B")), log::toString);
            assertTrue(log.stream().anyMatch(l -> l.contains("ghi-chu\\nlỗi: giả mạo\\u001B[2K.txt")), log::toString);
        }
    }
}
