package vn.congkhai.render.data;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvTest {
    private static final List<Field> FIELDS = List.of(Field.text("tên", "Tên"), Field.number("điểm", "Điểm"),
            Field.date("ngày", "Ngày"), Field.bool("minhHoa", "Minh họa"));

    @Test
    void vietnameseTextRoundTripsThroughUtf8WithBomCrlfAndRfc4180Quoting() {
        List<List<Object>> rows = List.of(
                List.of("Phường Mỹ Phước", new BigDecimal("94"), LocalDate.of(2024, 10, 2), true),
                List.of("Bộ phận \"Một cửa\", xanh, sạch", new BigDecimal("7.50"), LocalDate.of(2024, 1, 1), false),
                List.of("Dòng 1\r\ndòng 2\nvà dòng 3", Optional.empty(), LocalDate.of(2024, 12, 31), false));
        byte[] bytes = Csv.write(FIELDS, rows);
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "Excel needs the BOM to read UTF-8");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals(List.of(
                List.of("tên", "điểm", "ngày", "minhHoa"),
                List.of("Phường Mỹ Phước", "94", "2024-10-02", "true"),
                List.of("Bộ phận \"Một cửa\", xanh, sạch", "7.5", "2024-01-01", "false"),
                List.of("Dòng 1\r\ndòng 2\nvà dòng 3", "", "2024-12-31", "false")), CsvReader.read(text));
        assertEquals("\"Bộ phận \"\"Một cửa\"\", xanh, sạch\",7.5,2024-01-01,false", text.split("\r\n")[2]);
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsDefusedButNumbersAreNot() {
        List<List<Object>> rows = List.of(
                List.of("=HYPERLINK(\"http://x\",\"bấm\")", new BigDecimal("-2"), LocalDate.of(2024, 1, 1), true),
                List.of("+84 296", new BigDecimal("0"), LocalDate.of(2024, 1, 1), true),
                List.of("-1+2", new BigDecimal("1"), LocalDate.of(2024, 1, 1), true),
                List.of("@SUM(A1)", new BigDecimal("1"), LocalDate.of(2024, 1, 1), true),
                List.of("\t=1", new BigDecimal("1"), LocalDate.of(2024, 1, 1), true),
                List.of("a=b", new BigDecimal("1"), LocalDate.of(2024, 1, 1), true));
        byte[] bytes = Csv.write(FIELDS, rows);
        List<List<String>> read = CsvReader.read(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertEquals(List.of("'=HYPERLINK(\"http://x\",\"bấm\")", "'+84 296", "'-1+2", "'@SUM(A1)", "'\t=1", "a=b"),
                read.subList(1, read.size()).stream().map(r -> r.get(0)).toList());
        assertEquals("-2", read.get(1).get(1), "a negative number stays a number");
    }

    /** Issue 11: Excel set to Vietnamese splits on `;`, so the text after one is a cell of its own. */
    @Test
    void aFormulaAfterASemicolonOrCommaIsDefusedToo() {
        List<List<Object>> rows = List.of(
                List.of("Phường Mỹ Phước;=HYPERLINK(\"http://x\";\"bấm\")", new BigDecimal("1"), LocalDate.of(2024, 1, 1), true),
                List.of("a,+1;-2;@SUM(A1);\t=1;\r=2", new BigDecimal("1"), LocalDate.of(2024, 1, 1), true),
                List.of("=1;=2", new BigDecimal("1"), LocalDate.of(2024, 1, 1), true),
                List.of("Điểm 9,5; đạt", new BigDecimal("1"), LocalDate.of(2024, 1, 1), true));
        byte[] bytes = Csv.write(FIELDS, rows);
        List<List<String>> read = CsvReader.read(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertEquals(List.of("Phường Mỹ Phước;'=HYPERLINK(\"http://x\";\"bấm\")", "a,'+1;'-2;'@SUM(A1);'\t=1;'\r=2", "'=1;'=2",
                        "Điểm 9,5; đạt"),
                read.subList(1, read.size()).stream().map(r -> r.get(0)).toList());
        for (String line : new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n")) {
            for (String piece : line.split("[;,]")) {
                String cell = piece.startsWith("\"") ? piece.substring(1) : piece;
                assertEquals(false, !cell.isEmpty() && "=+-@\t".indexOf(cell.charAt(0)) >= 0, () -> "a piece starts a formula: " + line);
            }
        }
    }
}
