package vn.congkhai.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.MiniWard;
import vn.congkhai.TestProjects;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The list of problems is what CI posts as a comment: data must not be able to add a line to it. Line feeds,
 * carriage returns and terminal codes from the data are printed escaped, so one problem is exactly one line.
 */
class ProblemLinesTest {
    @TempDir
    Path dir;

    @Test
    void dataCannotForgeALineInTheProblemList() {
        MiniWard.write(dir);
        // a key with a line feed in it (unknown, so it is quoted back in the message) and a terminal code in a value
        TestProjects.write(dir, "data/units.yaml", MiniWard.UNITS.replace("name: Phường An",
                "name: \"Phường An\\e[1A\\e[2K\"\n    \"x\\r\\ndata/units.yaml:1:1: lỗi: giả mạo\": 1"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(1, Main.run(new String[]{"build", "--project", dir.toString(), "--date", "2024-11-22"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        String printed = err.toString(StandardCharsets.UTF_8);
        List<String> lines = printed.lines().toList();
        assertFalse(printed.chars().anyMatch(c -> c == 0x1B || c == '\r'), printed);
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("data/units.yaml:1:1")), printed);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("data/units.yaml:4:5: lỗi: [units[0][\"x\\r\\ndata/units.yaml:1:1: lỗi: giả mạo\"]]")),
                printed);
        long problemLines = lines.stream().filter(l -> l.matches("data/\\S+: (lỗi|cảnh báo): .*")).count();
        assertTrue(lines.stream().anyMatch(l -> l.equals("Tổng cộng: " + problemLines + " lỗi, 0 cảnh báo.")), printed);
    }
}
