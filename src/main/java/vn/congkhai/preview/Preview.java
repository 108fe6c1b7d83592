package vn.congkhai.preview;

import vn.congkhai.BuildConfig;
import vn.congkhai.BuildResult;
import vn.congkhai.Portal;
import vn.congkhai.model.Lang;
import vn.congkhai.model.Say;

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
    private final Lang lang;
    private final ExecutorService builder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "congkhai-preview-build");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<BuildResult> last = new AtomicReference<>();
    private final AtomicLong version = new AtomicLong();
    private final PreviewServer server;
    private final SourceWatcher watcher;

    private Preview(BuildConfig config, int port, Lang lang, Consumer<String> log) throws IOException {
        this.config = config;
        // a changed file's name or a crash's message is data: printed escaped, each log line stays one line
        this.log = line -> log.accept(vn.congkhai.model.HiddenChars.escape(line));
        this.lang = lang;
        build(Say.of("lần đầu", "first build").in(lang));
        Path project = config.projectDir().toAbsolutePath().normalize();
        server = new PreviewServer(this, port);
        // the folders jbake.properties names (content.folder, template.folder, asset.folder), as the build reads them
        // (its problems are the build's, already reported by it)
        vn.congkhai.render.SiteRenderer folders = new vn.congkhai.render.SiteRenderer(project,
                vn.congkhai.load.ProjectProperties.read(project, new vn.congkhai.Problems()));
        watcher = new SourceWatcher(project, List.of(folders.config().getContentFolder().toPath().toAbsolutePath().normalize(),
                project.resolve("data"), folders.wardTemplateFolder().toPath().toAbsolutePath().normalize(),
                folders.config().getAssetFolder().toPath().toAbsolutePath().normalize()), this::changed);
    }

    /**
     * Builds once, then serves on {@code 127.0.0.1:port} (0: any free port) and watches the sources.
     *
     * @param config the project and build date; the output folder is replaced by {@link #OUTPUT}
     * @param lang   the language of the problems, in the log and on the page
     * @param log    receives one line per rebuild, and the problems of a failed one
     */
    public static Preview start(BuildConfig config, int port, Lang lang, Consumer<String> log) {
        Path project = config.projectDir().toAbsolutePath().normalize();
        try {
            return new Preview(config.withOutput(project.resolve(OUTPUT)), port, lang, log);
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

    /**
     * Waits until a build after {@code seen} has finished, at most {@code millis}, and gives the version then.
     * Why: the open page asks and is answered the moment its rebuild is done, instead of finding out at its next
     * poll (up to most of a second later: the larger part of "an edited notice is back").
     */
    public long versionAfter(long seen, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        synchronized (version) {
            long left;
            while (version.get() == seen && (left = deadline - System.nanoTime()) > 0) {
                version.wait(Math.max(1, left / 1_000_000));
            }
            return version.get();
        }
    }

    /** A build finished (or failed): the version moves and every waiting page hears it at once. */
    private void built() {
        synchronized (version) {
            version.incrementAndGet();
            version.notifyAll();
        }
    }

    /** The last finished build. */
    public BuildResult lastBuild() {
        return last.get();
    }

    Path output() {
        return config.outputDir();
    }

    Lang lang() {
        return lang;
    }

    private void changed(Set<String> changed) {
        // a save through a temporary file (sed -i, some editors) names a file already gone: name the sources
        Path project = config.projectDir().toAbsolutePath().normalize();
        List<String> named = changed.stream().filter(f -> java.nio.file.Files.exists(project.resolve(f))
                || f.matches(".*\\.(ya?ml|adoc|asciidoc|ftlh|properties)$")).toList();
        List<String> files = named.isEmpty() ? List.copyOf(changed) : named;
        builder.submit(() -> build(String.join(", ", files.size() > 5 ? files.subList(0, 5) : files)
                + (files.size() > 5 ? Say.of(" và " + (files.size() - 5) + " tệp khác", " and " + (files.size() - 5) + " more").in(lang) : "")));
    }

    private void build(String cause) {
        long start = System.nanoTime();
        BuildResult r;
        try {
            r = Portal.build(config);
        } catch (RuntimeException e) {
            log.accept(Say.of("Lỗi khi dựng lại (" + cause + "): ", "The rebuild failed (" + cause + "): ").in(lang) + e);
            built();
            return;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        last.set(r);
        built();
        String seconds = String.format(java.util.Locale.ROOT, "%.1f", millis / 1000.0);
        if (r.published()) {
            log.accept(Say.of("Đã dựng lại (" + cause + ") trong " + seconds + " s: " + r.pages() + " trang, " + r.written() + " tệp ghi mới, "
                            + r.unchanged() + " tệp không đổi" + (r.warningCount() > 0 ? ", " + r.warningCount() + " cảnh báo" : "") + ".",
                    "Rebuilt (" + cause + ") in " + seconds + " s: " + r.pages() + " pages, " + r.written() + " files written, "
                            + r.unchanged() + " unchanged" + (r.warningCount() > 0 ? ", " + r.warningCount() + " warnings" : "") + ".").in(lang));
        } else {
            log.accept(Say.of("Dữ liệu có " + r.errorCount() + " lỗi (" + cause + "), dựng trong " + seconds + " s; trang xem trước hiện danh sách lỗi:",
                    "The data has " + r.errorCount() + " errors (" + cause + "), built in " + seconds + " s; the preview shows them:").in(lang));
        }
        r.problems().stream().map(p -> p.format(lang)).forEach(log);
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        server.close();
        builder.shutdownNow();
    }
}
