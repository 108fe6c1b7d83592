package vn.congkhai.load;

import vn.congkhai.model.Say;

import java.io.IOException;
import java.nio.file.Path;

/** The one rule for every file a build reads: it must really be inside the project, links resolved. */
public final class ProjectFiles {
    /** What is said about a file that leads out of the project. */
    static final java.util.function.Function<String, Say> OUTSIDE = rel -> Say.of("Tệp " + rel + " trỏ ra ngoài thư mục dự án.",
            "The file " + rel + " points outside the project folder.");
    static final Say OUTSIDE_HINT = Say.of("Thay liên kết (symlink) bằng một tệp thật nằm trong dự án.",
            "Replace the link (symlink) by a real file inside the project.");

    private ProjectFiles() {
    }

    public static boolean isInside(Path projectDir, Path file) {
        try {
            return file.toRealPath().startsWith(projectDir.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }
}
