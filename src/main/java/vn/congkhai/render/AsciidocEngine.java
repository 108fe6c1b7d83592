package vn.congkhai.render;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.log.LogRecord;

import org.asciidoctor.jruby.AsciidoctorJRuby;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
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
    static final String RUBYGEMS = "jruby.cli.rubygems.enable";

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
        Asciidoctor engine = withoutRubygems().orElseGet(Asciidoctor.Factory::create);
        engine.registerLogHandler(r -> listener.accept(r));
        return engine;
    }

    /**
     * Asciidoctor without RubyGems: loading RubyGems (and did_you_mean, which it activates) is about a quarter of
     * JRuby's start in CPU time, and here it only finds the gems that asciidoctorj's jar carries (Asciidoctor, and the
     * highlighters and math a page may ask for): their folders are put on Ruby's load path instead, so every
     * {@code require} finds what it found before. The switch is JRuby's {@code jruby.cli.rubygems.enable}, read when
     * the engine's configuration is made: set for that moment only, so that another JRuby in this JVM (a Maven
     * plugin's) keeps its RubyGems. Empty when the user set it, or the jar cannot be listed: then the usual way.
     */
    static Optional<Asciidoctor> withoutRubygems() {
        List<String> libs = gemLibs();
        if (libs.isEmpty() || System.getProperty(RUBYGEMS) != null) {
            return Optional.empty();
        }
        System.setProperty(RUBYGEMS, "false");
        try {
            return Optional.of(AsciidoctorJRuby.Factory.create(libs));
        } catch (RuntimeException e) {
            return Optional.empty(); // a class loader that does not show the jar's files to JRuby: the usual way
        } finally {
            System.clearProperty(RUBYGEMS);
        }
    }

    /** The {@code lib} folder of every gem in asciidoctorj's jar, as JRuby names a place on the class path. */
    static List<String> gemLibs() {
        try {
            java.security.CodeSource source = AsciidoctorJRuby.class.getProtectionDomain().getCodeSource();
            Path jar = source == null ? null : Path.of(source.getLocation().toURI());
            if (jar == null || !Files.isRegularFile(jar)) {
                return List.of();
            }
            List<String> libs = new ArrayList<>();
            try (JarFile file = new JarFile(jar.toFile())) {
                file.stream().map(JarEntry::getName).filter(n -> n.matches("gems/[^/]+/lib/")).sorted()
                        .forEach(n -> libs.add("uri:classloader:/" + n.substring(0, n.length() - 1)));
            }
            return libs.stream().anyMatch(l -> l.matches(".*/gems/asciidoctor-[^/]+/lib")) ? libs : List.of();
        } catch (java.io.IOException | java.net.URISyntaxException | RuntimeException e) {
            return List.of();
        }
    }
}
