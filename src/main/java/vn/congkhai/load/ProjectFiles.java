package vn.congkhai.load;

import java.io.IOException;
import java.nio.file.Path;

/** The one rule for every file a build reads: it must really be inside the project, links resolved. */
public final class ProjectFiles {
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
