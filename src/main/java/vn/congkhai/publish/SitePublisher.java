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
     * Puts back a published site that a build killed between the two renames of its commit left aside
     * as {@code site.old-N}. Called as soon as the build holds the lock, before anything can fail.
     */
    public static void restoreInterrupted(Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        if (Files.exists(target) || !Files.isDirectory(parent)) {
            return;
        }
        List<Path> old;
        try (Stream<Path> siblings = Files.list(parent)) {
            old = siblings.filter(p -> ours(p, target, ".old-")).sorted().toList();
        }
        if (!old.isEmpty()) {
            Files.move(old.get(old.size() - 1), target, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Only folders this code names: {@code site.staging-DIGITS}, {@code site.old-DIGITS}; a person's {@code site.old-banluu} is left alone. */
    static boolean ours(Path p, Path target, String infix) {
        return p.getFileName().toString().matches(java.util.regex.Pattern.quote(target.getFileName() + infix) + "\\d+");
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
        restoreInterrupted(target);
        try (Stream<Path> siblings = Files.list(parent)) {
            siblings.filter(p -> ours(p, target, ".staging-") || ours(p, target, ".old-")).forEach(Staging::deleteTree);
        }
    }
}
