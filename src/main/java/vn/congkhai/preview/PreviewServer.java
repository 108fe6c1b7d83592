package vn.congkhai.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import vn.congkhai.BuildResult;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Serves the preview folder on the loopback interface only (a preview is for the editor at this machine).
 * HTML pages get one extra tag, a script from this server that reloads the page after a rebuild; it is a
 * file of its own, so the portal's Content-Security-Policy (no inline script) holds in the preview too.
 */
final class PreviewServer implements AutoCloseable {
    static final String RELOAD_SCRIPT = "/_congkhai/reload.js";
    static final String VERSION = "/_congkhai/version";
    private static final String RELOAD_TAG = "<script src=\"" + RELOAD_SCRIPT + "\" defer></script>";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"), Map.entry("pdf", "application/pdf"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("xml", "application/xml"), Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("woff2", "font/woff2"));

    private final Preview preview;
    private final HttpServer http;

    PreviewServer(Preview preview, int port) throws IOException {
        this.preview = preview;
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        http.createContext("/", this::handle);
        // each open page holds one thread while it waits for the next build (?after=N): threads as needed
        http.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "congkhai-preview-http");
            t.setDaemon(true);
            return t;
        }));
        http.start();
    }

    int port() {
        return http.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
                send(ex, 405, "text/plain; charset=utf-8", "GET only".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = URLDecoder.decode(ex.getRequestURI().getRawPath().replace("+", "%2B"), StandardCharsets.UTF_8);
            switch (path) {
                case VERSION -> send(ex, 200, "text/plain; charset=utf-8", Long.toString(version(ex)).getBytes(StandardCharsets.UTF_8));
                case RELOAD_SCRIPT -> send(ex, 200, TYPES.get("js"), resource("reload.js"));
                default -> file(ex, path);
            }
        }
    }

    private void file(HttpExchange ex, String path) throws IOException {
        BuildResult last = preview.lastBuild();
        Path root = preview.output().toAbsolutePath().normalize();
        Path file = root.resolve(path.replaceFirst("^/+", "")).normalize();
        if (!file.startsWith(root)) {
            send(ex, 403, "text/plain; charset=utf-8", "Không được phép.".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        boolean page = file.getFileName() == null || file.toString().endsWith(".html");
        if (page && (last == null || !last.published())) {
            // the data is broken: the editor sees what to fix, not the last portal that built
            send(ex, 500, TYPES.get("html"), withReload(ErrorPage.html(last, preview.lang(), stylesheet(root))));
            return;
        }
        if (!Files.isRegularFile(file)) {
            Path notFound = root.resolve("404.html");
            byte[] body = Files.isRegularFile(notFound) ? Files.readAllBytes(notFound) : "Không có trang này.".getBytes(StandardCharsets.UTF_8);
            send(ex, 404, TYPES.get("html"), withReload(new String(body, StandardCharsets.UTF_8)));
            return;
        }
        String name = file.getFileName().toString();
        String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1).toLowerCase(), "application/octet-stream");
        byte[] body = Files.readAllBytes(file);
        send(ex, 200, type, page ? withReload(new String(body, StandardCharsets.UTF_8)) : body);
    }

    /**
     * {@code /_congkhai/version}: the number of the last finished build; with {@code ?after=N} (the page's script),
     * held until a build after N has finished, or {@link #HOLD_MILLIS} passed, so that the page reloads the moment its
     * rebuild is done instead of at its next poll.
     */
    private long version(HttpExchange ex) {
        String query = ex.getRequestURI().getRawQuery();
        if (query == null || !query.matches("after=\\d{1,18}")) {
            return preview.version();
        }
        try {
            return preview.versionAfter(Long.parseLong(query.substring("after=".length())), HOLD_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return preview.version();
        }
    }

    /** Under the 30 s after which browsers and proxies may give up on an answer. */
    static final long HOLD_MILLIS = 20_000;

    /** The portal's stylesheet as last built (its name carries a fingerprint), so the error page looks like the portal. */
    private static String stylesheet(Path root) throws IOException {
        Path css = root.resolve("assets/css");
        if (!Files.isDirectory(css)) {
            return "";
        }
        try (java.util.stream.Stream<Path> files = Files.list(css)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("congkhai") && n.endsWith(".css"))
                    .sorted().findFirst().map(n -> "/assets/css/" + n).orElse("");
        }
    }

    /** The page with the reload script added to its head: only in the preview, never in the published site. */
    static byte[] withReload(String html) {
        int head = html.indexOf("</head>");
        String out = head < 0 ? html + RELOAD_TAG : html.substring(0, head) + RELOAD_TAG + "\n" + html.substring(head);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return in.readAllBytes();
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store"); // a preview is always the latest build
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
