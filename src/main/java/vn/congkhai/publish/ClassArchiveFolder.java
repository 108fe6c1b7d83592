package vn.congkhai.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes {@code .congkhai/cds/}, where the README's recipe for a faster start on Java 19 and newer keeps the JVM's
 * class archive ({@code -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=.congkhai/cds/maven.jsa} in a ward's
 * {@code .mvn/jvm.config}). Why the build makes it: the JVM writes that archive as it exits and does not make the
 * folder; when it is missing (a fresh clone in CI: {@code .congkhai/} is not committed) the JVM ends a build that
 * succeeded with exit code 1 ("Unable to create shared archive file"). Made before anything can fail, so every build,
 * failed, up to date or whole, leaves it for the JVM's exit. An empty folder costs nothing where the recipe is unused.
 */
public final class ClassArchiveFolder {
    static final String FOLDER = ".congkhai/cds";

    private ClassArchiveFolder() {
    }

    public static void prepare(Path project) {
        try {
            Files.createDirectories(project.resolve(FOLDER));
        } catch (IOException e) {
            // only the JVM's archive needs it, and the JVM says so itself: a build is not refused for it
        }
    }
}
