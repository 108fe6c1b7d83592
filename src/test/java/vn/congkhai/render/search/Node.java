package vn.congkhai.render.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs our browser JavaScript in Node (Debian's {@code nodejs}, installed by {@code .ci/run}): the real
 * file from {@code assets/js}, loaded into a fresh context as a browser would load a classic script.
 */
public final class Node {
    private Node() {
    }

    /**
     * Runs {@code body} with {@code api} bound to {@code globalThis.congkhaiTimKiem} of {@code assets/js/tim-kiem.js}
     * and {@code args} as the script's arguments; returns what it printed.
     */
    public static String runWithSearchScript(Path work, String body, String... args) throws IOException, InterruptedException {
        String script = """
                const fs = require('fs'), vm = require('vm'), path = require('path');
                const box = {};
                vm.createContext(box);
                vm.runInContext(fs.readFileSync(%s, 'utf8'), box, {filename: 'tim-kiem.js'});
                const api = box.congkhaiTimKiem;
                const args = process.argv.slice(2);
                (async () => {
                %s
                })().catch(e => { console.error(e); process.exit(3); });
                """.formatted(quote(Path.of("assets/js/tim-kiem.js").toAbsolutePath().toString()), body);
        Path file = work.resolve("run.js");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        List<String> command = new java.util.ArrayList<>(List.of("node", file.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("node failed (exit " + p.exitValue() + "): " + new String(out, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    /** What a search on the built site gives, as the search page would run it: hits, first addresses, bytes read. */
    public record Search(int hits, List<String> urls, long bytes, List<String> files) {
    }

    /** Runs each query with tim-kiem.js against the index in {@code site/tim-kiem/}, counting the bytes it loads. */
    public static java.util.Map<String, Search> search(Path work, Path site, String... queries) throws IOException, InterruptedException {
        List<String> args = new java.util.ArrayList<>(List.of(site.resolve("tim-kiem").toString()));
        args.addAll(List.of(queries));
        String out = runWithSearchScript(work, """
                const dir = args[0];
                let bytes = 0, files = [];
                const load = name => {
                  const b = fs.readFileSync(path.join(dir, name));
                  bytes += b.length; files.push(name);
                  return Promise.resolve(JSON.parse(b.toString('utf8')));
                };
                const out = {};
                for (const q of args.slice(1)) {
                  bytes = 0; files = [];
                  const r = await api.search(q, load);
                  const items = await api.describe(r, 0, 10, load);
                  out[q] = {hits: r.hits.length, urls: items.map(i => i.url), bytes, files};
                }
                process.stdout.write(JSON.stringify(out));
                """, args.toArray(String[]::new));
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        java.util.Map<String, Search> result = new java.util.LinkedHashMap<>();
        json.readTree(out).fields().forEachRemaining(e -> result.put(e.getKey(), json.convertValue(e.getValue(), Search.class)));
        return result;
    }

    static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
