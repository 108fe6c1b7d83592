package vn.congkhai.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Lets tests in other packages run the command line and read what it printed. */
public final class MainAccess {
    private MainAccess() {
    }

    public static int run(String[] args, ByteArrayOutputStream out) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }
}
