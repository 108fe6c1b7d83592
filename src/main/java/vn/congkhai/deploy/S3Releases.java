package vn.congkhai.deploy;

import software.amazon.awssdk.services.s3.S3Client;
import vn.congkhai.render.AssetNames;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Publish, roll back and list releases on S3-compatible object storage ({@code s3://BUCKET/PREFIX}).
 *
 * <p>The site is served straight from the prefix (nginx or a CDN in front), and object storage cannot switch
 * a folder in one step, so a release is written object by object in an order that never lets a reader
 * reach a missing file: first what nothing served links to yet (new assets, then new pages), then the files
 * that change in place (data, then pages, whose new stylesheet and links are by then all there), then
 * {@code phien-ban.json}, then the release record, and last {@code _congkhai/state.json}, the one write that
 * makes the release current. Files the new release no longer has stay until a later publish ({@code
 * --prune-after}): a page read a moment before still finds its stylesheet and links.
 *
 * <p>Only objects whose bytes changed are written: each carries its SHA-256 as metadata, the release
 * records keep them, and a publish or rollback that was killed left the paths it was changing in
 * {@code state.json}'s {@code pending}, which the next one reads anew from the objects themselves. Every
 * file's bytes are also kept once under {@code _congkhai/objects/SHA256} while a kept release uses them, so
 * rollback restores a release by server-side copies.
 */
public final class S3Releases implements AutoCloseable {
    /** Requests in flight at once: enough to hide the latency of a distant endpoint, few enough for a small CI runner. */
    private static final int PARALLEL = 8;
    private static final String JSON_TYPE = "application/json; charset=utf-8";

    private final S3Store store;
    private final Clock clock;
    private final AutoCloseable client;

    S3Releases(S3Store store, Clock clock, AutoCloseable client) {
        this.store = store;
        this.clock = clock;
        this.client = client;
    }

    /** The releases at {@code at}, with endpoint and keys from {@code env} (see {@link S3Clients}). */
    public static S3Releases open(S3Location at, Map<String, String> env, Clock clock) {
        S3Client s3 = S3Clients.fromEnvironment(env);
        return new S3Releases(new S3Store(s3, at, S3Clients.describeEndpoint(env)), clock, s3);
    }

    /**
     * Uploads the site as a new release and makes it current; keeps the last {@code keep} releases (and the one
     * that was current) for rollback; deletes files that no release served since longer than {@code pruneAfter}.
     */
    public Releases.Published publish(BuiltSite site, int keep, Duration pruneAfter) {
        if (keep < 1) {
            throw new DeployException("Số bản phát hành giữ lại phải từ 1 trở lên (đang là " + keep + ").");
        }
        store.probe();
        Instant started = clock.instant();
        try (S3Lock lock = S3Lock.acquire(store, clock)) {
            S3Records.State state = readState();
            Map<String, S3Records.Release> kept = readReleases(state);
            Optional<String> current = Optional.ofNullable(state.current());
            Map<String, String> next = site.sha256(); // verified against the manifest just now
            Map<String, String> live = live(state, kept);
            String id = ReleaseIds.next(started, site.commit(), state.releases());

            List<String> changed = next.keySet().stream().filter(p -> !next.get(p).equals(live.get(p))).sorted().toList();
            Set<String> pending = new TreeSet<>(state.pending());
            pending.addAll(changed);
            writeState(lock, new S3Records.State(state.current(), state.releases(), state.stale(), List.copyOf(pending)));

            Set<String> blobs = blobs();
            Map<String, String> toStore = new TreeMap<>(); // sha → one path with those bytes
            changed.forEach(p -> {
                if (!blobs.contains(next.get(p))) {
                    toStore.putIfAbsent(next.get(p), p);
                }
            });
            parallel(List.copyOf(toStore.entrySet()), e -> store.put(S3Records.OBJECTS + e.getKey(), site.dir().resolve(e.getValue()),
                    "application/octet-stream", ObjectTypes.NO_CACHE, Map.of(S3Store.SHA, e.getKey())));
            serve(changed, next, live);

            String version = readVersion(site.dir());
            store.put(S3Records.Release.key(id), S3Records.write(new S3Records.Release(id, started.toString(), site.commit(),
                    VersionJson.field(version, "builtAt"), VersionJson.field(version, "version"), next)), JSON_TYPE, ObjectTypes.NO_CACHE, Map.of());

            Map<String, S3Records.Stale> stale = staleAfter(live, state.stale(), next.keySet(), started);
            List<String> prunable = stale.entrySet().stream()
                    .filter(e -> Instant.parse(e.getValue().since()).isBefore(started)
                            && !Instant.parse(e.getValue().since()).plus(pruneAfter).isAfter(started))
                    .map(Map.Entry::getKey).toList();
            parallel(prunable, store::delete);
            prunable.forEach(stale::remove);

            List<String> all = new ArrayList<>(state.releases());
            all.add(id);
            List<String> removed = new ArrayList<>();
            for (int i = 0; i < all.size() - keep; i++) {
                if (!current.map(all.get(i)::equals).orElse(false)) {
                    removed.add(all.get(i));
                }
            }
            all.removeAll(removed);
            writeState(lock, new S3Records.State(id, all, stale, List.of()));
            kept.keySet().retainAll(all);
            kept.put(id, new S3Records.Release(id, started.toString(), "", "", "", next));
            tidy(kept);

            int held = (int) stale.size();
            String transferred = changed.size() + " tệp ghi mới lên kho (" + toStore.size() + " nội dung mới), "
                    + (next.size() - changed.size()) + " tệp giữ nguyên"
                    + (prunable.isEmpty() ? "" : "; đã xóa " + prunable.size() + " tệp bản cũ không còn dùng")
                    + (held == 0 ? "" : "; " + held + " tệp bản trước còn giữ đến lần xuất bản sau") + ".";
            return new Releases.Published(id, current, transferred, removed);
        }
    }

    /** Makes the release before the current one current again; returns {from, to}. */
    public List<String> rollback() {
        store.probe();
        try (S3Lock lock = S3Lock.acquire(store, clock)) {
            S3Records.State state = readState();
            Map<String, S3Records.Release> kept = readReleases(state);
            if (state.current() == null) {
                throw new DeployException("Chưa có bản phát hành nào ở " + store.location() + ": không có gì để quay lại.");
            }
            int at = state.releases().indexOf(state.current());
            if (at <= 0) {
                throw new DeployException("Bản đang phục vụ là bản cũ nhất còn giữ (`" + state.current()
                        + "`): không còn bản nào trước đó để quay lại.");
            }
            String to = state.releases().get(at - 1);
            Map<String, String> target = kept.get(to).files();
            Map<String, String> live = live(state, kept);
            List<String> changed = target.keySet().stream().filter(p -> !target.get(p).equals(live.get(p))).sorted().toList();
            Set<String> blobs = blobs();
            List<String> lost = changed.stream().filter(p -> !blobs.contains(target.get(p))).toList();
            if (!lost.isEmpty()) {
                throw new DeployException("Kho S3 thiếu nội dung đã lưu của " + lost.size() + " tệp thuộc bản `" + to
                        + "` (trong `_congkhai/objects/`): không quay lại được. Không thay đổi gì; hãy xuất bản lại bản cần dùng.");
            }
            Set<String> pending = new TreeSet<>(state.pending());
            pending.addAll(changed);
            writeState(lock, new S3Records.State(state.current(), state.releases(), state.stale(), List.copyOf(pending)));
            serve(changed, target, live);
            Map<String, S3Records.Stale> stale = staleAfter(live, state.stale(), target.keySet(), clock.instant());
            writeState(lock, new S3Records.State(to, state.releases(), stale, List.of()));
            return List.of(state.current(), to);
        }
    }

    /** Every kept release, oldest first, with its commit and build time. */
    public List<Releases.Release> list() {
        store.probe();
        S3Records.State state = readState();
        Map<String, S3Records.Release> kept = readReleases(state);
        List<Releases.Release> out = new ArrayList<>();
        for (String id : state.releases()) {
            S3Records.Release r = kept.get(id);
            out.add(new Releases.Release(id, id.equals(state.current()), orUnknown(r.commit()), orUnknown(r.builtAt()), orUnknown(r.version())));
        }
        return out;
    }

    /**
     * Copies each changed path from the kept bytes to where readers get it, in an order that keeps every served
     * page whole: what nothing served links to yet (new non-page files, then new pages), then what changes in
     * place (other files, then pages), then {@code phien-ban.json}. Each step waits for the one before.
     */
    private void serve(List<String> changed, Map<String, String> shas, Map<String, String> live) {
        Map<String, List<String>> steps = new LinkedHashMap<>();
        for (String step : List.of("new files", "new pages", "changed files", "changed pages", "version")) {
            steps.put(step, new ArrayList<>());
        }
        for (String p : changed) {
            boolean page = p.endsWith(".html");
            boolean isNew = !live.containsKey(p);
            String step = p.equals(AssetNames.VERSION_FILE) ? "version"
                    : isNew ? (page ? "new pages" : "new files") : (page ? "changed pages" : "changed files");
            steps.get(step).add(p);
        }
        for (List<String> step : steps.values()) {
            parallel(step, p -> store.copy(S3Records.OBJECTS + shas.get(p), p, ObjectTypes.contentType(p), ObjectTypes.cacheControl(p),
                    Map.of(S3Store.SHA, shas.get(p))));
        }
    }

    /** What each served path holds now: the current release's files and the stale ones, pending paths read anew. */
    private Map<String, String> live(S3Records.State state, Map<String, S3Records.Release> kept) {
        Map<String, String> live = new HashMap<>();
        state.stale().forEach((p, s) -> live.put(p, s.sha256()));
        if (state.current() != null) {
            live.putAll(kept.get(state.current()).files());
        }
        Map<String, Optional<String>> read = new ConcurrentHashMap<>();
        parallel(state.pending(), p -> read.put(p, store.sha(p)));
        read.forEach((p, sha) -> {
            if (sha.isPresent()) {
                live.put(p, sha.get());
            } else {
                live.remove(p);
            }
        });
        return live;
    }

    /** Paths served before that {@code keep} lacks, each with the time it first went stale. */
    private static Map<String, S3Records.Stale> staleAfter(Map<String, String> live, Map<String, S3Records.Stale> before,
                                                           Set<String> keep, Instant now) {
        Map<String, S3Records.Stale> stale = new TreeMap<>();
        live.forEach((p, sha) -> {
            if (!keep.contains(p)) {
                S3Records.Stale was = before.get(p);
                stale.put(p, was != null && was.sha256().equals(sha) ? was : new S3Records.Stale(sha, now.toString()));
            }
        });
        return stale;
    }

    /** Removes release records and kept bytes that no kept release uses (also those a killed publish left). */
    private void tidy(Map<String, S3Records.Release> kept) {
        Set<String> used = new TreeSet<>();
        kept.values().forEach(r -> used.addAll(r.files().values()));
        List<String> doomed = new ArrayList<>();
        for (String blob : blobs()) {
            if (!used.contains(blob)) {
                doomed.add(S3Records.OBJECTS + blob);
            }
        }
        for (String record : store.list(S3Records.RELEASES)) {
            String id = record.substring(S3Records.RELEASES.length()).replaceFirst("\\.json$", "");
            if (!kept.containsKey(id)) {
                doomed.add(record);
            }
        }
        parallel(doomed, store::delete);
    }

    private Set<String> blobs() {
        Set<String> out = new TreeSet<>();
        store.list(S3Records.OBJECTS).forEach(k -> out.add(k.substring(S3Records.OBJECTS.length())));
        return out;
    }

    private S3Records.State readState() {
        return store.get(S3Records.STATE).map(b -> S3Records.read(b, S3Records.State.class, S3Records.STATE)).orElse(S3Records.State.EMPTY);
    }

    /** The kept releases' records; refuses, changing nothing, when the current one's is missing. */
    private Map<String, S3Records.Release> readReleases(S3Records.State state) {
        Map<String, S3Records.Release> out = new ConcurrentHashMap<>();
        parallel(state.releases(), id -> store.get(S3Records.Release.key(id))
                .ifPresent(b -> out.put(id, S3Records.read(b, S3Records.Release.class, S3Records.Release.key(id)))));
        List<String> missing = state.releases().stream().filter(id -> !out.containsKey(id)).toList();
        if (!missing.isEmpty() || (state.current() != null && !state.releases().contains(state.current()))) {
            throw new DeployException("Hồ sơ bản phát hành trên " + store.location() + " không khớp nhau (thiếu "
                    + (missing.isEmpty() ? "`" + state.current() + "` trong danh sách" : String.join(", ", missing))
                    + "): có vẻ thư mục `_congkhai/` đã bị sửa bằng tay. Không thay đổi gì; hãy kiểm tra kho rồi chạy lại.");
        }
        return new TreeMap<>(out);
    }

    private void writeState(S3Lock lock, S3Records.State state) {
        lock.ensureHeld(); // what is served is decided here: only by the holder of the lock
        store.put(S3Records.STATE, S3Records.write(state), JSON_TYPE, ObjectTypes.NO_CACHE, Map.of());
    }


    private static byte[] read(Path dir, String relative) {
        try {
            return Files.readAllBytes(dir.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readVersion(Path dir) {
        Path version = dir.resolve(AssetNames.VERSION_FILE);
        return Files.isRegularFile(version) ? new String(read(dir, AssetNames.VERSION_FILE), StandardCharsets.UTF_8) : "";
    }

    /** Runs {@code action} on every item, {@link #PARALLEL} at a time; the first failure is thrown once all stopped. */
    private static <T> void parallel(java.util.Collection<T> items, Consumer<T> action) {
        if (items.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLEL, items.size()));
        try {
            List<Future<?>> running = new ArrayList<>();
            for (T item : items) {
                running.add(pool.submit(() -> action.accept(item)));
            }
            RuntimeException first = null;
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (first == null) {
                        first = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                        running.forEach(x -> x.cancel(false));
                    }
                } catch (java.util.concurrent.CancellationException e) {
                    // cancelled after the first failure
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new DeployException("Bị dừng giữa chừng.", e);
                }
            }
            if (first != null) {
                throw first;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String orUnknown(String s) {
        return s == null || s.isEmpty() ? vn.congkhai.publish.VersionFile.UNKNOWN : s;
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (Exception e) {
            // nothing left to release
        }
    }
}
