package vn.congkhai.render;

import vn.congkhai.model.ContentDoc;
import vn.congkhai.render.AsciidocConverter.Conversion;
import vn.congkhai.render.AsciidocConverter.Warning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Converted AsciiDoc, kept by the hash of its source in {@code .congkhai/cache/asciidoc/}.
 * <p>Why: Asciidoctor runs on JRuby, whose start-up costs several seconds, far more than rendering
 * thousands of data pages. A rebuild where no AsciiDoc changed never starts JRuby; one where some
 * changed converts only those, in the background, while the data pages are being rendered.
 */
public final class AsciidocCache {
    /**
     * Part of every key: a new converter or cleaning policy must not reuse old HTML. jsoup's version is in it because
     * jsoup cleans, and its cleaner's output changes between versions (1.21 escapes {@code <} and {@code >} in attributes).
     */
    static final String POLICY = "asciidoctorj-2.5.13/jsoup-1.24.1/secure/safelist-2-rel/vi-captions/warnings/unsafe-addresses/no-folder-attributes/text";

    private final Path dir;
    private final LocalDate buildDate;

    public AsciidocCache(Path projectDir, LocalDate buildDate) {
        this.dir = projectDir.resolve(".congkhai/cache/asciidoc");
        this.buildDate = buildDate;
    }

    /**
     * Starts JRuby now, on its own thread, when one of these documents is not in the cache: called at the
     * very beginning of a build with the content pages, so that JRuby's start overlaps reading the YAML.
     * Returns whether it was needed.
     */
    public boolean startEngineIfMissing(List<ContentDoc> docs) {
        for (ContentDoc d : docs) {
            if (!Files.isRegularFile(dir.resolve(key(d.asciidoc(), buildDate) + ".entry"))) {
                AsciidocEngine.start();
                return true;
            }
        }
        return false;
    }

    /**
     * Starts JRuby at the very beginning of a first build (no entry in the cache, an {@code .adoc} in the usual
     * {@code content/} folder): such a build converts every page, so JRuby's start, the longest path of a cold build,
     * need not wait for the templates and the content pages to be read (a fifth of a second, on the other core).
     * A project with another content folder, or none, starts it later through {@link #startEngineIfMissing}.
     */
    public static boolean startEngineOnFirstBuild(Path projectDir) {
        Path cache = projectDir.resolve(".congkhai/cache/asciidoc");
        Path content = projectDir.resolve("content");
        try {
            if (Files.isDirectory(cache)) {
                try (java.util.stream.Stream<Path> entries = Files.list(cache)) {
                    if (entries.anyMatch(f -> f.getFileName().toString().endsWith(".entry"))) {
                        return false; // built before: only what changed is converted, maybe nothing
                    }
                }
            }
            if (!Files.isDirectory(content)) {
                return false;
            }
            try (java.util.stream.Stream<Path> files = Files.walk(content, 4)) {
                if (files.noneMatch(f -> f.getFileName().toString().endsWith(".adoc"))) {
                    return false;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return false; // the build reads these folders again and reports what is wrong with them
        }
        AsciidocEngine.start();
        return true;
    }

    /** Starts converting what the cache does not hold; the future gives every document's conversion by source path. */
    public CompletableFuture<Map<String, Conversion>> convertAll(List<ContentDoc> docs) {
        Map<String, Conversion> done = new LinkedHashMap<>();
        Map<ContentDoc, String> misses = new LinkedHashMap<>();
        for (ContentDoc d : docs) {
            String key = key(d.asciidoc(), buildDate);
            lookup(key).ifPresentOrElse(c -> done.put(d.sourcePath(), c), () -> misses.put(d, key));
        }
        if (misses.isEmpty()) {
            return CompletableFuture.completedFuture(done);
        }
        return CompletableFuture.supplyAsync(() -> {
            try (AsciidocConverter converter = new AsciidocConverter(buildDate)) {
                misses.forEach((d, key) -> {
                    Conversion converted = converter.convert(d.asciidoc());
                    if (converted.warnings().stream().noneMatch(w -> w.message().equals(AsciidocConverter.TOO_DEEP)
                            || w.message().equals(AsciidocConverter.NOT_CONVERTED))) {
                        store(key, converted); // a failure is tried again: it may depend on the stack, not the page alone
                    }
                    done.put(d.sourcePath(), converted);
                });
            }
            return done;
        }, AsciidocCache::ownThread);
    }

    /** Not the common pool: that one renders pages, and on two cores it has a single worker. */
    private static void ownThread(Runnable task) {
        Thread t = new Thread(task, "congkhai-asciidoc");
        t.setDaemon(true);
        t.start();
    }

    /**
     * An entry is the warnings, one "line TAB message" a line, then a NUL line, then the length of the text (in chars)
     * on a line of its own, the text, and the HTML.
     */
    private Optional<Conversion> lookup(String key) {
        Path f = dir.resolve(key + ".entry");
        try {
            if (!Files.isRegularFile(f)) {
                return Optional.empty();
            }
            String text = Files.readString(f, StandardCharsets.UTF_8);
            int split = text.indexOf("\u0000\n");
            List<Warning> warnings = new ArrayList<>();
            for (String line : text.substring(0, split).split("\n")) {
                if (!line.isEmpty()) {
                    int tab = line.indexOf('\t');
                    warnings.add(new Warning(Integer.parseInt(line.substring(0, tab)), line.substring(tab + 1)));
                }
            }
            int lengthEnd = text.indexOf('\n', split + 2);
            int textStart = lengthEnd + 1;
            int htmlStart = textStart + Integer.parseInt(text.substring(split + 2, lengthEnd));
            return Optional.of(new Conversion(text.substring(htmlStart), text.substring(textStart, htmlStart), List.copyOf(warnings)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // an unreadable entry is converted again
        }
    }

    private void store(String key, Conversion c) {
        StringBuilder text = new StringBuilder();
        for (Warning w : c.warnings()) {
            text.append(w.line()).append('\t').append(w.message().replace('\n', ' ')).append('\n');
        }
        text.append("\u0000\n").append(c.text().length()).append('\n').append(c.text()).append(c.html());
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, key, ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, dir.resolve(key + ".entry"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The build date is part of the key only for a page that shows a date attribute, so the cache survives days. */
    static String key(String asciidoc, LocalDate buildDate) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(POLICY.getBytes(StandardCharsets.UTF_8));
            if (asciidoc.matches("(?s).*\\{(local|doc)(date|year|time|datetime)}.*")) {
                sha.update(buildDate.toString().getBytes(StandardCharsets.UTF_8));
            }
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(asciidoc.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
