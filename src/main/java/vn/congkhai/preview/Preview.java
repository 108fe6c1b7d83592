package vn.congkhai.preview;

import vn.congkhai.BuildConfig;
import vn.congkhai.BuildResult;
import vn.congkhai.Portal;
import vn.congkhai.model.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A running preview: the portal built into {@link #OUTPUT} (never {@code site/}), served on localhost, and
 * built again, through {@link Portal#build} like any build, whenever a source file changes.
 * <pre>
 *   SourceWatcher ──changes──► rebuild (one at a time) ──► version+1 ──► the open page reloads
 *                                     │
 *                                     └ problems? the server shows them instead of the portal
 * </pre>
 */
public final class Preview implements AutoCloseable {
    /** Where the preview is built, relative to the project: build output that git and editors ignore. */
    public static final String OUTPUT = "target/congkhai-preview";

    private final BuildConfig config;
    private final Consumer<String> log;
    private final ExecutorService builder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "congkhai-preview-build");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<BuildResult> last = new AtomicReference<>();
    private final AtomicLong version = new AtomicLong();
    private final PreviewServer server;
    private final SourceWatcher watcher;

    private Preview(BuildConfig config, int port, Consumer<String> log) throws IOException {
        this.config = config;
        this.log = log;
        build("lần đầu");
        Path project = config.projectDir().toAbsolutePath().normalize();
        server = new PreviewServer(this, port);
        watcher = new SourceWatcher(project, List.of(project.resolve("content"), project.resolve("data"),
                project.resolve("templates"), project.resolve("assets")), this::changed);
    }

    /**
     * Builds once, then serves on {@code 127.0.0.1:port} (0: any free port) and watches the sources.
     *
     * @param config the project and build date; the output folder is replaced by {@link #OUTPUT}
     * @param log    receives one line per rebuild, and the problems of a failed one
     */
    public static Preview start(BuildConfig config, int port, Consumer<String> log) {
        Path project = config.projectDir().toAbsolutePath().normalize();
        try {
            return new Preview(config.withOutput(project.resolve(OUTPUT)), port, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The port actually listened on. */
    public int port() {
        return server.port();
    }

    public String address() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /** Counts finished builds: the page polls it and reloads when it moves. */
    public long version() {
        return version.get();
    }

    /** The last finished build. */
    public BuildResult lastBuild() {
        return last.get();
    }

    Path output() {
        return config.outputDir();
    }

    private void changed(Set<String> files) {
        builder.submit(() -> build(String.join(", ", files.size() > 5 ? List.copyOf(files).subList(0, 5) : files)
                + (files.size() > 5 ? " và " + (files.size() - 5) + " tệp khác" : "")));
    }

    private void build(String cause) {
        long start = System.nanoTime();
        BuildResult r;
        try {
            r = Portal.build(config);
        } catch (RuntimeException e) {
            log.accept("Lỗi khi dựng lại (" + cause + "): " + e);
            version.incrementAndGet();
            return;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        last.set(r);
        version.incrementAndGet();
        if (r.published()) {
            log.accept(String.format("Đã dựng lại (%s) trong %.1f s: %d trang, %d tệp ghi mới, %d tệp không đổi%s.",
                    cause, millis / 1000.0, r.pages(), r.written(), r.unchanged(),
                    r.warningCount() > 0 ? ", " + r.warningCount() + " cảnh báo" : ""));
        } else {
            log.accept(String.format("Dữ liệu có %d lỗi (%s), dựng trong %.1f s; trang xem trước hiện danh sách lỗi:",
                    r.errorCount(), cause, millis / 1000.0));
        }
        r.problems().stream().map(Problem::format).forEach(log);
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        server.close();
        builder.shutdownNow();
    }
}
