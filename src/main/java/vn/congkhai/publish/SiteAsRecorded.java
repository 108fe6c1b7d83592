package vn.congkhai.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
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
        Map<String, long[]> recorded = recorded(project, output);
        if (recorded.isEmpty() || !Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS) || leftovers(output)) {
            return -1;
        }
        AtomicInteger seen = new AtomicInteger();
        try {
            return same(output, "", recorded, seen) && seen.get() == recorded.size() ? seen.get() : -1;
        } catch (IOException | UncheckedIOException e) {
            return -1;
        }
    }

    /**
     * Whether every file under {@code dir} is one the manifest lists, with its size and time. The entries of a folder
     * are looked at in parallel: at 10,000 units one folder holds 10,000 unit pages, and a look is a system call.
     */
    private static boolean same(Path dir, String prefix, Map<String, long[]> recorded, AtomicInteger seen) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> in = Files.newDirectoryStream(dir)) {
            in.forEach(entries::add);
        }
        return entries.parallelStream().allMatch(p -> {
            try {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                String path = prefix + p.getFileName();
                if (a.isDirectory()) {
                    return same(p, path + "/", recorded, seen);
                }
                long[] e = recorded.get(path);
                if (e == null || !a.isRegularFile() || a.size() != e[0] || a.lastModifiedTime().toMillis() != e[1]) {
                    return false;
                }
                seen.incrementAndGet();
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Each file's size and modification time from {@link SiteManifest}'s file, by path; empty when there is none or it
     * is not this output's. Read here field by field rather than through {@link SiteManifest#open}: at 10,000 units the
     * manifest is megabytes of links, which this check has no use for.
     */
    static Map<String, long[]> recorded(Path project, Path output) {
        Map<String, long[]> recorded = new HashMap<>();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(SiteManifest.file(project, output));
        } catch (IOException e) {
            return recorded;
        }
        byte[] header = (SiteManifest.VERSION + "\t" + output.toAbsolutePath() + "\n").getBytes(StandardCharsets.UTF_8);
        if (bytes.length < header.length || !Arrays.equals(bytes, 0, header.length, header, 0, header.length)) {
            return recorded;
        }
        try {
            for (int start = header.length; start < bytes.length; ) {
                int end = start;
                while (end < bytes.length && bytes[end] != '\n') {
                    end++;
                }
                // path, render key, SHA-256, size, modification time, links
                int[] tabs = new int[5];
                int found = 0;
                for (int i = start; i < end && found < 5; i++) {
                    if (bytes[i] == '\t') {
                        tabs[found++] = i;
                    }
                }
                if (found < 5) {
                    return Map.of();
                }
                String path = SiteManifest.decode(new String(bytes, start, tabs[0] - start, StandardCharsets.UTF_8));
                recorded.put(path, new long[]{number(bytes, tabs[2] + 1, tabs[3]), number(bytes, tabs[3] + 1, tabs[4])});
                start = end + 1;
            }
        } catch (NumberFormatException e) {
            return Map.of();
        }
        return recorded;
    }

    private static long number(byte[] bytes, int from, int to) {
        return Long.parseLong(new String(bytes, from, to - from, StandardCharsets.US_ASCII));
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
