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

    static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
