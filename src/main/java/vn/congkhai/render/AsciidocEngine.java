package vn.congkhai.render;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.log.LogRecord;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Asciidoctor's JRuby, started at most once per JVM, on a thread of its own, as early as a build knows
 * some AsciiDoc is not in the cache.
 * <p>Why one per JVM: JRuby's start costs seconds of CPU (most of it the JIT compiling JRuby itself); the live
 * preview and a test run build many times in one JVM, and an edited notice must come back in a fraction
 * of a second. Why its own thread: the common pool renders pages, and on two cores it has one worker.
 * <p>Before the first start, {@code jruby.compile.mode} is set to {@code OFF} unless the user set it: JRuby
 * then interprets Ruby instead of compiling it to JVM bytecode, which halves its start for the few pages
 * a ward has. The other half, HotSpot's C2 compiler, can only be turned off where the JVM is launched
 * ({@code -XX:TieredStopAtLevel=1}: the sample build in pom.xml, a ward's {@code .mvn/jvm.config}).
 */
final class AsciidocEngine {
    static final String COMPILE_MODE = "jruby.compile.mode";

    private static CompletableFuture<Asciidoctor> started;
    /** Who hears the engine's warnings now: the one converter holding {@link #LOCK}. */
    private static volatile Consumer<LogRecord> listener = r -> { };
    /** Asciidoctor is used by one conversion at a time: its warnings go to that conversion only. */
    static final Object LOCK = new Object();

    private AsciidocEngine() {
    }

    /** Starts the engine unless it is started already; the future gives it once it is ready. */
    static synchronized CompletableFuture<Asciidoctor> start() {
        if (started == null || started.isCompletedExceptionally()) {
            started = new CompletableFuture<>();
            CompletableFuture<Asciidoctor> result = started;
            Thread t = new Thread(() -> {
                try {
                    result.complete(create());
                } catch (RuntimeException | Error e) {
                    result.completeExceptionally(e);
                }
            }, "congkhai-jruby-start");
            t.setDaemon(true);
            t.start();
        }
        return started;
    }

    /** True once {@link #start()} was called in this JVM (the engine may still be starting). */
    static synchronized boolean isStarted() {
        return started != null;
    }

    static void listen(Consumer<LogRecord> to) {
        listener = to;
    }

    private static Asciidoctor create() {
        if (System.getProperty(COMPILE_MODE) == null) {
            System.setProperty(COMPILE_MODE, "OFF");
        }
        Asciidoctor engine = Asciidoctor.Factory.create();
        engine.registerLogHandler(r -> listener.accept(r));
        return engine;
    }
}
