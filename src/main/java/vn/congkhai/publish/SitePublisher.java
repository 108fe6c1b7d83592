package vn.congkhai.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Opens a staging folder for the site at {@code target}, and clears what interrupted builds left behind. */
public final class SitePublisher {
    private SitePublisher() {
    }

    public static Staging begin(Path target) throws IOException {
        removeLeftovers(target);
        return new Staging(target);
    }

    /** A build killed mid-way leaves its staging folder; the published site itself is never half-written. */
    private static void removeLeftovers(Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(parent)) {
            return;
        }
        String prefix = target.getFileName().toString();
        try (Stream<Path> siblings = Files.list(parent)) {
            siblings.filter(p -> p.getFileName().toString().startsWith(prefix + ".staging-")
                            || p.getFileName().toString().startsWith(prefix + ".old-"))
                    .forEach(Staging::deleteTree);
        }
    }
}
