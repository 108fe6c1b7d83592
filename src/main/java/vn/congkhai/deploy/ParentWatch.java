package vn.congkhai.deploy;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a long copy (rsync) so that it ends when the JVM that started it dies, even by {@code kill -9}, when no
 * shutdown hook runs. A small POSIX shell starts the command and watches its own standard input, which the JVM
 * holds open: the kernel closes it when the JVM dies, whatever killed it, and the watcher then stops the command
 * (rsync ends the ssh it started). Java has no portable "die with the parent" (Linux's PR_SET_PDEATHSIG belongs
 * to the thread that forked, and a JVM thread may end first), so the pipe is the signal.
 */
final class ParentWatch {
    /** {@code $@} is the command; fd 3 keeps the shell's input for the watcher (an asynchronous list reads /dev/null). */
    static final String SCRIPT = """
            exec 3<&0
            "$@" 3<&- </dev/null &
            child=$!
            { cat <&3 >/dev/null 2>&1; kill -TERM "$child" 2>/dev/null; } >/dev/null 2>&1 &
            watcher=$!
            exec 3<&-
            wait "$child"
            status=$?
            kill "$watcher" 2>/dev/null
            exit "$status"
            """;

    private ParentWatch() {
    }

    /** The command, run under the watch; its exit status, output and error are the command's own. */
    static List<String> wrap(List<String> cmd) {
        List<String> wrapped = new ArrayList<>(List.of("sh", "-c", SCRIPT, "congkhai-" + cmd.get(0)));
        wrapped.addAll(cmd);
        return wrapped;
    }

    /** The program a command line runs, under the watch or not: for messages. */
    static String program(List<String> cmd) {
        return cmd.size() > 4 && cmd.get(0).equals("sh") && cmd.get(2).equals(SCRIPT) ? cmd.get(4) : cmd.get(0);
    }
}
