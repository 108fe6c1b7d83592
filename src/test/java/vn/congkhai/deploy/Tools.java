package vn.congkhai.deploy;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Running the real programs the deploy tests need (nginx, sshd, ssh-keygen, rsync). */
final class Tools {
    private Tools() {
    }

    /**
     * Skips the test on a development machine that lacks a program; never in CI, where {@code .ci/run}
     * installs nginx, openssh-server and rsync before running the tests.
     */
    static void require(String... programs) {
        for (String p : programs) {
            boolean found = Path.of(p).isAbsolute() ? Files.isExecutable(Path.of(p))
                    : List.of(System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")).stream()
                    .anyMatch(d -> Files.isExecutable(Path.of(d, p)));
            Assumptions.assumeTrue(found, "`" + p + "` is not installed here; `.ci/run` installs it (apt-get install nginx openssh-server rsync)");
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Runs a command to its end; its output when it succeeds, else an assertion error with that output. */
    static String run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError(String.join(" ", cmd) + " failed:\n" + out);
        }
        return out;
    }

    /** Waits until something listens on the loopback port. */
    static void awaitPort(int port, Process server, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new AssertionError("server exited: " + (Files.exists(log) ? Files.readString(log) : ""));
            }
            try (java.net.Socket s = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        throw new AssertionError("nothing listens on port " + port + ": " + (Files.exists(log) ? Files.readString(log) : ""));
    }

    static void stop(Process p) throws InterruptedException {
        if (p != null && p.isAlive()) {
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
    }
}
