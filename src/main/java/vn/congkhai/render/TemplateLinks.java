package vn.congkhai.render;

import vn.congkhai.Problems;
import vn.congkhai.model.Say;
import vn.congkhai.model.SourceRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Links (symlinks) in the ward's template folder. Freemarker's file loader refuses a template whose real
 * path leaves the folder, but by throwing a SecurityException in the middle of rendering, which crashed the
 * build with a stack trace; here each such link is an error naming it, before anything is rendered.
 */
public final class TemplateLinks {
    private TemplateLinks() {
    }

    /** @param folder the ward's template folder, already known to be really inside the project */
    public static void check(Path project, Path folder, Problems problems) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) { // links are not followed: each is looked at itself
            for (Path f : files.filter(Files::isSymbolicLink).sorted().toList()) {
                if (!isInside(folder, f)) {
                    String rel = project.relativize(f).toString().replace('\\', '/');
                    problems.error(SourceRef.file(rel), "", Say.of("Mẫu trang " + rel + " là liên kết (symlink) trỏ ra ngoài thư mục mẫu.",
                                    "The template " + rel + " is a link (symlink) leading out of the template folder."),
                            Say.of("Thay liên kết bằng một tệp mẫu thật nằm trong thư mục mẫu.", "Replace the link by a real template inside the template folder."));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code file}, links resolved, is in {@code folder} (links resolved too); a broken link is not. */
    static boolean isInside(Path folder, Path file) {
        try {
            return file.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /** The files of the folder that can be read as templates: links out of it left aside (they are reported). */
    static List<Path> readable(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> !Files.isSymbolicLink(f) || isInside(folder, f)).sorted().toList();
        }
    }
}
