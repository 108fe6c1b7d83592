package vn.congkhai.deploy;

import vn.congkhai.model.Say;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A {@link TargetLock} for a folder target: a POSIX shell on the target's machine (run locally, or through
 * ssh) takes an flock(2) on {@code BASE/.congkhai.lock}, writes who holds it into that file, and then waits
 * for the end of its standard input. The publish keeps that input open while it works and closes it when
 * done. The kernel releases the lock when the shell ends, however it ends: the publish finished, its JVM
 * was killed (the pipe closes), the SSH connection dropped (sshd hangs up the shell). So no lock is ever
 * stale, and nothing has to guess whether an old lock may be broken.
 *
 * <p>The same file and the same kind of lock serve a local publish and an SSH publish of the same folder,
 * so they exclude each other too. The whole script is one compound command, so the shell has read all of
 * it before {@code cat} starts reading what remains of the input.
 */
final class FlockHolder implements TargetLock {
    static final String FILE = ".congkhai.lock";

    private static final String SCRIPT = """
            {
            set -u
            if [ ! -d BASE ]; then mkdir BASE 2>/dev/null || [ -d BASE ] || { echo nobase; exit 3; }; fi
            if [ -L BASE/FILE ] || { [ -e BASE/FILE ] && [ ! -f BASE/FILE ]; }; then echo notfile; exit 6; fi
            command -v flock >/dev/null 2>&1 || { echo noflock; exit 127; }
            exec 9>>BASE/FILE || exit 3
            if ! flock -n 9; then printf 'busy\\t%s\\n' "$(head -c 300 BASE/FILE | tr -d '\\n\\t')"; exit 75; fi
            printf '%s\\n' 'OWNER' >BASE/FILE
            echo locked
            cat >/dev/null
            : >BASE/FILE
            exit 0
            }
            """;

    private final Process holder;
    private final OutputStream input;
    private final String owner;

    private FlockHolder(Process holder, OutputStream input, String owner) {
        this.holder = holder;
        this.input = input;
        this.owner = owner;
    }

    /**
     * Takes the lock of the folder {@code base} through {@code shell}, a command that runs {@code sh -s} on
     * the target's machine. Creates {@code base} when missing, if its parent exists (as a publish does).
     *
     * @throws TargetBusyException when another publish or rollback holds it
     */
    static TargetLock take(List<String> shell, String base, String where, String operation) {
        String owner = TargetLock.ownerLine(operation);
        // the target's path last: a path may itself hold the words FILE or OWNER, and must reach the script as written
        String script = SCRIPT.replace("FILE", FILE).replace("OWNER", owner).replace("BASE", quote(base));
        Process p;
        try {
            p = ChildProcesses.startHolder(shell);
        } catch (IOException e) {
            throw new DeployException("Không chạy được `" + shell.get(0) + "` để khóa thư mục đích (" + e.getMessage() + ").", e);
        }
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        String first;
        OutputStream in = p.getOutputStream();
        try {
            in.write(script.getBytes(StandardCharsets.UTF_8));
            in.flush();
            first = answer(new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            first = null;
        }
        if ("locked".equals(first)) {
            return new FlockHolder(p, in, owner);
        }
        int status = finish(p, in);
        String answer = first == null ? "" : first;
        if (answer.startsWith("busy\t")) {
            throw new TargetBusyException(where, printable(answer.substring(5)));
        }
        throw switch (answer) {
            case "nobase" -> new DeployException(Say.of("Không tạo được thư mục đích `" + base + "` trên " + where
                            + ": thư mục cha của nó phải có sẵn (để một đường dẫn gõ sai không tạo ra cả một cây thư mục).",
                    "Could not create the target folder `" + base + "` on " + where + ": its parent folder must exist."));
            case "notfile" -> new DeployException(Say.of("`" + base + "/" + FILE + "` trên " + where
                            + " không phải một tệp thường (có thể là liên kết tượng trưng): không khóa được, không thay đổi gì. Hãy xóa nó bằng tay.",
                    "`" + base + "/" + FILE + "` on " + where + " is not a plain file (perhaps a symbolic link): cannot lock, nothing changed. Remove it by hand."));
            case "noflock" -> new DeployException(Say.of("Máy " + where + " không có lệnh `flock` (gói util-linux) để khóa thư mục đích.",
                    "The machine of " + where + " has no `flock` command (package util-linux) to lock the target."));
            default -> new DeployException(Say.of("Không khóa được thư mục đích " + where + " (mã " + status + ")"
                            + tail(err) + (status == 255 ? ". Kiểm tra địa chỉ máy chủ, khóa SSH và tệp known_hosts" : "") + ". Không thay đổi gì.",
                    "Could not lock the target " + where + " (status " + status + ")" + tail(err)
                            + (status == 255 ? ". Check the server address, the SSH key and the known_hosts file" : "") + ". Nothing changed."));
        };
    }

    /** The script's answer: the first line it writes, past anything a login script printed before it. */
    private static String answer(BufferedReader out) throws IOException {
        for (String line; (line = out.readLine()) != null; ) {
            if (line.matches("locked|busy\t.*|nobase|notfile|noflock")) {
                return line;
            }
        }
        return null;
    }

    @Override
    public String owner() {
        return owner;
    }

    /** Closing the holder's input ends its {@code cat}: it empties the lock file and exits, releasing the lock. */
    @Override
    public void close() {
        finish(holder, input);
    }

    private static int finish(Process p, OutputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // the holder is already gone: so is its lock
        }
        try {
            if (p.waitFor(30, TimeUnit.SECONDS)) {
                ChildProcesses.done(p);
                return p.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ChildProcesses.end(p);
        return -1;
    }

    private static String tail(CompletableFuture<byte[]> err) {
        String message = new String(err.join(), StandardCharsets.UTF_8).strip();
        return message.isEmpty() ? "" : ": " + printable(message.lines().limit(3).reduce((a, b) -> a + " / " + b).orElse(""));
    }

    /** {@code s} as one word for a POSIX shell, whatever it holds. */
    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** Text from the server, shown in a log: without control characters (they could forge log lines). */
    private static String printable(String s) {
        return s.replaceAll("\\p{Cntrl}", " ").strip();
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
