package vn.congkhai.deploy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A real nginx, as the current user, on a loopback port, with its own prefix in a temporary folder,
 * running the repository's shipped server block ({@code deploy/nginx/congkhai.conf}) with only its port
 * and its {@code /srv/congkhai} path replaced.
 */
final class Nginx implements AutoCloseable {
    static final Path SERVER_BLOCK = Path.of("deploy/nginx/congkhai.conf");
    static final String BINARY = "/usr/sbin/nginx";

    final int port;
    private final Process process;

    private Nginx(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    static Nginx serve(Path base, Path work) throws Exception {
        int port = Tools.freePort();
        String block = Files.readString(SERVER_BLOCK, StandardCharsets.UTF_8);
        for (String expected : List.of("listen 80;", "listen [::]:80;", "root /srv/congkhai/current;")) {
            if (!block.contains(expected)) {
                throw new AssertionError("the shipped server block no longer has `" + expected + "`: update this test's templating");
            }
        }
        block = block.replace("listen 80;", "listen 127.0.0.1:" + port + ";").replace("listen [::]:80;", "")
                .replace("/srv/congkhai", base.toAbsolutePath().toString());
        Files.createDirectories(work.resolve("logs"));
        Files.writeString(work.resolve("congkhai.conf"), block, StandardCharsets.UTF_8);
        // The surroundings an operator's /etc/nginx/nginx.conf gives the block, here in the temporary prefix.
        String main = """
                worker_processes 2;
                pid WORK/nginx.pid;
                error_log WORK/logs/error.log warn;
                user USER;
                events { worker_connections 256; }
                http {
                    include /etc/nginx/mime.types;
                    default_type application/octet-stream;
                    access_log off;
                    sendfile on;
                    client_body_temp_path WORK/client_body;
                    proxy_temp_path WORK/proxy;
                    fastcgi_temp_path WORK/fastcgi;
                    uwsgi_temp_path WORK/uwsgi;
                    scgi_temp_path WORK/scgi;
                    include WORK/congkhai.conf;
                }
                """.replace("WORK", work.toAbsolutePath().toString()).replace("USER", System.getProperty("user.name"));
        Files.writeString(work.resolve("nginx.conf"), main, StandardCharsets.UTF_8);
        Tools.run(List.of(BINARY, "-t", "-p", work.toString(), "-c", work.resolve("nginx.conf").toString()));
        Process p = new ProcessBuilder(BINARY, "-p", work.toString(), "-c", work.resolve("nginx.conf").toString(), "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(work.resolve("logs/stdout.log").toFile()).start();
        Tools.awaitPort(port, p, work.resolve("logs/error.log"));
        return new Nginx(port, p);
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + "/" + path;
    }

    @Override
    public void close() throws Exception {
        Tools.stop(process);
    }
}
