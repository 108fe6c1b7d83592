package vn.congkhai.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a process still runs, as Linux's /proc says: a zombie (ended, waiting to be reaped) does not. */
final class Processes {
    private Processes() {
    }

    static boolean running(ProcessHandle p) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(p.pid()), "stat"));
            char state = stat.substring(stat.lastIndexOf(')') + 2).charAt(0);
            return state != 'Z' && state != 'X';
        } catch (IOException | RuntimeException e) {
            return false; // gone
        }
    }

    /** The program's file name, {@code rsync} for {@code /usr/bin/rsync}; empty when unknown. */
    static String name(ProcessHandle p) {
        return p.info().command().map(c -> Path.of(c).getFileName().toString()).orElse("");
    }
}
