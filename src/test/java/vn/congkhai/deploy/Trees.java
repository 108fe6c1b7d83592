package vn.congkhai.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Folder trees as comparable values, for "this folder was left exactly as it was" and "this release is that site". */
final class Trees {
    private Trees() {
    }

    /** Every path under {@code root} (links not followed) with what it is: a link's text, a folder, a file's SHA-256. */
    static Map<String, String> of(Path root) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                out.put(root.relativize(p).toString(), Files.isSymbolicLink(p) ? "-> " + Files.readSymbolicLink(p)
                        : Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "dir" : sha256(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The files of {@code release} are exactly those of {@code site}, byte for byte. */
    static void assertSameFiles(Path site, Path release) throws IOException {
        assertEquals(files(site), files(release.toRealPath()), release + " is " + site + ", complete and unmixed");
    }

    private static Map<String, String> files(Path root) {
        Map<String, String> all = of(root);
        all.values().removeIf(v -> v.equals("dir"));
        return all;
    }

    private static String sha256(Path f) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (var in = Files.newInputStream(f)) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) {
                    md.update(buf, 0, n);
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
