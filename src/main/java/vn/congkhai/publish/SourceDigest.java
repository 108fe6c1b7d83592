package vn.congkhai.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
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
 * <p>Files are read in parallel (a 10,000-unit ward's data is tens of megabytes); links are followed, as the loaders
 * follow them, and a loop of links makes the digest unknown (then the build runs in full and reports it).
 */
final class SourceDigest {
    private SourceDigest() {
    }

    /** @param roots project-relative folders and files; one that does not exist counts as absent */
    static Optional<String> of(Path project, List<String> roots) {
        try {
            Map<String, Path> files = new TreeMap<>();
            List<String> absent = new ArrayList<>();
            for (String root : roots) {
                Path start = project.resolve(root);
                if (!Files.exists(start)) {
                    absent.add(root);
                    continue;
                }
                Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes a) throws IOException {
                        if (!a.isRegularFile()) {
                            throw new IOException("not a regular file: " + file); // a socket, a device: never a source
                        }
                        files.put(project.relativize(file).toString().replace('\\', '/'), file);
                        return FileVisitResult.CONTINUE;
                    }
                    // visitFileFailed's default rethrows: a loop of links, a folder that cannot be read
                });
            }
            List<Map.Entry<String, Path>> all = new ArrayList<>(files.entrySet());
            String[] digests = new String[all.size()];
            IntStream.range(0, all.size()).parallel().forEach(i -> digests[i] = sha256(all.get(i).getValue()));
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
