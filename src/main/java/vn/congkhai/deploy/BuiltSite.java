package vn.congkhai.deploy;

import vn.congkhai.publish.BuildRecord;
import vn.congkhai.publish.SiteManifest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A built site that may be deployed: its last build passed every stage (the check stage included), and
 * its files are exactly those that build recorded in {@code .congkhai/manifest-site.tsv}, byte for byte
 * (SHA-256). Anything else (a failed build, a page edited by hand in {@code site/}, a stray file) is refused.
 */
public final class BuiltSite {
    private final Path dir;
    private final List<String> files;
    private final String commit;
    private final Map<String, String> sha256;

    private BuiltSite(Path dir, List<String> files, String commit, Map<String, String> sha256) {
        this.dir = dir;
        this.files = files;
        this.commit = commit;
        this.sha256 = sha256;
    }

    public static BuiltSite verify(Path project, Path site) {
        Path p = project.toAbsolutePath().normalize();
        Path s = site.toAbsolutePath().normalize();
        String last = BuildRecord.read(p, s);
        if (last.equals(BuildRecord.FAILED)) {
            throw new DeployException("Lần dựng cổng gần nhất có lỗi (thư mục `" + s.getFileName()
                    + "` vẫn là bản cũ hơn): không xuất bản. Sửa các lỗi, dựng lại (`congkhai build`), rồi xuất bản.");
        }
        if (last.isEmpty() || !Files.isDirectory(s) || !SiteManifest.exists(p, s)) {
            throw new DeployException("Chưa có bản dựng thành công nào của `" + s + "`: hãy dựng cổng trước (`congkhai build`), rồi xuất bản.");
        }
        Map<String, SiteManifest.Entry> recorded = SiteManifest.open(p, s).entries();
        Set<String> onDisk = new TreeSet<>();
        try (Stream<Path> all = Files.walk(s)) {
            all.filter(f -> !Files.isDirectory(f)).forEach(f -> onDisk.add(s.relativize(f).toString().replace('\\', '/')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> problems = new ArrayList<>();
        for (String f : onDisk) {
            if (!recorded.containsKey(f)) {
                problems.add("`" + f + "` không do lần dựng tạo ra");
            }
        }
        for (String f : recorded.keySet()) {
            if (!onDisk.contains(f)) {
                problems.add("thiếu `" + f + "`");
            }
        }
        onDisk.parallelStream().filter(recorded::containsKey).forEach(f -> {
            SiteManifest.Entry e = recorded.get(f);
            try {
                Path file = s.resolve(f);
                if (Files.isSymbolicLink(file) || Files.size(file) != e.size() || !hash(file).equals(e.sha256())) {
                    synchronized (problems) {
                        problems.add("`" + f + "` đã bị sửa sau lần dựng");
                    }
                }
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
        if (!problems.isEmpty()) {
            problems.sort(null);
            throw new DeployException("Các tệp trong `" + s.getFileName() + "` không còn khớp với lần dựng gần nhất ("
                    + String.join("; ", problems.subList(0, Math.min(5, problems.size())))
                    + (problems.size() > 5 ? "; và " + (problems.size() - 5) + " tệp khác" : "")
                    + "): không xuất bản. Đừng sửa tay thư mục này; dựng lại cổng rồi xuất bản.");
        }
        Map<String, String> hashes = new java.util.TreeMap<>();
        recorded.forEach((f, e) -> hashes.put(f, e.sha256())); // each was just read and found equal to these
        return new BuiltSite(s, List.copyOf(hashes.keySet()), commitOf(s), java.util.Collections.unmodifiableMap(hashes));
    }

    /** The commit the build wrote into {@code phien-ban.json}. */
    private static String commitOf(Path site) {
        try {
            Path version = site.resolve(vn.congkhai.render.AssetNames.VERSION_FILE);
            return Files.isRegularFile(version) ? VersionJson.field(Files.readString(version), "commit") : "";
        } catch (IOException e) {
            return "";
        }
    }

    public Path dir() {
        return dir;
    }

    /** Site-relative paths of every file, sorted. */
    public List<String> files() {
        return files;
    }

    public String commit() {
        return commit;
    }

    /** Each file's SHA-256, as verified against the build's manifest: a target need not read the files again. */
    public Map<String, String> sha256() {
        return sha256;
    }

    /** In blocks: an asset may be larger than any Java array (the build streams it, and so must the deploy). */
    static String hash(Path file) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return vn.congkhai.render.Asset.sha256(in);
        }
    }
}
