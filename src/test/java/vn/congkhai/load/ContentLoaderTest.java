package vn.congkhai.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.Problems;
import vn.congkhai.TestProjects;
import vn.congkhai.model.ContentDoc;
import vn.congkhai.model.Problem;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentLoaderTest {
    @TempDir
    Path dir;

    private List<Problem> problems(String file, String text) {
        TestProjects.write(dir, file, text);
        Problems problems = new Problems();
        new ContentLoader(dir, problems).load();
        return problems.sorted();
    }

    @Test
    void readsJBakeHeaders() {
        TestProjects.write(dir, "content/tin-tuc/khai-mac.adoc",
                "= Khai mạc\n:jbake-type: post\n:jbake-date: 2024-10-02\n:jbake-tags: a, b\n:description: Tóm tắt.\n\nThân bài.\n");
        TestProjects.write(dir, "content/nhap.adoc", "= Nháp\n:jbake-status: draft\n\nChưa đăng.\n");
        Problems problems = new Problems();
        List<ContentDoc> docs = new ContentLoader(dir, problems).load();
        assertEquals(List.of(), problems.sorted());
        assertEquals(1, docs.size(), "drafts are not published");
        ContentDoc d = docs.get(0);
        assertEquals("tin-tuc/khai-mac.html", d.outputPath());
        assertTrue(d.isPost());
        assertEquals(Optional.of(LocalDate.of(2024, 10, 2)), d.date());
        assertEquals(List.of("a", "b"), d.tags());
        assertEquals("Tóm tắt.", d.summary());
    }

    @Test
    void aFileNameWithMarksOrSpacesGetsASuggestedAddress() {
        Problem p = problems("content/Giới thiệu.adoc", "= Giới thiệu\n\nChào.\n").get(0);
        assertEquals("Đổi tên thành `gioi-thieu.adoc`: chỉ chữ thường không dấu, số và gạch ngang.", p.hint());
    }

    @Test
    void anImpossibleDateAndAMissingPostDateAreNamed() {
        List<Problem> list = problems("content/a.adoc", "= A\n:jbake-type: post\n:jbake-date: 2024-02-30\n\nx\n");
        assertEquals("Ngày `2024-02-30` không đúng dạng hoặc không có thật.", list.get(0).message());
        assertEquals(3, list.get(0).where().line());
    }

    @Test
    void aPostWithoutDateAndAnUnknownTypeAreErrors() {
        List<Problem> list = problems("content/a.adoc", "= A\n:jbake-type: pots\n\nx\n");
        assertEquals("Loại trang `pots` không hợp lệ.", list.get(0).message());
        assertTrue(list.get(0).hint().contains("Có phải ý bạn là `post`?"), list.get(0).hint());
    }
}
