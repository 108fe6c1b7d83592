package vn.congkhai.hostile;

import vn.congkhai.BuildResult;
import vn.congkhai.model.Problem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congkhai.hostile.Hostile.append;
import static vn.congkhai.hostile.Hostile.error;
import static vn.congkhai.hostile.Hostile.published;
import static vn.congkhai.hostile.Hostile.refused;
import static vn.congkhai.hostile.Hostile.replace;
import static vn.congkhai.hostile.Hostile.symlink;
import static vn.congkhai.hostile.HostileCases.AFTER_INTRO;
import static vn.congkhai.hostile.HostileCases.INTRO;
import static vn.congkhai.hostile.HostileCases.NOTICE;
import static vn.congkhai.hostile.HostileCases.PROPS;

/**
 * What the outside red team got through (issue 11): configuration that reached environment variables
 * and files, crashes instead of messages, and markup that slipped past silently.
 */
final class RedTeamCases {
    /** Text that a file, environment variable or system property holds, written where a case can read it. */
    private static final String SECRET = "glpat-rat-bi-mat-123";

    private RedTeamCases() {
    }

    static List<Hostile> all() {
        return List.of(
                variable("properties-env-variable", "content.folder=content", "content.folder=${env:PATH}", 4, System.getenv("PATH")),
                variable("properties-system-property", "template.folder=templates", "template.folder=${sys:user.home}", 3,
                        System.getProperty("user.home")),
                new Hostile("properties-file-lookup", p -> {
                    Files.writeString(p.resolve("bi-mat.txt"), SECRET);
                    replace(PROPS, "asset.folder=assets", "asset.folder=${file:UTF-8:" + p.resolve("bi-mat.txt") + "}").apply(p);
                }, Hostile.Outcome.REFUSED, List.of(error(PROPS + ":5:1", "asset.folder", "`${`")), (p, r) -> nothingShows(r, SECRET)),
                // the whole environment, as the crash printed it, would hold PATH
                variable("properties-proc-environ", "content.folder=content", "content.folder=${file:UTF-8:/proc/self/environ}", 4,
                        System.getenv("PATH")),
                variable("properties-other-key", "congkhai.illustrative.banner=true", "congkhai.illustrative.banner=${render.encoding}", 9,
                        "UTF-8"),
                variable("properties-in-a-key-jbake-reads", "render.encoding=UTF-8", "render.encoding=${env:PATH}", 6, System.getenv("PATH")),
                // `include` reads another file into the configuration
                new Hostile("properties-include", p -> {
                    Files.writeString(p.resolve("khac.properties"), "content.folder=" + SECRET + "\n");
                    replace(PROPS, "content.folder=content", "include=khac.properties").apply(p);
                }, Hostile.Outcome.SAME_SITE, List.of(), (p, r) -> nothingShows(r, SECRET)),
                // the cleaning removed these silently; the plain `link:javascript:` was already refused when loading
                refused("javascript-link-in-passthrough", append(INTRO, "\nlink:++javascript:alert(1)++[bấm]\n"),
                        error(INTRO + ":" + AFTER_INTRO + ":1", "", "`javascript:`", "bị bỏ")),
                refused("javascript-link-through-an-attribute", append(INTRO, "\n:s: javascript\n\nXem link:{s}:alert(1)[đây]\n"),
                        error(INTRO + ":" + AFTER_INTRO + ":1", "", "`javascript:`")),
                refused("notice-body-javascript-in-passthrough", replace(NOTICE, "  Văn phòng HĐND-UBND phường",
                                "  link:++javascript:alert(1)++[bấm]\n  Văn phòng HĐND-UBND phường"),
                        error(NOTICE + ":19:1", "body", "`javascript:`")),
                published("folder-attributes-do-not-resolve", append(INTRO, "\nNhà: [{user-home}] [{docdir}] [{iconsdir}] [{stylesdir}]\n"),
                        (p, r) -> assertTrue(Hostile.read(p.resolve("site/gioi-thieu.html")).contains("Nhà: [] [] [] []"))),
                // a list 150 levels deep (11 KB) overflowed Asciidoctor's stack: refused when loading, at its 11th level
                refused("list-nested-150-deep", append(INTRO, "\n" + deepList(150)),
                        error(INTRO + ":" + (AFTER_INTRO + 10) + ":1", "", "lồng quá sâu", "10")),
                // blocks nested as deep: refused when loading, at the 11th (the converter's overflow is caught too: AsciidocConverterTest)
                refused("blocks-nested-150-deep", append(INTRO, "\n" + deepBlocks(150)),
                        error(INTRO + ":" + (AFTER_INTRO + 10) + ":1", "", "lồng nhau quá sâu")),
                refused("notice-body-blocks-nested-deep", replace(NOTICE, "  Văn phòng HĐND-UBND phường",
                                deepBlocks(16).indent(2) + "  Văn phòng HĐND-UBND phường"),
                        error(NOTICE + ":29:3", "body", "lồng nhau quá sâu")),
                // Freemarker's loader threw a SecurityException mid-render: a stack trace, no problem
                refused("template-linked-outside", symlink("templates/page.ftlh", "/etc/hostname"),
                        error("templates/page.ftlh", "", "liên kết (symlink) trỏ ra ngoài thư mục mẫu")),
                refused("template-include-linked-outside", symlink("templates/tieu-de.ftlh", "/etc/hostname")
                                .then(replace("templates/page.ftlh", "<h1>${doc.title}</h1>", "<h1><#include \"tieu-de.ftlh\"></h1>")),
                        error("templates/tieu-de.ftlh", "", "liên kết (symlink) trỏ ra ngoài thư mục mẫu")),
                refused("template-calls-itself", replace("templates/page.ftlh", "<h1>${doc.title}</h1>",
                                "<#macro lap><@lap/></#macro><h1><@lap/></h1>"),
                        error("templates/page.ftlh", "", "gọi lại chính nó")),
                // the inside-the-project check normalised the path but did not resolve the link
                refused("template-folder-linked-outside", folderLinkedOutside("templates"),
                        error(PROPS + ":3:1", "template.folder", "`templates` nằm ngoài dự án")),
                refused("asset-folder-linked-outside", folderLinkedOutside("assets"),
                        error(PROPS + ":5:1", "asset.folder", "`assets` nằm ngoài dự án")),
                // a 10 MB unit name grew the portal from 1.5 MB to 436 MB; 1 MB here, and the message does not repeat it
                new Hostile("unit-name-of-a-megabyte", replace(HostileCases.UNITS, "name: Phường Mỹ Bình", "name: " + "Mỹ Bình ".repeat(125_000)),
                        Hostile.Outcome.REFUSED, List.of(error(HostileCases.UNITS + ":10:11", "units[1].name", "dài 999999 ký tự", "quá giới hạn 500")),
                        (p, r) -> r.problems().forEach(x -> assertTrue(x.format().length() < 1000, x::format))),
                refused("unit-description-over-the-limit", replace(HostileCases.UNITS, "description: Đơn vị chủ quản của trang thông tin này.",
                                "description: " + "x".repeat(5_001)),
                        error(HostileCases.UNITS + ":7:18", "units[0].description", "quá giới hạn 5000")),
                // `1e-400` was printed with 400 digits
                new Hostile("score-of-four-hundred-decimals", replace(HostileCases.SCORES, "\"5.2\": 4.5", "\"5.2\": 1e-400"),
                        Hostile.Outcome.REFUSED, List.of(error(HostileCases.SCORES + ":23:14", "units[0].criteria[\"5.2\"]",
                                "`1e-400` quá lớn hoặc có quá nhiều chữ số thập phân")),
                        (p, r) -> r.problems().forEach(x -> assertFalse(x.format().contains("0000000000"), x::format))),
                refused("total-of-thirty-digits", replace(HostileCases.RUBRIC, "total: 100", "total: 1e30"),
                        error(HostileCases.RUBRIC + ":9:8", "total", "quá lớn")));
    }

    /** Moves the folder out of the project and leaves a link to it in its place. */
    private static Hostile.Edit folderLinkedOutside(String folder) {
        return p -> {
            Path outside = p.resolveSibling(p.getFileName() + "-ngoai-" + folder);
            Files.move(p.resolve(folder), outside);
            Files.createSymbolicLink(p.resolve(folder), outside);
        };
    }

    private static String deepList(int levels) {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= levels; i++) {
            s.append("*".repeat(i)).append(" mục ").append(i).append('\n');
        }
        return s.toString();
    }

    private static String deepBlocks(int levels) {
        StringBuilder s = new StringBuilder();
        for (int i = levels; i >= 4; i--) {
            s.append("=".repeat(i)).append('\n');
        }
        s.append("giữa\n");
        for (int i = 4; i <= levels; i++) {
            s.append("=".repeat(i)).append('\n');
        }
        return s.toString();
    }

    private static Hostile variable(String name, String from, String to, int line, String secret) {
        String key = from.substring(0, from.indexOf('='));
        return new Hostile(name, replace(PROPS, from, to), Hostile.Outcome.REFUSED, List.of(error(PROPS + ":" + line + ":1", key, "`${`", key)),
                (p, r) -> nothingShows(r, secret));
    }

    /** No problem, in either language, shows the text a lookup would have read. */
    private static void nothingShows(BuildResult r, String secret) {
        for (Problem problem : r.problems()) {
            assertFalse(problem.format().contains(secret), () -> "a problem shows what the lookup read: " + problem.format());
            assertFalse(problem.toString().contains(secret), () -> "a problem shows what the lookup read: " + problem);
        }
    }
}
