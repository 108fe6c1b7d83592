package vn.congkhai.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * One static file of the portal: either shipped in the plugin (a few kilobytes, held as bytes) or a file of the
 * ward's {@code assets/} folder, which stays on disk and is only ever streamed (an asset may be large: it is never
 * read whole into memory).
 *
 * @param shipped the bytes of a default asset; null for a ward's file
 * @param file    the ward's file (its real path, checked to be inside the project); null for a default
 */
public record Asset(byte[] shipped, Path file) {
    public static Asset shipped(byte[] bytes) {
        return new Asset(bytes, null);
    }

    public static Asset file(Path file) {
        return new Asset(null, file);
    }

    /** The ward's file on disk, if this is one. */
    public Optional<Path> onDisk() {
        return Optional.ofNullable(file);
    }

    public InputStream open() throws IOException {
        return shipped != null ? new ByteArrayInputStream(shipped) : Files.newInputStream(file);
    }

    public long size() {
        try {
            return shipped != null ? shipped.length : Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 of the bytes, hex, read in blocks. */
    public String sha256() {
        try (InputStream in = open()) {
            return sha256(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 of a stream, hex, read in blocks and never held whole. */
    public static String sha256(InputStream in) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (DigestInputStream digesting = new DigestInputStream(in, sha)) {
                digesting.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
