package vn.congkhai.publish;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A site being written. Thread-safe: pages arrive from several render threads.
 * <p>Where the published site already holds a file with the same bytes, the staging copy is a hard
 * link to it: the file keeps its inode and modification time, which is what lets a later release
 * transfer only the pages that really changed.
 */
public final class Staging implements AutoCloseable {
    private final Path target;
    private final Path dir;
    private final Set<Path> madeDirs = ConcurrentHashMap.newKeySet();
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private boolean finished;

    /** Whether a file is already staged at this path (a page and an asset must not share one). */
    public boolean has(String relative) {
        return Files.exists(dir.resolve(relative), LinkOption.NOFOLLOW_LINKS);
    }

    Staging(Path target) throws IOException {
        this.target = target;
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        this.dir = Files.createTempDirectory(parent, target.getFileName() + ".staging-");
        // createTempDirectory makes it private (rwx------): a web server must be able to read the published site
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its defaults apply
        }
    }

    public Path dir() {
        return dir;
    }

    public void write(String relative, byte[] bytes) {
        stage(relative, previous -> sameBytes(previous, bytes), out -> Files.write(out, bytes, StandardOpenOption.CREATE_NEW));
    }

    /**
     * Stages a file by copying it from {@code source} in blocks, never holding it whole (an asset may weigh megabytes);
     * like {@link #write}, a hard link to the published file when that has the same bytes.
     *
     * @param size the size of what {@code source} gives
     */
    public void copy(String relative, long size, IoSupplier<InputStream> source) {
        stage(relative, previous -> sameContent(previous, size, source), out -> {
            try (InputStream in = source.get(); OutputStream to = Files.newOutputStream(out, StandardOpenOption.CREATE_NEW)) {
                in.transferTo(to);
            }
        });
    }

    /** Whether the published file at a path already holds the new bytes. */
    private interface SameAs {
        boolean at(Path published) throws IOException;
    }

    /** Writes the new bytes to a path that does not exist yet. */
    private interface WriteTo {
        void at(Path out) throws IOException;
    }

    /**
     * One file into staging: a hard link to the published file when {@code same} says its bytes are unchanged,
     * else written anew by {@code fresh}; never outside the staging folder, never twice.
     */
    private void stage(String relative, SameAs same, WriteTo fresh) {
        Path out = dir.resolve(relative).normalize();
        if (!out.startsWith(dir)) {
            throw new IllegalArgumentException("refusing to write outside the site: " + relative);
        }
        try {
            Path parent = out.getParent();
            if (!madeDirs.contains(parent)) {
                Files.createDirectories(parent); // idempotent: two threads may both get here
                madeDirs.add(parent);
            }
            Path previous = target.resolve(relative);
            if (same.at(previous)) {
                try {
                    Files.createLink(out, previous);
                    unchanged.incrementAndGet();
                    return;
                } catch (FileSystemException | UnsupportedOperationException e) {
                    // another file system, or links not allowed: fall back to writing
                }
            }
            if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
                // it may be a hard link to the published file: writing into it would change the live site
                throw new IllegalStateException("two files of the site have the same path: " + relative);
            }
            fresh.at(out);
            written.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    /** Something that opens a stream and may fail doing so. */
    @FunctionalInterface
    public interface IoSupplier<T> {
        T get() throws IOException;
    }

    /** Compares block by block; stops at the first difference. */
    private static boolean sameContent(Path previous, long size, IoSupplier<InputStream> source) throws IOException {
        if (!Files.isRegularFile(previous) || Files.isSymbolicLink(previous) || Files.size(previous) != size) {
            return false;
        }
        try (InputStream a = new BufferedInputStream(Files.newInputStream(previous)); InputStream b = new BufferedInputStream(source.get())) {
            byte[] x = new byte[8192];
            byte[] y = new byte[8192];
            while (true) {
                int n = a.readNBytes(x, 0, x.length);
                int m = b.readNBytes(y, 0, y.length);
                if (n != m || !Arrays.equals(x, 0, n, y, 0, m)) {
                    return false;
                }
                if (n == 0) {
                    return true;
                }
            }
        }
    }

    /**
     * Keeps the published file at {@code relative} as it is, when it still has the size and modification
     * time the last build recorded (so it was not changed by hand since): a hard link, nothing read or written.
     */
    public boolean keep(String relative, long size, long modified) {
        Path previous = target.resolve(relative);
        Path out = dir.resolve(relative).normalize();
        try {
            if (!out.startsWith(dir) || !Files.isRegularFile(previous) || Files.isSymbolicLink(previous)
                    || Files.size(previous) != size || Files.getLastModifiedTime(previous).toMillis() != modified) {
                return false;
            }
            Path parent = out.getParent();
            if (!madeDirs.contains(parent)) {
                Files.createDirectories(parent);
                madeDirs.add(parent);
            }
            Files.createLink(out, previous);
            unchanged.incrementAndGet();
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static boolean sameBytes(Path previous, byte[] bytes) throws IOException {
        if (!Files.isRegularFile(previous) || Files.isSymbolicLink(previous) || Files.size(previous) != bytes.length) {
            return false;
        }
        return Arrays.equals(Files.readAllBytes(previous), bytes);
    }

    public int written() {
        return written.get();
    }

    public int unchanged() {
        return unchanged.get();
    }

    /** Swaps the staged site in: the old one is moved aside, the new one renamed into place, the old one removed. */
    public void commit() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling(target.getFileName() + ".old-" + dir.getFileName().toString().replaceAll(".*staging-", ""));
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(dir, target, StandardCopyOption.ATOMIC_MOVE);
        finished = true;
        if (old != null) {
            deleteTree(old);
        }
    }

    /** Throws the staged files away; the published site was never touched. */
    @Override
    public void close() {
        if (!finished) {
            finished = true;
            deleteTree(dir);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
