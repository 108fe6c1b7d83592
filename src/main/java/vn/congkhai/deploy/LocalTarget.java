package vn.congkhai.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Releases in a folder of this machine, served by a web server on the same host. A file whose bytes
 * equal the previous release's is a hard link to it (no space, no copy); only changed files are copied.
 */
public final class LocalTarget implements ReleaseTarget {
    private final Path base;

    public LocalTarget(Path base) {
        this.base = base.toAbsolutePath().normalize();
    }

    @Override
    public String describe() {
        return base.toString();
    }

    @Override
    public String base() {
        return base.toString();
    }

    @Override
    public TargetState inspect() {
        Path current = base.resolve("current");
        Optional<String> link = Optional.empty();
        String kind = "none";
        try {
            if (Files.isSymbolicLink(current)) {
                kind = "link";
                link = Optional.of(Files.readSymbolicLink(current).toString());
            } else if (Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
                kind = "other";
            }
            List<String> releases = new ArrayList<>();
            Path dir = releasesFolder();
            if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> all = Files.list(dir)) {
                    for (Path p : all.toList()) {
                        String name = p.getFileName().toString();
                        if (Files.isSymbolicLink(p) && ReleaseIds.isId(name)) {
                            throw ReleaseLinks.entryIsLink(describe(), name);
                        }
                        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && ReleaseIds.isId(name)) {
                            releases.add(name);
                        }
                    }
                }
                releases.sort(null);
            }
            return new TargetState(List.copyOf(releases), link, kind);
        } catch (IOException e) {
            throw new DeployException("Không đọc được thư mục đích `" + base + "`: " + e.getMessage(), e);
        }
    }

    /** {@code BASE/releases}, refused when it is a symbolic link: nothing under it is read or deleted through a link. */
    private Path releasesFolder() {
        Path dir = base.resolve("releases");
        if (Files.isSymbolicLink(dir)) {
            throw ReleaseLinks.folderIsLink(describe());
        }
        return dir;
    }

    @Override
    public TargetLock lock(String operation) {
        return FlockHolder.take(List.of("sh", "-s"), base.toString(), describe(), operation);
    }

    @Override
    public void clearLeftovers() {
        try {
            Path dir = releasesFolder();
            if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                try (DirectoryStream<Path> all = Files.newDirectoryStream(dir)) {
                    for (Path p : all) {
                        if (ReleaseIds.isPartial(p.getFileName().toString())) {
                            deleteTree(p);
                        }
                    }
                }
            }
            if (Files.isDirectory(base)) {
                try (DirectoryStream<Path> all = Files.newDirectoryStream(base, ".current-*")) {
                    for (Path p : all) {
                        if (Files.isSymbolicLink(p)) {
                            Files.delete(p);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new DeployException("Không dọn được phần còn sót của lần xuất bản trước ở `" + base + "`: " + e.getMessage(), e);
        }
    }

    @Override
    public String upload(Path site, List<String> files, String id, Optional<String> previous) {
        Path partial = releasesFolder().resolve(ReleaseIds.partial(id));
        Path before = previous.map(p -> base.resolve("releases").resolve(p)).orElse(null);
        AtomicInteger linked = new AtomicInteger();
        AtomicInteger copied = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        try {
            Files.createDirectory(partial); // new: never shared with another publish
            for (String f : files) {
                Path from = site.resolve(f);
                Path to = partial.resolve(f).normalize();
                if (!to.startsWith(partial)) {
                    throw new DeployException("Tệp `" + f + "` nằm ngoài thư mục của cổng.");
                }
                Files.createDirectories(to.getParent());
                Path old = before == null ? null : before.resolve(f);
                if (old != null && sameBytes(from, old)) {
                    try {
                        Files.createLink(to, old);
                        linked.incrementAndGet();
                        continue;
                    } catch (FileSystemException | UnsupportedOperationException e) {
                        // links not allowed here: copy instead
                    }
                }
                Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
                copied.incrementAndGet();
                bytes.addAndGet(Files.size(to));
            }
            Files.move(partial, base.resolve("releases").resolve(id), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DeployException("Không chép được bản phát hành vào `" + partial + "`: " + e.getMessage()
                    + ". `current` vẫn là bản cũ; lần xuất bản sau sẽ dọn phần dở dang.", e);
        }
        return copied.get() + " tệp chép mới (" + bytes.get() + " byte), " + linked.get() + " tệp không đổi dùng chung với bản trước";
    }

    private static boolean sameBytes(Path a, Path b) throws IOException {
        return Files.isRegularFile(b, LinkOption.NOFOLLOW_LINKS) && Files.size(a) == Files.size(b) && Files.mismatch(a, b) == -1;
    }

    @Override
    public void carry(String from, String to, List<String> files) {
        Path source = base.resolve("releases").resolve(from);
        Path target = base.resolve("releases").resolve(to);
        try {
            for (String f : files) {
                Path old = source.resolve(f);
                Path link = target.resolve(f);
                if (Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS) && !Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(link.getParent());
                    Files.createLink(link, old);
                }
            }
        } catch (IOException e) {
            throw new DeployException("Không chép được tệp giao diện của bản " + from + " sang bản " + to + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void switchCurrent(String id) {
        Path link = base.resolve(".current-" + id);
        try {
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, Path.of("releases", id));
            // rename(2) over the old link: a request resolves either the old release or the new one
            Files.move(link, base.resolve("current"), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DeployException("Không chuyển được `current` sang `releases/" + id + "`: " + e.getMessage(), e);
        }
    }

    @Override
    public void remove(String id) {
        Path release = releasesFolder().resolve(id);
        if (Files.isSymbolicLink(release)) {
            throw ReleaseLinks.entryIsLink(describe(), id);
        }
        deleteTree(release);
    }

    @Override
    public Map<String, String> versionFiles(List<String> ids) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String id : ids) {
            Path f = base.resolve("releases").resolve(id).resolve(vn.congkhai.render.AssetNames.VERSION_FILE);
            try {
                out.put(id, Files.isRegularFile(f) ? Files.readString(f) : "");
            } catch (IOException e) {
                out.put(id, "");
            }
        }
        return out;
    }

    /** Ensures the base folder exists (its parent must: a mistyped path should not create a tree). */
    @Override
    public void prepare() {
        try {
            if (!Files.isDirectory(base)) {
                if (base.getParent() == null || !Files.isDirectory(base.getParent())) {
                    throw new DeployException("Không có thư mục `" + base.getParent() + "` để tạo thư mục đích `" + base + "`.");
                }
                try {
                    Files.createDirectory(base);
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    // created a moment ago by another publish: fine
                }
            }
            Path dir = releasesFolder();
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(dir);
            }
        } catch (IOException e) {
            throw new DeployException("Không tạo được thư mục đích `" + base + "`: " + e.getMessage(), e);
        }
    }

    /** Deletes {@code root} and what is under it; a symbolic link met on the way is deleted itself, never followed. */
    static void deleteTree(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) { // walk does not follow links
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new DeployException("Không xóa được `" + root + "`: " + e.getMessage(), e);
        }
    }
}
