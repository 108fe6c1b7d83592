package vn.congkhai.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.concurrent.TimeUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * One SHA-256 over the bytes of every file under the ward's source folders ({@code data/}, {@code content/},
 * the content, template and asset folders jbake.properties names, and jbake.properties itself), each named by its
 * project-relative path. The bytes, not sizes and times: an editor's tool may keep a file's size and time while
 * changing a digit, and a portal that keeps showing the old score is worse than a slower build.
 *
 * <p>Each file's own SHA-256 is kept in {@code .congkhai/source-digests.tsv} with the file's size, modification
 * time, change time and inode, as Bazel and git keep theirs, and read again only when one of these moved: the change
 * time moves with every write and no tool can set it back, so a file whose four are the same has the same bytes.
 * A file changed in the last {@link #SETTLED} before it was looked at is not kept (git's "racily clean" files):
 * the clock the times come from ticks in milliseconds, and a second write in the same tick would not show.
 * Where the file system gives no change time or inode (not POSIX) every file is read each time.
 *
 * <p>Files are read in parallel (a 10,000-unit ward's data is tens of megabytes). A link to a file inside the project
 * is read through, as the loaders read it; any other link makes the digest unknown, so the build runs in full and
 * reports it: nothing outside the project is read.
 */
final class SourceDigest {
    private SourceDigest() {
    }

    /** How long after its last change a file's digest may be kept (see the class comment). */
    static final long SETTLED = 2_000;
    static final String VERSION = "congkhai-source-digests-1";

    /** A file's identity on disk: size, modification and change time (nanoseconds), inode. */
    record Stat(long size, long modified, long changed, long inode) {
    }

    /** A file's SHA-256 as it was when the file had this {@link Stat}. */
    record Known(Stat stat, String sha256) {
    }

    /** @param roots project-relative folders and files; one that does not exist counts as absent */
    static Optional<String> of(Path project, List<String> roots) {
        return of(project, roots, SETTLED);
    }

    static Optional<String> of(Path project, List<String> roots, long settledMillis) {
        Path cache = project.resolve(".congkhai/source-digests.tsv");
        Map<String, Known> known = read(cache);
        Map<String, Known> keep = new java.util.concurrent.ConcurrentHashMap<>();
        long now = System.currentTimeMillis(); // before any file is looked at
        long settled = (now - settledMillis) * 1_000_000;
        try {
            Map<String, Path> files = new TreeMap<>();
            List<String> absent = new ArrayList<>();
            for (String root : roots) {
                Path start = project.resolve(root);
                if (!Files.exists(start)) {
                    absent.add(root);
                    continue;
                }
                Files.walkFileTree(start, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes a) throws IOException {
                        if (a.isSymbolicLink()) {
                            // nothing is read outside the project, not even to hash it: a link out of it, to a folder (which
                            // may loop) or to nothing makes the digest unknown, and the full build reports what is wrong
                            Path target = file.toRealPath();
                            if (!target.startsWith(project.toRealPath()) || !Files.isRegularFile(target)) {
                                throw new IOException("a link the up-to-date check does not follow: " + file);
                            }
                        } else if (!a.isRegularFile()) {
                            throw new IOException("not a regular file: " + file); // a socket, a device: never a source
                        }
                        files.put(project.relativize(file).toString().replace('\\', '/'), file);
                        return FileVisitResult.CONTINUE;
                    }
                    // visitFileFailed's default rethrows: a folder that cannot be read
                });
            }
            List<Map.Entry<String, Path>> all = new ArrayList<>(files.entrySet());
            String[] digests = new String[all.size()];
            IntStream.range(0, all.size()).parallel().forEach(i -> {
                String rel = all.get(i).getKey();
                Optional<Stat> stat = stat(all.get(i).getValue()); // before the bytes are read: a write after moves it
                Known before = known.get(rel);
                digests[i] = stat.isPresent() && before != null && before.stat().equals(stat.get()) ? before.sha256()
                        : sha256(all.get(i).getValue());
                stat.filter(st -> st.changed() < settled && st.modified() < settled).ifPresent(st -> keep.put(rel, new Known(st, digests[i])));
            });
            if (!keep.equals(known)) {
                write(cache, keep);
            }
            MessageDigest total = newSha256();
            absent.forEach(root -> total.update(("absent\0" + root + "\n").getBytes(StandardCharsets.UTF_8)));
            for (int i = 0; i < digests.length; i++) {
                total.update((all.get(i).getKey() + "\0" + digests[i] + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return Optional.of(HexFormat.of().formatHex(total.digest()));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Stat> stat(Path file) {
        try {
            Map<String, Object> a = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,ino");
            return Optional.of(new Stat((Long) a.get("size"), ((FileTime) a.get("lastModifiedTime")).to(TimeUnit.NANOSECONDS),
                    ((FileTime) a.get("ctime")).to(TimeUnit.NANOSECONDS), (Long) a.get("ino")));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException | NullPointerException e) {
            return Optional.empty(); // not POSIX: the file is read every time
        }
    }

    private static Map<String, Known> read(Path cache) {
        Map<String, Known> known = new HashMap<>();
        try {
            List<String> lines = Files.readAllLines(cache, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(VERSION)) {
                return known;
            }
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                known.put(SiteManifest.decode(f[0]), new Known(new Stat(Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
                        Long.parseLong(f[4])), f[5]));
            }
            return known;
        } catch (IOException | RuntimeException e) {
            return new HashMap<>(); // none yet, or damaged: every file is read
        }
    }

    private static void write(Path cache, Map<String, Known> keep) {
        StringBuilder s = new StringBuilder(VERSION).append('\n');
        new TreeMap<>(keep).forEach((rel, k) -> s.append(SiteManifest.encode(rel)).append('\t').append(k.stat().size()).append('\t')
                .append(k.stat().modified()).append('\t').append(k.stat().changed()).append('\t').append(k.stat().inode()).append('\t')
                .append(k.sha256()).append('\n'));
        try {
            AtomicFile.replace(cache, s.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // a cache: the next check reads the files again
        }
    }

    private static String sha256(Path file) {
        MessageDigest sha = newSha256();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
