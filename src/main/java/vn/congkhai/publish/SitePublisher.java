package vn.congkhai.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** Opens a staging folder for the site at {@code target}, and clears what interrupted builds left behind. */
public final class SitePublisher {
    private SitePublisher() {
    }

    public static Staging begin(Path target) throws IOException {
        removeLeftovers(target);
        return new Staging(target);
    }

    /**
     * A build killed mid-way leaves its staging folder, and one killed between the two renames of a
     * commit leaves the published site aside as {@code site.old-*}: that one is put back, never deleted.
     * Callers hold the build lock, so no other build's folders are touched.
     */
    private static void removeLeftovers(Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(parent)) {
            return;
        }
        String prefix = target.getFileName().toString();
        List<Path> old;
        try (Stream<Path> siblings = Files.list(parent)) {
            old = siblings.filter(p -> p.getFileName().toString().startsWith(prefix + ".old-")).sorted().toList();
        }
        if (!Files.exists(target) && !old.isEmpty()) {
            Files.move(old.get(old.size() - 1), target, StandardCopyOption.ATOMIC_MOVE);
        }
        try (Stream<Path> siblings = Files.list(parent)) {
            siblings.filter(p -> p.getFileName().toString().startsWith(prefix + ".staging-")
                            || p.getFileName().toString().startsWith(prefix + ".old-"))
                    .forEach(Staging::deleteTree);
        }
    }
}
