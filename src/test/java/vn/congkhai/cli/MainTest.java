package vn.congkhai.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.MiniWard;
import vn.congkhai.TestProjects;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line: its switches, and the messages in the language asked for. */
class MainTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void problemsAreInEnglishOnRequestAndInVietnameseByDefault() {
        MiniWard.write(dir);
        TestProjects.write(dir, "data/units.yaml", MiniWard.UNITS.replace("name: Phường An", "ten: Phường An"));
        assertEquals(1, run("build", "--project", dir.toString(), "--date", "2024-11-22", "--lang", "en"));
        String english = err.toString(StandardCharsets.UTF_8);
        assertTrue(english.contains("data/units.yaml:3:5: error: [units[0].ten] The field `ten` is not allowed here. How to fix: "
                + "Valid fields: area, description, id, illustrative, name."), english);
        assertTrue(english.contains("In all: 2 errors, 0 warnings."), english);
        assertTrue(english.contains("Nothing published"), english);

        err.reset();
        assertEquals(1, run("build", "--project", dir.toString(), "--date", "2024-11-22"));
        String vietnamese = err.toString(StandardCharsets.UTF_8);
        assertTrue(vietnamese.contains("data/units.yaml:3:5: lỗi: [units[0].ten] Trường `ten` không được dùng ở đây. Cách sửa: "), vietnamese);
        assertTrue(vietnamese.contains("Tổng cộng: 2 lỗi, 0 cảnh báo."), vietnamese);
    }

    @Test
    void badSwitchesAreRefusedWithTheUsage() {
        assertEquals(2, run("build", "--lang", "fr"));
        assertEquals(2, run("serve", "--port", "tám"));
        assertEquals(2, run("serve", "--port", "70000"));
        assertEquals(2, run("phuc-vu"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("congkhai serve [--project"));
    }
}
