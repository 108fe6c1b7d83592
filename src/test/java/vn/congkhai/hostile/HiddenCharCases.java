package vn.congkhai.hostile;

import vn.congkhai.BuildResult;
import vn.congkhai.model.Lang;
import vn.congkhai.model.Problem;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congkhai.hostile.Hostile.error;
import static vn.congkhai.hostile.Hostile.refused;
import static vn.congkhai.hostile.Hostile.replace;
import static vn.congkhai.hostile.HostileCases.AWARDS;
import static vn.congkhai.hostile.HostileCases.INTRO;
import static vn.congkhai.hostile.HostileCases.SCORES;
import static vn.congkhai.hostile.HostileCases.SITE;
import static vn.congkhai.hostile.HostileCases.UNITS;

/**
 * Characters people cannot see (issue 11, part 4): line breaks only YAML knows, bidirectional controls, zero-width
 * and control characters. Each one is refused where an editor can find it (line and column counted the way an
 * editor counts them), and no data can print a second line into the problem list.
 * <p>The hidden characters are written as Java escapes so that this file itself holds none.
 */
final class HiddenCharCases {
    private HiddenCharCases() {
    }

    static List<Hostile> all() {
        return List.of(
                // the red team's edit: a reviewer reads "criterion 8 not scored yet" in a comment after 9's score;
                // YAML reads a new line at U+2028 and gives criterion 8 half a point
                refused("line-separator-turns-a-comment-into-a-score",
                        replace(SCORES, "      \"8\": 6.5\n      \"9\": 10\n", "      \"9\": 10 # tiêu chí 8 chưa chấm\u2028      \"8\": 0.5\n"),
                        error(SCORES + ":29:37", "", "ký tự xuống dòng ẩn `U+2028`", "YAML xuống dòng ở đây")),
                refused("paragraph-separator-and-next-line-are-all-reported",
                        replace(UNITS, "name: Phường Mỹ Bình", "name: Phường Mỹ \u2029Bình")
                                .then(replace(UNITS, "  - id: my-binh", "  - id: my-binh\u0085")),
                        error(UNITS + ":9:16", "", "`U+0085`"),
                        error(UNITS + ":10:21", "", "`U+2029`")),
                capped(),
                refused("right-to-left-override-in-a-unit-name", replace(UNITS, "name: Phường Mỹ Bình", "name: Phường Mỹ \u202EBình"),
                        error(UNITS + ":10:21", "units[1].name", "ký tự đổi chiều chữ `U+202E`", "Xóa ký tự này")),
                refused("bidi-isolate-in-a-comment", replace(SCORES, "# SỐ LIỆU MINH HỌA", "# SỐ LIỆU \u2066MINH HỌA\u2069"),
                        error(SCORES + ":3:11", "", "`U+2066` trong phần ghi chú"),
                        error(SCORES + ":3:20", "", "`U+2069` trong phần ghi chú")),
                refused("zero-width-space-in-a-unit-id", replace(UNITS, "  - id: my-binh", "  - id: my-binh\u200B"),
                        error(UNITS + ":9:16", "units[1].id", "ký tự vô hình `U+200B`")),
                refused("byte-order-mark-inside-a-value", replace(SITE, "province: Tỉnh An Giang", "province: Tỉnh An\uFEFF Giang"),
                        error(SITE + ":6:18", "province", "`U+FEFF`")),
                refused("bidi-control-written-as-an-escape", replace(UNITS, "name: Phường Mỹ Bình", "name: \"Phường Mỹ \\u202EBình\""),
                        error(UNITS + ":10:11", "units[1].name", "`U+202E`", "mã thoát")),
                refused("control-character-written-as-an-escape", replace(UNITS, "name: Phường Mỹ Bình", "name: \"Phường Mỹ Bình\\a\""),
                        error(UNITS + ":10:11", "units[1].name", "ký tự điều khiển `U+0007`", "Atom")),
                refused("control-character-typed-in-a-file", replace(UNITS, "name: Phường Mỹ Bình", "name: Phường Mỹ Bình\u0007"),
                        error(UNITS + ":10:25", "", "ký tự điều khiển `U+0007`")),
                refused("hidden-character-in-a-key", replace(SITE, "province: Tỉnh An Giang", "prov\u200Cince: Tỉnh An Giang"),
                        error(SITE + ":6:5", "\"prov\u200Cince\"", "`U+200C`")),
                refused("two-prizes-differing-by-a-zero-width-joiner",
                        replace(AWARDS, "  - {label: Giải khuyến khích, count: 2}\n",
                                "  - {label: Giải khuyến khích, count: 2}\n  - {label: Giải nhất\u200D, count: 1}\n"),
                        error(AWARDS + ":16:22", "prizes[4].label", "`U+200D`"),
                        error(AWARDS + ":16:6", "prizes[4].label", "Tên giải \"Giải nhất\" trùng với tên ở dòng 12", "ký tự ẩn hoặc cách gõ dấu")),
                refused("two-units-differing-only-by-normalisation",
                        replace(UNITS, "  - id: my-binh\n", "  - id: my-binh-2\n    name: " + Normalizer.normalize("Phường Mỹ Bình", Normalizer.Form.NFD)
                                + "\n  - id: my-binh\n"),
                        error(UNITS + ":12:5", "units[2].name", "Tên đơn vị \"Phường Mỹ Bình\" trùng với tên ở dòng 10")),
                refused("control-character-in-a-page-title", replace(INTRO, "= Giới thiệu phường Mỹ Phước", "= Giới thiệu phường Mỹ Phước\u001B[8m"),
                        error(INTRO + ":1:29", "", "`U+001B`")),
                refused("zero-width-space-in-a-page-description", replace(INTRO, ":description: Giới thiệu phường", ":description: Giới thiệu phường\u200B"),
                        error(INTRO + ":4:32", "", "`U+200B`")),
                refused("bidi-override-in-a-page-body", replace(INTRO, "Phường Mỹ Phước thuộc tỉnh An Giang.", "Phường Mỹ Phước thuộc tỉnh \u202EAn Giang."),
                        error(INTRO + ":6:28", "", "`U+202E`")),
                forgedLines());
    }

    /** A file full of hidden line breaks: every one is a problem, but the list stays readable. */
    private static Hostile capped() {
        return new Hostile("hundred-hidden-line-breaks-are-capped",
                replace(SITE, "province: Tỉnh An Giang", "province: Tỉnh An Giang #" + "\u2028".repeat(100)),
                Hostile.Outcome.REFUSED, List.of(error(SITE + ":6:26", "", "`U+2028`"), error(SITE, "", "Còn 80 ký tự ẩn khác")),
                (Path project, BuildResult r) -> assertEquals(21, r.problems().stream().filter(p -> p.where().file().equals(SITE)).count(),
                        () -> String.join("\n", r.problems().stream().map(Problem::format).toList())));
    }

    /**
     * A title written with escapes for a line feed, a carriage return and a terminal code: printed raw, it would put
     * a forged {@code lỗi:} line into the CI comment and hide the real one. Every problem prints as one line.
     */
    private static Hostile forgedLines() {
        return new Hostile("escapes-in-data-cannot-forge-problem-lines",
                replace(SITE, "province: Tỉnh An Giang", "province: \"Tỉnh An Giang\\e[2K\\r\\ndata/site.yaml:1:1: lỗi: giả mạo\"\n"
                        + "\"x\\nlỗi: giả mạo\": 1"),
                Hostile.Outcome.REFUSED, List.of(error(SITE + ":6:11", "province", "`U+001B`"), error(SITE + ":7:1", "\"x\nlỗi: giả mạo\"", "không được dùng")),
                (Path project, BuildResult r) -> {
                    for (Problem p : r.problems()) {
                        for (Lang lang : Lang.values()) {
                            String line = p.format(lang);
                            assertFalse(line.chars().anyMatch(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F)), () -> "raw control in: " + line);
                            assertFalse(line.contains("\n") || line.contains("\u2028"), line);
                        }
                    }
                    assertTrue(r.problems().stream().map(Problem::format).anyMatch(l -> l.contains("[\"x\\nlỗi: giả mạo\"]")),
                            "the escaped text is shown, escaped");
                });
    }
}
