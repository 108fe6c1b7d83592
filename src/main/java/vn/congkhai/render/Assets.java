package vn.congkhai.render;

import vn.congkhai.Problems;
import vn.congkhai.model.Say;
import vn.congkhai.model.SourceRef;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The static files of the portal (CSS, the small sorting script): the defaults shipped in the
 * plugin, overridden file by file by the ward's own {@code assets/}.
 * <p>A ward's files are listed, never read here: each is refused, with its place, when its name is hidden
 * ({@code .env}, {@code .git/}: whatever starts with a dot), when it really lies outside the project or in a hidden
 * folder of it (links resolved), when it is not a plain file, or when it is over the size limits. What is in them is
 * checked by {@code check.AssetContent}.
 */
public final class Assets {
    /** The default assets shipped in the plugin jar (a jar cannot be listed portably); a test keeps it equal to {@code assets/}. */
    public static final List<String> DEFAULTS = List.of("css/congkhai.css", "js/congkhai.js", "js/tim-kiem.js");
    private static final String DEFAULTS_ROOT = "/vn/congkhai/defaults/assets/";

    private Assets() {
    }

    /**
     * Every asset by site-relative path, sorted; problems for the ward's files that cannot be published.
     *
     * @param alreadyPublished bytes the site publishes besides assets (documents' and notices' files), counted in the total
     */
    public static Map<String, Asset> collect(Path projectDir, Path own, AssetLimits limits, long alreadyPublished, Problems problems) {
        Map<String, Asset> out = new TreeMap<>();
        for (String name : DEFAULTS) {
            try (InputStream in = Assets.class.getResourceAsStream(DEFAULTS_ROOT + name)) {
                if (in != null) {
                    out.put("assets/" + name, Asset.shipped(in.readAllBytes()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (Files.isDirectory(own)) {
            new Walk(projectDir, own, limits, problems, out).run(alreadyPublished);
        }
        return out;
    }

    /** Whether a file, links resolved, is in a hidden folder of the project ({@code .git/}, {@code .congkhai/}) or is itself hidden. */
    public static boolean inHiddenFolder(Path projectDir, Path file) {
        try {
            Path real = file.toRealPath();
            Path project = projectDir.toRealPath();
            return real.startsWith(project) && java.util.stream.StreamSupport.stream(project.relativize(real).spliterator(), false)
                    .anyMatch(part -> part.toString().startsWith("."));
        } catch (IOException e) {
            return false; // a missing file is reported where it is named
        }
    }

    /** One walk over the ward's folder, links followed (each checked by its real path) and loops reported. */
    private static final class Walk extends SimpleFileVisitor<Path> {
        private final Path project;
        private final Path own;
        private final AssetLimits limits;
        private final Problems problems;
        private final Map<String, Asset> out;
        private Path realProject;
        private long total;

        Walk(Path project, Path own, AssetLimits limits, Problems problems, Map<String, Asset> out) {
            this.project = project;
            this.own = own;
            this.limits = limits;
            this.problems = problems;
            this.out = out;
        }

        void run(long alreadyPublished) {
            total = alreadyPublished;
            try {
                realProject = project.toRealPath();
                Files.walkFileTree(own, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, this);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (total > limits.maxTotalBytes()) {
                problems.error(SourceRef.file(rel(own)), "", Say.of("Các tệp được đăng (tài nguyên và tệp văn bản) nặng tổng cộng "
                                + AssetLimits.mb(total) + ", quá giới hạn " + AssetLimits.mb(limits.maxTotalBytes()) + ".",
                                "The published files (assets and documents' files) weigh " + AssetLimits.mb(total) + " together, over the limit of "
                                        + AssetLimits.mb(limits.maxTotalBytes()) + "."),
                        Say.of("Bớt hoặc nén các tệp lớn; nếu thật cần, đặt `" + AssetLimits.MAX_TOTAL_KEY + "` trong jbake.properties.",
                                "Remove or compress large files; if really needed, set `" + AssetLimits.MAX_TOTAL_KEY + "` in jbake.properties."));
            }
        }

        private String rel(Path p) {
            return project.relativize(p).toString().replace('\\', '/');
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
            if (!dir.equals(own) && hidden(dir)) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            return leadsOutside(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            if (hidden(file)) {
                return FileVisitResult.CONTINUE;
            }
            if (!Files.exists(file)) { // a link to nothing: the walk hands over the link itself
                return visitFileFailed(file, new java.nio.file.NoSuchFileException(file.toString()));
            }
            if (leadsOutside(file)) {
                return FileVisitResult.CONTINUE;
            }
            String where = rel(file);
            if (!attrs.isRegularFile()) {
                problems.error(SourceRef.file(where), "", Say.of("`" + where + "` không phải một tệp bình thường (thiết bị, ống dẫn…).",
                                "`" + where + "` is not a plain file (a device, a pipe…)."),
                        Say.of("Xóa nó khỏi thư mục tài nguyên.", "Remove it from the assets folder."));
                return FileVisitResult.CONTINUE;
            }
            long size = attrs.size(); // never read: a 3 GB file costs nothing to refuse
            if (size > limits.maxFileBytes()) {
                problems.error(SourceRef.file(where), "", Say.of("Tệp `" + where + "` nặng " + AssetLimits.mb(size) + ", quá giới hạn "
                                + AssetLimits.mb(limits.maxFileBytes()) + " cho một tệp: người dân tải trên điện thoại sẽ rất lâu.",
                                "The file `" + where + "` weighs " + AssetLimits.mb(size) + ", over the limit of "
                                        + AssetLimits.mb(limits.maxFileBytes()) + " for one file: too slow to download on a phone."),
                        Say.of("Nén hoặc chia nhỏ tệp; nếu thật cần, đặt `" + AssetLimits.MAX_FILE_KEY + "` trong jbake.properties.",
                                "Compress or split the file; if really needed, set `" + AssetLimits.MAX_FILE_KEY + "` in jbake.properties."));
                total += size;
                return FileVisitResult.CONTINUE;
            }
            total += size;
            out.put("assets/" + own.relativize(file).toString().replace('\\', '/'), Asset.file(file.toRealPath()));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            String where = rel(file);
            if (e instanceof FileSystemLoopException) {
                problems.error(SourceRef.file(where), "", Say.of("Liên kết `" + where + "` trỏ ngược về thư mục chứa nó (vòng lặp).",
                                "The link `" + where + "` leads back to a folder holding it (a loop)."),
                        Say.of("Xóa liên kết này.", "Delete this link."));
            } else if (Files.isSymbolicLink(file) && !Files.exists(file)) {
                problems.error(SourceRef.file(where), "", Say.of("Liên kết `" + where + "` trỏ tới một tệp không có.",
                                "The link `" + where + "` leads to a file that does not exist."),
                        Say.of("Xóa liên kết, hoặc thay bằng tệp thật.", "Delete the link, or replace it by the real file."));
            } else {
                problems.error(SourceRef.file(where), "", Say.of("Không đọc được `" + where + "`.", "`" + where + "` cannot be read."),
                        Say.of("Kiểm tra quyền đọc tệp.", "Check the file's permissions."));
            }
            return FileVisitResult.CONTINUE;
        }

        /** A name starting with a dot: a secret ({@code .env}), a repository ({@code .git/}), an editor's backup. */
        private boolean hidden(Path p) {
            if (!p.getFileName().toString().startsWith(".")) {
                return false;
            }
            String where = rel(p);
            boolean folder = Files.isDirectory(p);
            problems.error(SourceRef.file(where), "", folder
                            ? Say.of("Thư mục `" + where + "` có tên bắt đầu bằng dấu chấm (thư mục ẩn, như .git): không được đăng lên cổng.",
                            "The folder `" + where + "` has a name starting with a dot (hidden, like .git): it must not be published.")
                            : Say.of("Tệp `" + where + "` có tên bắt đầu bằng dấu chấm (tệp ẩn, như .env): không được đăng lên cổng.",
                            "The file `" + where + "` has a name starting with a dot (hidden, like .env): it must not be published."),
                    Say.of("Xóa " + (folder ? "thư mục" : "tệp") + " khỏi thư mục tài nguyên, hoặc đổi tên không bắt đầu bằng dấu chấm.",
                            "Remove it from the assets folder, or rename it so that it does not start with a dot."));
            return true;
        }

        /**
         * Whether a file or folder, links resolved, lies outside the project or in one of its hidden folders
         * ({@code assets/cau-hinh → ../.git}); reported when it does.
         */
        private boolean leadsOutside(Path p) throws IOException {
            boolean outside = !p.toRealPath().startsWith(realProject);
            boolean intoHidden = !outside && inHiddenFolder(project, p);
            if (!outside && !intoHidden) {
                return false;
            }
            String where = rel(p);
            problems.error(SourceRef.file(where), "", outside
                            ? Say.of("`" + where + "` là liên kết trỏ ra ngoài thư mục dự án.", "`" + where + "` is a link leading out of the project folder.")
                            : Say.of("`" + where + "` là liên kết trỏ vào một thư mục ẩn của dự án.", "`" + where + "` is a link leading into a hidden folder of the project."),
                    Say.of("Thay liên kết (symlink) bằng một tệp thật nằm trong thư mục tài nguyên.",
                            "Replace the link (symlink) by a real file inside the assets folder."));
            return true;
        }
    }
}
