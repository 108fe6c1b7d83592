package vn.congkhai.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces a small record file whole: written beside it, then moved over it in one step, so a build killed half-way
 * leaves the old record or the new one, never half of one (the build, up-to-date, source-digest and shard records).
 */
final class AtomicFile {
    private AtomicFile() {
    }

    static void replace(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        Files.write(tmp, content);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
