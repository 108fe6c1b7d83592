package vn.congkhai.publish;

import vn.congkhai.model.Problem;
import vn.congkhai.model.SourceRef;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Publishing replaces the output folder whole, so it must be a folder of its own inside the project:
 * never the project itself, a folder holding it, or one of the folders editors write in.
 */
public final class OutputGuard {
    static final List<String> SOURCES = List.of("data", "content", "templates", "assets", "src", ".git", ".congkhai", ".ci");

    private OutputGuard() {
    }

    public static Optional<Problem> check(Path project, Path output) {
        Path p = project.toAbsolutePath().normalize();
        Path o = output.toAbsolutePath().normalize();
        String hint = "Chọn một thư mục riêng bên trong dự án, ví dụ `site` (mặc định).";
        if (p.startsWith(o)) {
            return Optional.of(Problem.error(SourceRef.file(o.toString()), "outputDirectory",
                    "Thư mục xuất bản là thư mục dự án hoặc chứa thư mục dự án: xuất bản sẽ xóa mất dữ liệu.", hint));
        }
        if (!o.startsWith(p)) {
            return Optional.of(Problem.error(SourceRef.file(o.toString()), "outputDirectory",
                    "Thư mục xuất bản nằm ngoài thư mục dự án.", hint));
        }
        for (String source : SOURCES) {
            if (o.startsWith(p.resolve(source))) {
                return Optional.of(Problem.error(SourceRef.file(p.relativize(o).toString()), "outputDirectory",
                        "Thư mục xuất bản nằm trong `" + source + "/`, nơi chứa dữ liệu nguồn: xuất bản sẽ xóa mất dữ liệu.", hint));
            }
        }
        return Optional.empty();
    }
}
