package vn.congkhai.deploy;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The ssh and rsync processes a deploy starts, so that none outlives it. A publish stopped by Ctrl-C or by CI
 * cancelling the job (SIGINT, SIGTERM) runs the shutdown hook, which ends every process still registered and
 * their own children (rsync starts an ssh); a step that fails or is interrupted ends its process tree at once.
 * Without this, an rsync went on writing to the server after the publish that started it had been killed.
 */
final class ChildProcesses {
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();
    /** The lock holders: ended last, so that the target stays locked until the copying has stopped. */
    private static final Set<Process> HOLDERS = ConcurrentHashMap.newKeySet();

    static {
        Thread hook = new Thread(ChildProcesses::endAll, "congkhai-deploy-children");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    private ChildProcesses() {
    }

    /** Starts {@code cmd}, registered until {@link #done} or {@link #end}. */
    static Process start(List<String> cmd) throws IOException {
        return register(new ProcessBuilder(cmd).start(), RUNNING);
    }

    /** Starts a process that holds the target's lock while it lives. */
    static Process startHolder(List<String> cmd) throws IOException {
        return register(new ProcessBuilder(cmd).start(), HOLDERS);
    }

    private static Process register(Process p, Set<Process> set) {
        set.add(p);
        return p;
    }

    /** The process ended by itself: nothing left to end. */
    static void done(Process p) {
        RUNNING.remove(p);
        HOLDERS.remove(p);
    }

    /** Ends {@code p} and every process it started, and waits (boundedly) for them to go. */
    static void end(Process p) {
        List<ProcessHandle> tree = new java.util.ArrayList<>(p.descendants().toList());
        tree.add(0, p.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle h : tree) {
            try {
                h.onExit().get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                h.destroyForcibly();
            }
        }
        done(p);
    }

    private static void endAll() {
        List.copyOf(RUNNING).forEach(ChildProcesses::end);
        List.copyOf(HOLDERS).forEach(ChildProcesses::end);
    }
}
