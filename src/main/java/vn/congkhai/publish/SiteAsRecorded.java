package vn.congkhai.publish;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Whether the published folder still holds exactly what the last build wrote: the same files (none missing, none
 * added), each with the size and modification time {@link SiteManifest} recorded once it was published. Like git's
 * index, a file edited by hand moves its time, so this needs no read of any file's bytes; deploying still checks
 * every file's SHA-256 against the manifest ({@code deploy/BuiltSite}), so nothing unchecked ever reaches a server.
 * Anything else in the folder (a link, a folder of another build left beside it) counts as changed.
 */
final class SiteAsRecorded {
    private SiteAsRecorded() {
    }

    /** The number of files, or -1 when the folder is not as the manifest says (or there is no manifest). */
    static int files(Path project, Path output) {
        Map<String, SiteManifest.Entry> recorded = SiteManifest.open(project, output).entries();
        if (recorded.isEmpty() || !Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS) || leftovers(output)) {
            return -1;
        }
        Set<String> seen = new HashSet<>();
        boolean[] same = {true};
        try {
            Files.walkFileTree(output, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                    String path = output.relativize(file).toString().replace('\\', '/');
                    SiteManifest.Entry e = recorded.get(path);
                    if (e == null || !a.isRegularFile() || a.size() != e.size() || a.lastModifiedTime().toMillis() != e.modified()) {
                        same[0] = false;
                        return FileVisitResult.TERMINATE;
                    }
                    seen.add(path);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return -1;
        }
        return same[0] && seen.size() == recorded.size() ? seen.size() : -1;
    }

    /** A staging folder or a set-aside site beside the output: a build was killed there, so build in full. */
    private static boolean leftovers(Path output) {
        Path parent = output.toAbsolutePath().getParent();
        try (Stream<Path> siblings = Files.list(parent)) {
            return siblings.anyMatch(p -> SitePublisher.ours(p, output, ".staging-") || SitePublisher.ours(p, output, ".old-"));
        } catch (IOException e) {
            return true;
        }
    }
}
