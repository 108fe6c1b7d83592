package vn.congkhai.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Progress on the command line: whole lines in a CI log, one line rewritten in place on a terminal. */
class ProgressOutputTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void notATerminalGetsWholeLinesAndNoCarriageReturn() {
        Consumer<String> lines = Main.progressLines(out, false);
        lines.accept("Đang dựng trang: 1500/12000 (12%), 1000 trang/giây, còn khoảng 11 giây");
        lines.accept("Đang dựng trang: 4500/12000 (37%), 1000 trang/giây, còn khoảng 8 giây");
        assertEquals("Đang dựng trang: 1500/12000 (12%), 1000 trang/giây, còn khoảng 11 giây" + System.lineSeparator()
                + "Đang dựng trang: 4500/12000 (37%), 1000 trang/giây, còn khoảng 8 giây" + System.lineSeparator(),
                bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aTerminalRewritesOneLine() {
        Consumer<String> lines = Main.progressLines(out, true);
        lines.accept("a 1");
        lines.accept("a 2");
        assertEquals("\ra 1\u001b[K\ra 2\u001b[K", bytes.toString(StandardCharsets.UTF_8));
    }
}
