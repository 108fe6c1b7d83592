package vn.congkhai.load;

import org.junit.jupiter.api.Test;
import vn.congkhai.Problems;
import vn.congkhai.model.Problem;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class YamlReaderTest {
    private final YamlReader reader = new YamlReader();

    @Test
    void remembersLineAndColumnOfEveryKeyAndValue() {
        Problems problems = new Problems();
        Node root = reader.parse("title: A\ncriteria:\n  - id: \"5.1\"\n    max: 5\n", "f.yaml", problems).orElseThrow();
        Node.MapNode map = (Node.MapNode) root;
        assertEquals(1, map.keyAt().get("title").line());
        assertEquals(1, map.keyAt().get("title").column());
        Node.MapNode item = (Node.MapNode) ((Node.ListNode) map.entries().get("criteria")).items().get(0);
        assertEquals(4, item.keyAt().get("max").line());
        assertEquals(5, item.keyAt().get("max").column());
        assertEquals(Node.Scalar.Kind.STRING, ((Node.Scalar) item.entries().get("id")).kind());
        assertEquals(Node.Scalar.Kind.INTEGER, ((Node.Scalar) item.entries().get("max")).kind());
        assertFalse(problems.hasErrors());
    }

    @Test
    void reportsEveryDuplicateKeyWithTheLineOfTheFirst() {
        Problems problems = new Problems();
        reader.parse("a: 1\nb: 2\na: 3\nb: 4\n", "f.yaml", problems);
        List<Problem> list = problems.sorted();
        assertEquals(2, list.size());
        assertEquals("f.yaml:3:1: lỗi: [a] Trường `a` bị viết hai lần; lần đầu ở dòng 1. Cách sửa: Giữ lại một dòng, xóa dòng còn lại.",
                list.get(0).format());
        assertEquals(4, list.get(1).where().line());
    }

    @Test
    void explainsATabInIndentationInVietnamese() {
        Problems problems = new Problems();
        Optional<Node> root = reader.parse("a:\n\tb: 1\n", "f.yaml", problems);
        assertTrue(root.isEmpty());
        Problem p = problems.sorted().get(0);
        assertEquals("Có ký tự Tab trong phần thụt lề.", p.message());
        assertEquals(2, p.where().line());
    }

    @Test
    void dropsAByteOrderMarkAndNormalisesToNfc() {
        Problems problems = new Problems();
        String nfd = "Phu\u031Bo\u031B\u0300ng"; // "Phường" typed with combining marks
        Node root = reader.parse("\uFEFFname: " + nfd + "\n", "f.yaml", problems).orElseThrow();
        String value = ((Node.Scalar) ((Node.MapNode) root).entries().get("name")).text();
        assertEquals("Phường", value);
        assertFalse(problems.hasErrors());
    }

    @Test
    void anEmptyFileIsAnError() {
        Problems problems = new Problems();
        assertTrue(reader.parse("  \n# only a comment\n", "f.yaml", problems).isEmpty());
        assertEquals("Tệp trống, không có dữ liệu.", problems.sorted().get(0).message());
    }

    @Test
    void crlfLineEndsReadLikeLf() {
        Problems problems = new Problems();
        Node root = reader.parse("a: 1\r\nb: 2\r\n", "f.yaml", problems).orElseThrow();
        assertEquals(2, ((Node.MapNode) root).keyAt().get("b").line());
    }

    private Problem problemIn(String yaml) {
        Problems problems = new Problems();
        reader.parse(yaml, "f.yaml", problems);
        return problems.sorted().get(0);
    }

    @Test
    void anUnclosedBraceNamesTheLineThatOpenedIt() {
        Problem p = problemIn("units:\n  - unit: a\n    criteria: {\"1\": 3, \"2\": 4\n  - unit: b\n");
        assertEquals("Nhóm mở bằng `{` ở dòng 3 chưa được đóng, hoặc thiếu dấu phẩy giữa hai mục.", p.message());
    }

    @Test
    void anUnclosedQuoteNamesTheLineThatOpenedIt() {
        assertEquals("Thiếu dấu ngoặc kép đóng cho đoạn chữ mở ở dòng 1.", problemIn("title: \"Kế hoạch\nround: x\n").message());
    }

    @Test
    void overIndentationIsExplainedWithItsLikelyCauses() {
        Problem p = problemIn("units:\n  - unit: a\n     criteria: 1\n");
        assertEquals("Dấu hai chấm `:` ở đây không hợp lệ.", p.message());
        assertEquals(3, p.where().line());
        assertTrue(p.hint().contains("thụt vào sâu hơn"), p.hint());
    }

    @Test
    void aDuplicateKeyIsNamedByItsWholePath() {
        Problem p = problemIn("units:\n  - unit: a\n    criteria: {\"1\": 3, \"1\": 4}\n");
        assertEquals("units[0].criteria[\"1\"]", p.field());
    }

    /** Bytes this thread allocated while running {@code work}: memory, not time, is what a hostile file must not cost. */
    private static long allocatedBy(Runnable work) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        work.run();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    @Test
    void aFiftyMegabyteFileIsRefusedUnread(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Path big = dir.resolve("big.yaml");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024); // sparse: the size is what matters
        }
        Problems problems = new Problems();
        long allocated = allocatedBy(() -> assertTrue(reader.read(big, "data/scores/big.yaml", problems).isEmpty()));
        assertEquals("Tệp quá lớn: 50 MB, quá giới hạn 16 MB của một tệp dữ liệu.", problems.sorted().get(0).message());
        assertTrue(allocated < 2L * 1024 * 1024, "read " + allocated + " bytes of a file it refuses");
    }

    @Test
    void anAliasBombIsRefusedAtItsFirstAliasWithoutExpandingIt() {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b', prev = 'a'; c <= 'z'; prev = c, c++) {
            bomb.append(c).append(": &").append(c).append(" [").append(("*" + prev + ",").repeat(8)).append('*').append(prev).append("]\n");
        }
        Problems problems = new Problems();
        long allocated = allocatedBy(() -> assertTrue(reader.parse(bomb.toString(), "bom.yaml", problems).isEmpty()));
        Problem p = problems.sorted().get(0);
        assertEquals("bom.yaml:2:8", p.where().toString());
        assertTrue(p.message().contains("tham chiếu `*a`"), p.message());
        assertTrue(allocated < 16L * 1024 * 1024, "9^25 nodes were not built: " + allocated + " bytes");
    }
}
