package vn.congkhai.publish;

import vn.congkhai.model.Problem;
import vn.congkhai.model.Say;
import vn.congkhai.model.SourceRef;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Publishing replaces the output folder whole, so it must be a folder of its own inside the project:
 * never the project itself, a folder holding it, one of the folders editors write in, a file, or a
 * folder with content congkhai did not publish there.
 */
public final class OutputGuard {
    static final List<String> SOURCES = List.of("data", "content", "templates", "assets", "src", ".git", ".congkhai", ".ci");
    private static final Say HINT = Say.of("Chọn một thư mục riêng bên trong dự án, ví dụ `site` (mặc định).",
            "Choose a folder of its own inside the project, e.g. `site` (the default).");

    private OutputGuard() {
    }

    /** The checks that need nothing but the two paths; run before anything else, even the lock. */
    public static Optional<Problem> check(Path project, Path output) {
        Path p = project.toAbsolutePath().normalize();
        Path o = output.toAbsolutePath().normalize();
        if (p.startsWith(o)) {
            return problem(o.toString(), Say.of("Thư mục xuất bản là thư mục dự án hoặc chứa thư mục dự án: xuất bản sẽ xóa mất dữ liệu.",
                    "The output folder is the project folder or holds it: publishing would delete the data."));
        }
        if (!o.startsWith(p)) {
            return problem(o.toString(), Say.of("Thư mục xuất bản nằm ngoài thư mục dự án.", "The output folder is outside the project folder."));
        }
        for (String source : SOURCES) {
            if (o.startsWith(p.resolve(source))) {
                return problem(p.relativize(o).toString(), Say.of("Thư mục xuất bản nằm trong `" + source + "/`, nơi chứa dữ liệu nguồn: "
                        + "xuất bản sẽ xóa mất dữ liệu.", "The output folder is inside `" + source + "/`, which holds sources: "
                        + "publishing would delete them."));
            }
        }
        return Optional.empty();
    }

    /**
     * The checks that need the project's configured folders (from jbake.properties) and what is on disk.
     *
     * @param sourceFolders the content, template and asset folders in use
     * @param published     true when congkhai published this output before (its manifest exists)
     */
    public static List<Problem> check(Path project, Path output, List<Path> sourceFolders, boolean published) {
        List<Problem> out = new ArrayList<>();
        Path o = output.toAbsolutePath().normalize();
        String rel = project.toAbsolutePath().normalize().relativize(o).toString();
        for (Path folder : sourceFolders) {
            Path f = folder.toAbsolutePath().normalize();
            if (o.startsWith(f) || f.startsWith(o)) {
                problem(rel, Say.of("Thư mục xuất bản trùng với thư mục nguồn `" + project.relativize(f) + "`: xuất bản sẽ xóa mất dữ liệu.",
                        "The output folder overlaps the source folder `" + project.relativize(f) + "`: publishing would delete its files."))
                        .ifPresent(out::add);
            }
        }
        if (Files.exists(o) && !Files.isDirectory(o)) {
            problem(rel, Say.of("`" + rel + "` là một tệp, không phải thư mục: xuất bản sẽ thay mất tệp này.",
                    "`" + rel + "` is a file, not a folder: publishing would replace it.")).ifPresent(out::add);
        } else if (Files.isDirectory(o) && !published && !isEmpty(o)) {
            out.add(Problem.error(SourceRef.file(rel), "outputDirectory", Say.of("Thư mục `" + rel + "` đã có nội dung không do congkhai xuất bản: "
                    + "xuất bản sẽ thay toàn bộ thư mục này.", "The folder `" + rel + "` holds files congkhai did not publish: "
                    + "publishing would replace the whole folder."), Say.of("Chuyển nội dung đó đi nơi khác hoặc xóa thư mục, rồi chạy lại; "
                    + "hoặc chọn một thư mục xuất bản khác.", "Move those files elsewhere or delete the folder, then run again; "
                    + "or choose another output folder.")));
        }
        return out;
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<Problem> problem(String where, Say message) {
        return Optional.of(Problem.error(SourceRef.file(where), "outputDirectory", message, HINT));
    }
}
