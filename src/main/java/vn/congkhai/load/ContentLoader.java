package vn.congkhai.load;

import vn.congkhai.Problems;
import vn.congkhai.model.ContentDoc;
import vn.congkhai.model.HiddenChars;
import vn.congkhai.model.Say;
import vn.congkhai.model.SourceRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
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
    /** Far above any real page (a long legal text is a few hundred KB); refused before reading, so memory stays bounded. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;

    private final Path projectDir;
    private final Path content;
    private final Problems problems;

    /** Reads {@code content/} (JBake's {@code content.folder}) of the project. */
    public ContentLoader(Path projectDir, Problems problems) {
        this(projectDir, projectDir.resolve("content"), problems);
    }

    public ContentLoader(Path projectDir, Path contentDir, Problems problems) {
        this.projectDir = projectDir;
        this.content = contentDir;
        this.problems = problems;
    }

    public List<ContentDoc> load() {
        if (!Files.isDirectory(content)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(content)) {
            List<Path> all = files.filter(Files::isRegularFile).sorted().toList();
            for (Path p : all) {
                String name = p.getFileName().toString().toLowerCase();
                if (name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".html")) {
                    problems.warning(SourceRef.file(relative(p)), "",
                            Say.of("Tệp này không được đăng: congkhai chỉ đọc trang viết bằng AsciiDoc (.adoc).",
                                    "This file is not published: congkhai reads pages written in AsciiDoc (.adoc) only."),
                            Say.of("Chuyển nội dung sang tệp .adoc, hoặc đưa tệp tải về vào assets/.",
                                    "Move the content into an .adoc file, or put a file for download in assets/."));
                }
            }
            return all.stream()
                    .filter(p -> p.getFileName().toString().toLowerCase().endsWith(".adoc")
                            || p.getFileName().toString().toLowerCase().endsWith(".asciidoc"))
                    .map(p -> read(content, p))
                    .flatMap(Optional::stream)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<ContentDoc> read(Path contentDir, Path file) {
        String relToContent = contentDir.relativize(file).toString().replace('\\', '/');
        String rel = relative(file);
        if (!ProjectFiles.isInside(projectDir, file)) {
            problems.error(SourceRef.file(rel), "", ProjectFiles.OUTSIDE.apply(rel), ProjectFiles.OUTSIDE_HINT);
            return Optional.empty();
        }
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                String size = YamlReader.megabytes(Files.size(file));
                String limit = YamlReader.megabytes(MAX_BYTES);
                problems.error(SourceRef.file(rel), "", Say.of("Tệp quá lớn: " + size + ", quá giới hạn " + limit + " của một trang.",
                                "The file is too large: " + size + ", over the " + limit + " limit for a page."),
                        Say.of("Tách thành nhiều trang, hoặc đưa tài liệu dài vào assets/ để tải về và đặt liên kết tới nó.",
                                "Split it into several pages, or put a long document in assets/ for download and link to it."));
                return Optional.empty();
            }
            text = Normalizer.normalize(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString(), Normalizer.Form.NFC);
        } catch (CharacterCodingException e) {
            problems.error(SourceRef.file(rel), "", Say.of("Tệp không được lưu bằng mã UTF-8 nên chữ Việt sẽ bị lỗi.",
                    "The file is not saved as UTF-8, so its Vietnamese would be garbled."), YamlReader.SAVE_AS_UTF8);
            return Optional.empty();
        } catch (IOException e) {
            problems.error(SourceRef.file(rel), "", YamlReader.cannotRead(e), Say.NOTHING);
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r?\n", -1);
        String title = "";
        Map<String, String> attrs = new LinkedHashMap<>();
        Map<String, Integer> attrLine = new LinkedHashMap<>();
        int headerEnd = lines.length;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                if (!title.isEmpty() || !attrs.isEmpty()) {
                    headerEnd = i; // the header ends at the first blank line
                    break;
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
                headerEnd = i;
                break;
            }
        }
        // the header decides draft or published and feeds the Atom feed: nothing hidden in it; in the body, nothing
        // that breaks the feed's XML or reorders what a reviewer reads
        int headerLines = headerEnd;
        HiddenCheck.of(rel, text, (line, kind) -> line <= headerLines || kind == HiddenChars.Kind.CONTROL
                || kind == HiddenChars.Kind.BIDI, problems).finish(false);
        for (int i = headerEnd; i < lines.length; i++) {
            // below the header these lines would not apply to the page: a draft would be published
            if (lines[i].startsWith(":jbake-")) {
                problems.error(new SourceRef(rel, i + 1, 1), lines[i].substring(1, Math.max(1, lines[i].indexOf(':', 1))),
                        Say.of("Dòng `" + lines[i].strip() + "` nằm ngoài phần đầu trang nên không có tác dụng.",
                                "The line `" + lines[i].strip() + "` is outside the page's header, so it has no effect."),
                        Say.of("Chuyển dòng này lên ngay dưới dòng tiêu đề `= ...`, không để dòng trống ở giữa.",
                                "Move it right under the title line `= ...`, with no blank line in between."));
            }
        }
        SourceRef top = new SourceRef(rel, 1, 1);
        if (title.isEmpty()) {
            problems.error(top, "title", Say.of("Trang không có tiêu đề.", "The page has no title."),
                    Say.of("Dòng đầu tiên của tệp phải là tiêu đề, bắt đầu bằng `= `, ví dụ `= Giới thiệu phường`.",
                            "The file's first line must be its title, starting with `= `, e.g. `= Giới thiệu phường`."));
        }
        String status = attrs.getOrDefault("jbake-status", "published");
        if (status.equals("draft")) {
            return Optional.empty();
        }
        if (!status.equals("published")) {
            problems.error(at(rel, attrLine, "jbake-status"), "jbake-status",
                    Say.of("Trạng thái `" + status + "` không hợp lệ.", "The status `" + status + "` is not valid."),
                    Say.of("Dùng `published` (đăng) hoặc `draft` (bản nháp, chưa đăng).", "Use `published` or `draft` (not published)."));
        }
        String type = attrs.getOrDefault("jbake-type", "page");
        if (!type.equals("page") && !type.equals("post")) {
            problems.error(at(rel, attrLine, "jbake-type"), "jbake-type", Say.of("Loại trang `" + type + "` không hợp lệ.",
                            "The page type `" + type + "` is not valid."),
                    Say.of("Dùng `page` (trang giới thiệu) hoặc `post` (tin bài).", "Use `page` (a standing page) or `post` (a news item).")
                            .then(Suggest.didYouMean(type, List.of("page", "post"))));
        }
        Optional<LocalDate> date = Optional.empty();
        if (attrs.containsKey("jbake-date")) {
            try {
                date = Optional.of(LocalDate.parse(attrs.get("jbake-date")));
            } catch (DateTimeParseException e) {
                problems.error(at(rel, attrLine, "jbake-date"), "jbake-date", Say.of("Ngày `" + attrs.get("jbake-date")
                                + "` không đúng dạng hoặc không có thật.", "The date `" + attrs.get("jbake-date") + "` is badly written or does not exist."),
                        Say.of("Viết ngày dạng năm-tháng-ngày, ví dụ `2024-10-02`.", "Write the date year-month-day, e.g. `2024-10-02`."));
            }
        } else if (type.equals("post")) {
            problems.error(top, "jbake-date", Say.of("Tin bài chưa có ngày đăng.", "The news item has no date."),
                    Say.of("Thêm dòng `:jbake-date: 2024-10-02` dưới tiêu đề.", "Add a line `:jbake-date: 2024-10-02` under the title."));
        }
        List<String> tags = attrs.containsKey("jbake-tags")
                ? Arrays.stream(attrs.get("jbake-tags").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                : List.of();
        AsciidocRules.check(rel, lines, 1, 0, "", problems);
        String stem = relToContent.substring(0, relToContent.lastIndexOf('.'));
        if (!Slugs.isSlugPath(stem)) {
            String suggested = String.join("/", java.util.Arrays.stream(stem.split("/")).map(Slugs::slugify).toList());
            String better = suggested + relToContent.substring(relToContent.lastIndexOf('.'));
            problems.error(top, "", Say.of("Tên tệp `" + relToContent + "` sẽ thành địa chỉ của trang, nhưng có dấu, chữ hoa hoặc khoảng trắng.",
                            "The file name `" + relToContent + "` becomes the page's address, but it has marks, capitals or spaces."),
                    Say.of("Đổi tên thành `" + better + "`: chỉ chữ thường không dấu, số và gạch ngang.",
                            "Rename it to `" + better + "`: lower-case letters without marks, digits and dashes only."));
        }
        String output = stem + ".html";
        return Optional.of(new ContentDoc(rel, output, type, title, date, attrs.getOrDefault("description", ""), tags, text));
    }

    private String relative(Path file) {
        return projectDir.relativize(file).toString().replace('\\', '/');
    }

    private static SourceRef at(String rel, Map<String, Integer> lines, String attr) {
        return new SourceRef(rel, lines.getOrDefault(attr, 1), 1);
    }
}
