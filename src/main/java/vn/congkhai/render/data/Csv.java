package vn.congkhai.render.data;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV that Excel opens correctly with Vietnamese text: UTF-8 with a byte-order mark (without it Excel reads
 * the bytes as the local code page), lines ended by CRLF, fields quoted as RFC 4180 says. A text cell
 * starting with = + - @ (or a tab or carriage return), or with one of these right after a {@code ;} or {@code ,},
 * gets an apostrophe there, so a spreadsheet never runs it as a formula (OWASP "CSV injection"); numbers are
 * written as they are.
 */
public final class Csv {
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Csv() {
    }

    public static byte[] write(List<Field> fields, List<List<Object>> rows) {
        StringBuilder s = new StringBuilder();
        line(s, fields.stream().map(Field::name).map(Csv::guard).toList());
        for (List<Object> row : rows) {
            List<String> cells = new java.util.ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                String text = Values.text(row.get(i));
                cells.add(fields.get(i).type() == Field.Type.TEXT ? guard(text) : text);
            }
            line(s, cells);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(s.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void line(StringBuilder s, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                s.append(',');
            }
            s.append(quote(cells.get(i)));
        }
        s.append("\r\n");
    }

    /** RFC 4180: a field holding a comma, quote or line break is quoted, its quotes doubled. */
    static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    /**
     * Defuses a text cell. Not only its first character: a spreadsheet that splits on {@code ;} (Excel set to
     * Vietnamese does) or on {@code ,} starts a new cell after each, so a formula after one runs as well.
     */
    static String guard(String cell) {
        String guarded = AFTER_SEPARATOR.matcher(cell).replaceAll("$1'");
        if (!guarded.isEmpty() && FORMULA_START.indexOf(guarded.charAt(0)) >= 0) {
            return "'" + guarded;
        }
        return guarded;
    }

    /** What a spreadsheet reads as the start of a formula. */
    private static final String FORMULA_START = "=+-@\t\r";
    private static final java.util.regex.Pattern AFTER_SEPARATOR = java.util.regex.Pattern.compile("([;,])(?=[=+\\-@\t\r])");
}
