package vn.congkhai.load;

import vn.congkhai.Problems;
import vn.congkhai.model.Say;
import vn.congkhai.model.SourceRef;
import vn.congkhai.model.StoredFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Files the data points to (a document's PDF, a notice's attachment): they are published as they are, so
 * each must be a real file inside the project, in a folder meant for content, with a name that is an address.
 */
final class StoredFiles {
    /** A Windows drive ({@code C:}), compiled once for every document's and attachment's file. */
    private static final java.util.regex.Pattern DRIVE = java.util.regex.Pattern.compile("[A-Za-z]:.*");

    /** What a reader is told about a file, by extension; anything else is refused rather than guessed. */
    private static final Map<String, String> FORMATS = Map.of("pdf", "PDF", "docx", "Word (DOCX)", "doc", "Word (DOC)",
            "xlsx", "Excel (XLSX)", "xls", "Excel (XLS)", "odt", "OpenDocument (ODT)", "ods", "OpenDocument (ODS)",
            "jpg", "Ảnh JPEG", "png", "Ảnh PNG", "zip", "Tệp nén ZIP");
    /** A notice board's attachment, not a data dump: keeps the portal light on a phone. */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private final Path projectDir;
    private final Problems problems;

    StoredFiles(Path projectDir, Problems problems) {
        this.projectDir = projectDir;
        this.problems = problems;
    }

    private static Say copyInto(String key) {
        return Say.of("Chép tệp vào thư mục content/tep/ rồi viết `" + key + ": content/tep/ten-tep.pdf`.",
                "Copy the file into content/tep/ and write `" + key + ": content/tep/ten-tep.pdf`.");
    }

    /**
     * @param publishedFolder where the file goes on the portal, e.g. {@code van-ban/tep}
     */
    Optional<StoredFile> resolve(Fields f, String key, String publishedFolder) {
        if (!f.has(key)) {
            f.missing(key, Say.of("đường dẫn tệp trong dự án, ví dụ content/tep/quy-che.pdf", "the path of a file in the project, e.g. content/tep/quy-che.pdf"));
            return Optional.empty();
        }
        String rel = f.requiredString(key).replace('\\', '/');
        SourceRef at = f.at(key);
        String field = f.field(key);
        if (rel.startsWith("/") || DRIVE.matcher(rel).matches() || rel.contains("://")) {
            problems.error(at, field, Say.of("Tệp `" + rel + "` phải là đường dẫn bên trong dự án, không phải đường dẫn tuyệt đối hay địa chỉ web.",
                    "The file `" + rel + "` must be a path inside the project, not an absolute path or a web address."), copyInto(key));
            return Optional.empty();
        }
        Path file = projectDir.resolve(rel).normalize();
        if (!file.startsWith(projectDir) || java.util.Arrays.asList(rel.split("/")).contains("..")) {
            problems.error(at, field, Say.of("Tệp `" + rel + "` nằm ngoài thư mục dự án.", "The file `" + rel + "` is outside the project folder."),
                    copyInto(key));
            return Optional.empty();
        }
        if (!rel.startsWith("content/")) {
            problems.error(at, field, Say.of("Tệp `" + rel + "` phải nằm trong thư mục content/ (nơi để nội dung được đăng).",
                            "The file `" + rel + "` must be in the content/ folder (where published content lives)."),
                    Say.of("Chuyển tệp vào content/tep/ và sửa đường dẫn.", "Move it into content/tep/ and correct the path."));
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            problems.error(at, field, Say.of("Không tìm thấy tệp `" + rel + "`.", "The file `" + rel + "` is missing."),
                    Say.of("Kiểm tra tên tệp (chữ hoa, chữ thường, đuôi tệp) hoặc thêm tệp vào dự án.",
                            "Check the file's name (capitals, extension) or add the file to the project."));
            return Optional.empty();
        }
        if (!ProjectFiles.isInside(projectDir, file)) {
            problems.error(at, field, Say.of("Tệp `" + rel + "` là liên kết trỏ ra ngoài dự án.", "The file `" + rel + "` is a link leading out of the project."),
                    ProjectFiles.OUTSIDE_HINT);
            return Optional.empty();
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        if (!Slugs.isSlugPath(base) || !name.substring(dot + 1).equals(ext)) {
            String better = Slugs.slugify(base) + (ext.isEmpty() ? "" : "." + ext);
            problems.error(at, field, Say.of("Tên tệp `" + name + "` thành địa chỉ tải về nhưng có dấu, chữ hoa hoặc khoảng trắng.",
                            "The file name `" + name + "` becomes a download address, but it has marks, capitals or spaces."),
                    Say.of("Đổi tên tệp thành `" + better + "`.", "Rename the file to `" + better + "`."));
            return Optional.empty();
        }
        String format = FORMATS.get(ext);
        if (format == null) {
            String kinds = String.join(", ", new java.util.TreeSet<>(FORMATS.keySet()));
            problems.error(at, field, Say.of("Không đăng được tệp loại `." + ext + "`.", "Files of type `." + ext + "` cannot be published."),
                    Say.of("Dùng một trong các loại: " + kinds + " (nên dùng PDF).", "Use one of: " + kinds + " (PDF preferred)."));
            return Optional.empty();
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                problems.error(at, field, Say.of("Tệp `" + rel + "` nặng " + size / (1024 * 1024) + " MB, quá " + MAX_BYTES / (1024 * 1024)
                                + " MB: người dân tải trên điện thoại sẽ rất lâu.", "The file `" + rel + "` weighs " + size / (1024 * 1024)
                                + " MB, over " + MAX_BYTES / (1024 * 1024) + " MB: too slow to download on a phone."),
                        Say.of("Nén hoặc chia nhỏ tệp PDF.", "Compress the PDF or split it."));
                return Optional.empty();
            }
            return Optional.of(new StoredFile(rel, publishedFolder + "/" + name, size, format, file));
        } catch (IOException e) {
            problems.error(at, field, Say.of("Không đọc được tệp `" + rel + "`: " + e.getMessage(), "The file `" + rel + "` cannot be read: "
                    + e.getMessage()), Say.of("Kiểm tra quyền đọc tệp.", "Check the file's permissions."));
            return Optional.empty();
        }
    }
}
