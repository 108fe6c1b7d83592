package vn.congkhai.load;

import vn.congkhai.Problems;
import vn.congkhai.model.ContentDoc;
import vn.congkhai.model.SourceRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the AsciiDoc pages under {@code content/} with JBake's header conventions:
 * <pre>
 * = Giới thiệu phường
 * :jbake-type: page           (page or post)
 * :jbake-status: published    (draft pages are not published)
 * :jbake-date: 2024-10-02     (required for posts)
 * :jbake-tags: cải cách hành chính, văn hóa công vụ
 * :description: one sentence for search engines and lists
 * </pre>
 * Only the header is read here, with no AsciiDoc engine: converting the body is the render stage's job.
 */
public final class ContentLoader {
    private final Path projectDir;
    private final Problems problems;

    public ContentLoader(Path projectDir, Problems problems) {
        this.projectDir = projectDir;
        this.problems = problems;
    }

    public List<ContentDoc> load() {
        Path content = projectDir.resolve("content");
        if (!Files.isDirectory(content)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(content)) {
            return files.filter(p -> p.toString().endsWith(".adoc") || p.toString().endsWith(".asciidoc"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .map(p -> read(content, p))
                    .flatMap(Optional::stream)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<ContentDoc> read(Path contentDir, Path file) {
        String relToContent = contentDir.relativize(file).toString().replace('\\', '/');
        String rel = "content/" + relToContent;
        if (!ProjectFiles.isInside(projectDir, file)) {
            problems.error(SourceRef.file(rel), "", "Tệp " + rel + " trỏ ra ngoài thư mục dự án.",
                    "Thay liên kết (symlink) bằng một tệp thật nằm trong dự án.");
            return Optional.empty();
        }
        String text;
        try {
            text = Normalizer.normalize(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), Normalizer.Form.NFC);
        } catch (IOException e) {
            problems.error(SourceRef.file(rel), "", "Không đọc được tệp: " + e.getMessage(), "");
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r?\n", -1);
        String title = "";
        Map<String, String> attrs = new LinkedHashMap<>();
        Map<String, Integer> attrLine = new LinkedHashMap<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                if (!title.isEmpty() || !attrs.isEmpty()) {
                    break; // the header ends at the first blank line
                }
                continue;
            }
            if (line.startsWith("= ") && title.isEmpty()) {
                title = line.substring(2).strip();
            } else if (line.matches(":[A-Za-z0-9_-]+:.*")) {
                int end = line.indexOf(':', 1);
                attrs.put(line.substring(1, end), line.substring(end + 1).strip());
                attrLine.put(line.substring(1, end), i + 1);
            } else if (!line.startsWith("//")) {
                break;
            }
        }
        SourceRef top = new SourceRef(rel, 1, 1);
        if (title.isEmpty()) {
            problems.error(top, "title", "Trang không có tiêu đề.",
                    "Dòng đầu tiên của tệp phải là tiêu đề, bắt đầu bằng `= `, ví dụ `= Giới thiệu phường`.");
        }
        String status = attrs.getOrDefault("jbake-status", "published");
        if (status.equals("draft")) {
            return Optional.empty();
        }
        if (!status.equals("published")) {
            problems.error(at(rel, attrLine, "jbake-status"), "jbake-status",
                    "Trạng thái `" + status + "` không hợp lệ.", "Dùng `published` (đăng) hoặc `draft` (bản nháp, chưa đăng).");
        }
        String type = attrs.getOrDefault("jbake-type", "page");
        if (!type.equals("page") && !type.equals("post")) {
            problems.error(at(rel, attrLine, "jbake-type"), "jbake-type", "Loại trang `" + type + "` không hợp lệ.",
                    "Dùng `page` (trang giới thiệu) hoặc `post` (tin bài). " + Suggest.didYouMean(type, List.of("page", "post")));
        }
        Optional<LocalDate> date = Optional.empty();
        if (attrs.containsKey("jbake-date")) {
            try {
                date = Optional.of(LocalDate.parse(attrs.get("jbake-date")));
            } catch (DateTimeParseException e) {
                problems.error(at(rel, attrLine, "jbake-date"), "jbake-date", "Ngày `" + attrs.get("jbake-date")
                        + "` không đúng dạng hoặc không có thật.", "Viết ngày dạng năm-tháng-ngày, ví dụ `2024-10-02`.");
            }
        } else if (type.equals("post")) {
            problems.error(top, "jbake-date", "Tin bài chưa có ngày đăng.", "Thêm dòng `:jbake-date: 2024-10-02` dưới tiêu đề.");
        }
        List<String> tags = attrs.containsKey("jbake-tags")
                ? Arrays.stream(attrs.get("jbake-tags").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                : List.of();
        for (int i = 0; i < lines.length; i++) {
            // SECURE mode would turn the include into a link; say plainly that it is not allowed instead
            if (lines[i].startsWith("include::")) {
                problems.error(new SourceRef(rel, i + 1, 1), "", "Trang không được chèn tệp khác bằng `include::`.",
                        "Chép trực tiếp nội dung cần chèn vào trang này.");
            }
        }
        String stem = relToContent.substring(0, relToContent.lastIndexOf('.'));
        if (!Slugs.isSlugPath(stem)) {
            String suggested = String.join("/", java.util.Arrays.stream(stem.split("/")).map(Slugs::slugify).toList());
            problems.error(top, "", "Tên tệp `" + relToContent + "` sẽ thành địa chỉ của trang, nhưng có dấu, chữ hoa hoặc khoảng trắng.",
                    "Đổi tên thành `" + suggested + relToContent.substring(relToContent.lastIndexOf('.')) + "`: chỉ chữ thường không dấu, số và gạch ngang.");
        }
        String output = stem + ".html";
        return Optional.of(new ContentDoc(rel, output, type, title, date, attrs.getOrDefault("description", ""), tags, text));
    }

    private static SourceRef at(String rel, Map<String, Integer> lines, String attr) {
        return new SourceRef(rel, lines.getOrDefault(attr, 1), 1);
    }
}
