package vn.congkhai.hostile;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congkhai.hostile.Hostile.append;
import static vn.congkhai.hostile.Hostile.bytes;
import static vn.congkhai.hostile.Hostile.delete;
import static vn.congkhai.hostile.Hostile.error;
import static vn.congkhai.hostile.Hostile.published;
import static vn.congkhai.hostile.Hostile.refused;
import static vn.congkhai.hostile.Hostile.rename;
import static vn.congkhai.hostile.Hostile.replace;
import static vn.congkhai.hostile.Hostile.sameSite;
import static vn.congkhai.hostile.Hostile.symlink;
import static vn.congkhai.hostile.Hostile.transform;
import static vn.congkhai.hostile.Hostile.warning;
import static vn.congkhai.hostile.Hostile.write;

/**
 * The hostile-input corpus: what an editor (or someone pretending to be one) can do to a ward's
 * repository, and what the build must answer. Every case starts from the sample portal, built.
 * Positions are those of the sample files: a case names the line it changes.
 */
final class HostileCases {
    static final String UNITS = "data/units.yaml";
    static final String SITE = "data/site.yaml";
    static final String RUBRIC = "data/rubrics/bo-phan-mot-cua-2024.yaml";
    static final String SCORES = "data/scores/thi-bo-phan-mot-cua-2024.yaml";
    static final String AWARDS = "data/awards/thi-bo-phan-mot-cua-2024.yaml";
    static final String INTRO = "content/gioi-thieu.adoc";
    /** The line a case appends after the sample's intro page (a blank line, then the case's line): its length may change. */
    static final int AFTER_INTRO = lineCount(INTRO) + 2;
    static final String NEWS = "content/tin-tuc/2024/tham-gia-cuoc-thi-mot-cua.adoc";
    static final String PROPS = "jbake.properties";
    static final String NOTICE = "data/notices/lay-y-kien-chinh-trang-via-he.yaml";
    static final String BUDGET_NOTICE = "data/notices/du-toan-ngan-sach-2026.yaml";
    static final String DOCUMENT = "data/documents/du-toan-ngan-sach-2026.yaml";
    static final String KPI = "data/kpi/mot-cua-2024.yaml";
    static final String CAMPAIGN = "data/campaigns/cai-cach-hanh-chinh-2026.yaml";
    static final String CONTEST = "data/campaigns/cuoc-thi-mot-cua-than-thien-2024.yaml";

    private HostileCases() {
    }

    static List<Hostile> all() {
        List<Hostile> all = new ArrayList<>();
        all.addAll(yamlSyntax());
        all.addAll(wrongTypes());
        all.addAll(keys());
        all.addAll(references());
        all.addAll(ranges());
        all.addAll(dates());
        all.addAll(encodings());
        all.addAll(sizes());
        all.addAll(markup());
        all.addAll(addresses());
        all.addAll(files());
        all.addAll(asciidoc());
        all.addAll(publications());
        all.addAll(HiddenCharCases.all()); // issue 11, part 4
        all.addAll(RedTeamCases.all()); // issue 11: configuration lookups, crashes, silent removals
        return all;
    }

    static List<Hostile> yamlSyntax() {
        return List.of(
                refused("unclosed-quote", replace(UNITS, "name: Phường Mỹ Bình", "name: \"Phường Mỹ Bình"),
                        error(UNITS + ":10:11", "", "Thiếu dấu ngoặc kép đóng", "dòng 10")),
                refused("unclosed-brace", replace(SCORES, "\"3\": {missing: [photocopy]}", "\"3\": {missing: [photocopy]"),
                        error(SCORES + ":21:7", "", "Nhóm mở bằng `{` ở dòng 20 chưa được đóng")),
                refused("unclosed-bracket", replace(SCORES, "\"3\": {missing: [photocopy]}", "\"3\": {missing: [photocopy}"),
                        error(SCORES + ":20:32", "", "Danh sách mở bằng `[` ở dòng 20")),
                refused("over-indented-line", replace(UNITS, "    name: Phường Mỹ Bình", "      name: Phường Mỹ Bình"),
                        error(UNITS + ":10:11", "", "Dấu hai chấm `:` ở đây không hợp lệ")),
                refused("under-indented-line", replace(UNITS, "    name: Phường Mỹ Bình", "   name: Phường Mỹ Bình"),
                        error(UNITS + ":10:4", "", "Thụt lề không thẳng hàng")),
                refused("no-space-after-colon", replace(SITE, "province: Tỉnh An Giang", "province:Tỉnh An Giang"),
                        error(SITE + ":7:1", "", "Thiếu dấu hai chấm sau tên trường")),
                refused("colon-inside-a-value", replace(SITE, "address: Trụ sở UBND", "address: Trụ sở: UBND"),
                        error(SITE + ":10:16", "", "Dấu hai chấm `:` ở đây không hợp lệ", "ngoặc kép")),
                refused("reserved-character-at-start", replace(UNITS, "name: Phường Mỹ Bình", "name: @Phường Mỹ Bình"),
                        error(UNITS + ":10:11", "", "Ký tự `@` không được đứng đầu một giá trị", "ngoặc kép")),
                refused("tab-indentation", replace(UNITS, "  - id: my-binh\n    name", "  - id: my-binh\n\tname"),
                        error(UNITS + ":10:1", "", "Có ký tự Tab trong phần thụt lề", "hai dấu cách")),
                refused("tab-indentation-in-scores", replace(SCORES, "      \"2\": 5\n", "\t\"2\": 5\n"),
                        error(SCORES + ":19:1", "", "Tab")),
                refused("alias-instead-of-a-value", replace(UNITS, "  - id: my-binh\n    name: Phường Mỹ Bình",
                                "  - id: my-binh\n    name: &ten Phường Mỹ Bình\n  - id: my-binh-2\n    name: *ten"),
                        error(UNITS + ":12:11", "units[2].name", "tham chiếu `*ten`", "`&ten`")),
                refused("merge-key", append(UNITS, "  - <<: {illustrative: true}\n    id: x\n    name: X\n"),
                        error(UNITS + ":39:5", "units[11][\"<<\"]", "Khóa gộp `<<` của YAML không được dùng")));
    }

    static List<Hostile> wrongTypes() {
        return List.of(
                refused("score-in-quotes", replace(SCORES, "\"4\": 5\n      \"5.1\"", "\"4\": \"5\"\n      \"5.1\""),
                        error(SCORES + ":21:12", "units[0].criteria[\"4\"]", "Điểm phải là một số nhưng đang là chữ \"5\"")),
                refused("decimal-comma", replace(SCORES, "\"5.2\": 4.5", "\"5.2\": 4,5"),
                        error(SCORES + ":23:14", "units[0].criteria[\"5.2\"]", "Điểm phải là một số", "dấu chấm")),
                refused("total-in-words", replace(RUBRIC, "total: 100", "total: một trăm"),
                        error(RUBRIC + ":9:8", "total", "`total` phải là một số nhưng đang là chữ")),
                refused("units-as-a-mapping", write(UNITS, "units:\n  my-phuoc: Phường Mỹ Phước\n"),
                        error(UNITS + ":2:3", "units", "`units` phải là một danh sách")),
                refused("yes-no-as-text", replace(UNITS, "    illustrative: true\n  - id: my-binh", "    illustrative: có lẽ\n  - id: my-binh"),
                        error(UNITS + ":8:19", "units[0].illustrative", "`true` (có) hoặc `false` (không)")),
                refused("leaders-as-text", transform(SITE, t -> t.substring(0, t.indexOf("leaders:")) + "leaders: Nguyễn Trung Nam\n"),
                        error(SITE + ":" + lineOf(SITE, "leaders:") + ":10", "leaders", "`leaders` phải là một danh sách")),
                refused("name-as-a-list", replace(SITE, "name: Phường Mỹ Phước", "name: [Phường, Mỹ Phước]"),
                        error(SITE + ":4:7", "name", "`name` phải là một đoạn chữ nhưng đang là một danh sách")),
                refused("incidents-not-whole", replace(SCORES, "\"7\": {incidents: 0}\n      \"8\": 6.5", "\"7\": {incidents: 1.5}\n      \"8\": 6.5"),
                        error(SCORES + ":28:24", "units[0].criteria[\"7\"].incidents", "một số nguyên")),
                refused("nan-score", replace(SCORES, "\"8\": 6.5", "\"8\": .nan"),
                        error(SCORES + ":29:12", "units[0].criteria[\"8\"]", "Điểm phải là một số nhưng đang là số .nan")),
                refused("whole-file-is-a-list", write(SITE, "- name: Phường Mỹ Phước\n"),
                        error(SITE + ":1:1", "", "Cần một nhóm trường")));
    }

    static List<Hostile> keys() {
        return List.of(
                refused("misspelt-key", replace(RUBRIC, "title: Bộ tiêu chí Cuộc thi", "titel: Bộ tiêu chí Cuộc thi"),
                        error(RUBRIC + ":6:1", "titel", "Trường `titel` không được dùng ở đây", "Có phải ý bạn là `title`?"),
                        error(RUBRIC + ":6:1", "title", "Thiếu trường bắt buộc `title`")),
                refused("unknown-key-in-a-unit", replace(UNITS, "    name: Phường Mỹ Long", "    ten: Phường Mỹ Long"),
                        error(UNITS + ":13:5", "units[2].ten", "Trường `ten` không được dùng ở đây", "Các trường hợp lệ: area, description, id, illustrative, name")),
                refused("misspelt-key-in-a-score", replace(SCORES, "\"7\": {incidents: 0}\n      \"8\": 6.5", "\"7\": {incident: 0}\n      \"8\": 6.5"),
                        error(SCORES + ":28:13", "units[0].criteria[\"7\"].incident", "Có phải ý bạn là `incidents`?")),
                refused("duplicate-key", replace(SITE, "province: Tỉnh An Giang", "province: Tỉnh An Giang\nname: Phường Khác"),
                        error(SITE + ":7:1", "name", "Trường `name` bị viết hai lần; lần đầu ở dòng 4")),
                refused("duplicate-criterion-line", replace(SCORES, "      \"2\": 5\n", "      \"2\": 5\n      \"2\": 4\n"),
                        error(SCORES + ":20:7", "units[0].criteria[\"2\"]", "bị viết hai lần; lần đầu ở dòng 19")),
                refused("duplicate-unit-id", replace(UNITS, "  - id: my-long", "  - id: my-binh"),
                        error(UNITS + ":12:5", "units[2].id", "Mã đơn vị `my-binh` bị trùng")),
                refused("unit-scored-twice", transform(SCORES, t -> t.replace("  - unit: my-binh", "  - unit: my-long")),
                        error(SCORES + ":51:5", "units[2].unit", "Đơn vị `my-long` được chấm hai lần trong cùng một vòng; lần đầu ở dòng 48")),
                refused("missing-required-field", transform(SITE, t -> t.replaceAll("(?m)^email: .*\n", "")),
                        error(SITE + ":4:1", "email", "Thiếu trường bắt buộc `email`")),
                refused("missing-criterion-title", replace(RUBRIC, "    title: Phân công tiếp đón, hướng dẫn người dân\n", ""),
                        error(RUBRIC + ":11:5", "criteria[0].title", "Thiếu trường bắt buộc `title`")),
                refused("missing-decision-number", replace(AWARDS, "  - number: 01/QĐ-BCĐ (minh họa)\n    date", "  - date"),
                        error(AWARDS + ":37:5", "decisions[0].number", "Thiếu trường bắt buộc `number`")),
                refused("missing-units-file", delete(UNITS),
                        error(UNITS, "", "Không tìm thấy tệp data/units.yaml")),
                refused("units-file-misnamed", rename(UNITS, "data/unit.yaml"),
                        error(UNITS, "", "Có phải tệp `unit.yaml` là tệp này?")));
    }

    static List<Hostile> references() {
        return List.of(
                refused("unknown-unit", replace(SCORES, "  - unit: my-phuoc", "  - unit: my-phuc"),
                        error(SCORES + ":16:5", "units[0].unit", "Không có đơn vị `my-phuc`", "Có phải ý bạn là `my-phuoc`?")),
                refused("unknown-rubric", replace(SCORES, "rubric: bo-phan-mot-cua-2024", "rubric: bo-phan-mot-cua-2025"),
                        error(SCORES + ":14:1", "rubric", "Không có bộ tiêu chí `bo-phan-mot-cua-2025`", "Có phải ý bạn là `bo-phan-mot-cua-2024`?")),
                refused("unknown-criterion", replace(SCORES, "      \"2\": 5\n", "      \"2\": 5\n      \"11\": 5\n"),
                        error(SCORES + ":20:13", "units[0].criteria[\"11\"]", "Không có tiêu chí `11` trong bộ tiêu chí")),
                refused("scoring-a-group", replace(SCORES, "      \"2\": 5\n", "      \"2\": 5\n      \"5\": 20\n"),
                        error(SCORES + ":20:12", "units[0].criteria[\"5\"]", "là tiêu chí nhóm")),
                refused("unknown-checklist-item", replace(SCORES, "{missing: [photocopy]}", "{missing: [photocoppy]}"),
                        error(SCORES + ":20:7", "units[0].criteria[\"3\"].missing", "không có mục `photocoppy`", "Có phải ý bạn là `photocopy`?")),
                refused("unknown-bonus", replace(SCORES, "bonuses: [duoc-cong-nhan], note: Mô hình", "bonuses: [duoc-cong-nha], note: Mô hình"),
                        error(SCORES + ":31:7", "units[0].criteria[\"10\"].bonuses", "không có điểm cộng `duoc-cong-nha`", "`duoc-cong-nhan`")),
                refused("unknown-tie-breaker", replace(SCORES, "rubric: bo-phan-mot-cua-2024", "rubric: bo-phan-mot-cua-2024\ntieBreakers: [\"7\", \"77\"]"),
                        error(SCORES + ":15:1", "tieBreakers", "`77` không có trong bộ tiêu chí", "Có phải ý bạn là `7`?")),
                refused("award-for-an-unknown-round", replace(AWARDS, "round: thi-bo-phan-mot-cua-2024", "round: thi-bo-phan-mot-cua-2023"),
                        error(AWARDS + ":7:1", "round", "Không có vòng chấm `thi-bo-phan-mot-cua-2023`")),
                refused("award-to-an-unknown-unit", replace(AWARDS, "{unit: my-quy, prize: Giải ba}", "{unit: my-qui, prize: Giải ba}"),
                        error(AWARDS + ":45:10", "decisions[0].recipients[2].unit", "Không có đơn vị `my-qui`", "Có phải ý bạn là `my-quy`?")),
                refused("unknown-eligibility-rule", replace(AWARDS, "  - rule: noConductViolation", "  - rule: noConductViolations"),
                        error(AWARDS + ":21:5", "eligibility[0].rule", "Không có điều kiện xét khen thưởng", "Có phải ý bạn là `noConductViolation`?")));
    }

    static List<Hostile> ranges() {
        return List.of(
                refused("score-over-the-maximum", replace(SCORES, "      \"2\": 5\n", "      \"2\": 12\n"),
                        error(SCORES + ":19:12", "units[0].criteria[\"2\"]", "Điểm 12 vượt quá điểm chuẩn 5 của tiêu chí 2")),
                refused("negative-score", replace(SCORES, "      \"2\": 5\n", "      \"2\": -1\n"),
                        error(SCORES + ":19:12", "units[0].criteria[\"2\"]", "Điểm -1 nhỏ hơn 0")),
                refused("huge-score", replace(SCORES, "      \"2\": 5\n", "      \"2\": 1e400\n"),
                        error(SCORES + ":19:12", "units[0].criteria[\"2\"]", "`1e400` quá lớn")), // issue 11: refused when read
                refused("negative-incidents", replace(SCORES, "\"7\": {incidents: 0}\n      \"8\": 6.5", "\"7\": {incidents: -2}\n      \"8\": 6.5"),
                        error(SCORES + ":28:7", "units[0].criteria[\"7\"].incidents", "không thể nhỏ hơn 0")),
                refused("negative-deduction", replace(RUBRIC, "perMissing: 2", "perMissing: -2"),
                        error(RUBRIC + ":28:5", "criteria[\"3\"].checklist.perMissing", "phải lớn hơn 0 (đang là -2)")),
                refused("rubric-total-does-not-add-up", replace(RUBRIC, "total: 100", "total: 90"),
                        error(RUBRIC + ":9:1", "total", "Tổng điểm chuẩn các tiêu chí là 100 nhưng bộ tiêu chí khai báo tổng 90")));
    }

    static List<Hostile> dates() {
        return List.of(
                refused("impossible-decision-date", replace(AWARDS, "date: 2024-12-20", "date: 2024-02-30"),
                        error(AWARDS + ":38:11", "decisions[0].date", "phải là một ngày có thật")),
                refused("impossible-month-in-deadline", replace(AWARDS, "deadline: 2024-12-10", "deadline: 2024-13-10"),
                        error(AWARDS + ":23:15", "eligibility[1].deadline", "phải là một ngày có thật")),
                refused("impossible-dossier-date", replace(AWARDS, "my-long: {dossierSubmitted: 2024-12-05}", "my-long: {dossierSubmitted: 2024-11-31}"),
                        error(AWARDS + ":27:31", "facts[\"my-long\"].dossierSubmitted", "phải là một ngày có thật")),
                refused("date-written-day-first", replace(AWARDS, "date: 2024-12-20", "date: 20/12/2024"),
                        error(AWARDS + ":38:11", "decisions[0].date", "dạng năm-tháng-ngày")),
                refused("inverted-month-range", append(AWARDS, "monthlyRating: {from: 2024-09, to: 2024-05}\n"),
                        error(AWARDS + ":48:17", "monthlyRating", "Tháng bắt đầu 2024-09 sau tháng kết thúc 2024-05")),
                refused("impossible-month", append(AWARDS, "monthlyRating: {from: 2024-13, to: 2024-05}\n"),
                        error(AWARDS + ":48:17", "monthlyRating.from", "Tháng `2024-13` không đúng dạng năm-tháng")),
                refused("impossible-page-date", replace("content/tin-tuc/2024/tham-gia-cuoc-thi-mot-cua.adoc", ":jbake-date: 2024-10-02", ":jbake-date: 2024-02-30"),
                        error("content/tin-tuc/2024/tham-gia-cuoc-thi-mot-cua.adoc:4:1", "jbake-date", "không đúng dạng hoặc không có thật")),
                refused("impossible-build-date", replace(PROPS, "congkhai.build.date=2024-11-22", "congkhai.build.date=2024-02-30"),
                        error(PROPS + ":11:1", "congkhai.build.date", "Ngày `2024-02-30` không đúng dạng hoặc không có thật")));
    }

    static List<Hostile> encodings() {
        return List.of(
                sameSite("nfd-text-is-published-as-nfc", transform(UNITS, t -> t.replace("Phường Mỹ Bình",
                        Normalizer.normalize("Phường Mỹ Bình", Normalizer.Form.NFD)))),
                sameSite("nfd-page-is-published-as-nfc", transform(INTRO, t -> Normalizer.normalize(t, Normalizer.Form.NFD))),
                sameSite("nfd-whole-file", transform(SITE, t -> Normalizer.normalize(t, Normalizer.Form.NFD))),
                sameSite("byte-order-mark", bytes(SITE, b -> concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, b))),
                sameSite("byte-order-mark-on-a-page", bytes(INTRO, b -> concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, b))),
                sameSite("windows-line-ends", transform(SCORES, t -> t.replace("\n", "\r\n"))
                        .then(transform(RUBRIC, t -> t.replace("\n", "\r\n")))),
                sameSite("windows-line-ends-on-a-page", transform(INTRO, t -> t.replace("\n", "\r\n"))),
                refused("not-utf8", p -> Files.write(p.resolve(UNITS), Files.readString(p.resolve(UNITS))
                                .getBytes(Charset.forName("windows-1258"))),
                        error(UNITS, "", "Tệp không được lưu bằng mã UTF-8")),
                refused("empty-file", write(UNITS, ""),
                        error(UNITS, "", "Tệp trống, không có dữ liệu")),
                refused("only-comments", write(RUBRIC, "# bộ tiêu chí sẽ viết sau\n"),
                        error(RUBRIC, "", "Tệp trống, không có dữ liệu")),
                refused("empty-page", write("content/trang-trong.adoc", ""),
                        error("content/trang-trong.adoc:1:1", "title", "Trang không có tiêu đề")));
    }

    static List<Hostile> sizes() {
        return List.of(
                refused("fifty-megabytes", p -> {
                    Path f = p.resolve("data/scores/khong-lo.yaml");
                    byte[] line = "  - unit: my-phuoc\n    criteria: {\"1\": 5}\n".getBytes(StandardCharsets.UTF_8);
                    try (OutputStream out = Files.newOutputStream(f)) {
                        out.write("title: x\nround: x\nrubric: bo-phan-mot-cua-2024\nunits:\n".getBytes(StandardCharsets.UTF_8));
                        for (long n = 0; n < 50L * 1024 * 1024; n += line.length) {
                            out.write(line);
                        }
                    }
                }, error("data/scores/khong-lo.yaml", "", "Tệp quá lớn", "50 MB", "16 MB")),
                refused("billion-laughs", write("data/scores/bom.yaml", billionLaughs()),
                        error("data/scores/bom.yaml:2:8", "b[0]", "tham chiếu `*a`")),
                refused("deep-flow-nesting", write("data/scores/sau.yaml", "units: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n"),
                        error("data/scores/sau.yaml:1:48", "", "lồng nhau quá sâu")),
                refused("deep-block-nesting", write("data/scores/sau.yaml", deepBlock(60)),
                        error("data/scores/sau.yaml:42:83", "", "lồng nhau quá sâu")),
                refused("huge-page", write("content/khong-lo.adoc", "= Trang lớn\n\n" + "Chữ. ".repeat(1_200_000)),
                        error("content/khong-lo.adoc", "", "Tệp quá lớn")));
    }

    /** Text fields that are free text in each data file: every one gets markup, and every one must come out as text. */
    static List<Hostile> markup() {
        return List.of(
                published("markup-in-site-texts", inject(SITE, "name", "portalTitle", "province", "owner", "responsible", "address",
                        "description", "illustrativeNotice", "title", "duties", "biography",
                        "days", "hours", "place", "who", "when", "where", "how", "contact"), HostileCases::escapedEverywhere),
                published("markup-in-unit-texts", inject(UNITS, "name", "description"), HostileCases::escapedEverywhere),
                published("markup-in-rubric-texts", inject(RUBRIC, "title", "issuer", "legalBasis", "description", "evidence", "label",
                        "incident", "condition"), HostileCases::escapedEverywhere),
                published("markup-in-score-texts", inject(SCORES, "title", "round")
                        .then(replace(SCORES, "note: Mô hình", "note: <script>alert('note')</script> Mô hình")), HostileCases::escapedEverywhere),
                published("markup-in-award-texts", inject(AWARDS, "title", "form", "issuer", "legalBasis", "number", "reason")
                        .then(replace(AWARDS, "note: minh họa}\n  my-phuoc", "note: \"<script>alert('fact')</script>\"}\n  my-phuoc")),
                        HostileCases::escapedEverywhere),
                published("markup-in-page-header", replace(INTRO, "= Giới thiệu phường Mỹ Phước\n", "= Giới thiệu <script>alert('title')</script>\n")
                                .then(replace(INTRO, ":description: Giới thiệu", ":description: <script>alert('description')</script> Giới thiệu"))
                                .then(replace(NEWS, ":jbake-tags: ", ":jbake-tags: <script>alert('tags')</script>, ")),
                        HostileCases::escapedEverywhere),
                published("raw-html-in-a-page-is-cleaned", append(INTRO, "\n++++\n<script>alert('pass')</script><img src=index.html onerror=alert(2)>"
                                + "<a href=\"https://x.example/\" onclick=\"alert(3)\">x</a>\n++++\n"),
                        (p, r) -> {
                            String html = Hostile.read(p.resolve("site/gioi-thieu.html"));
                            assertFalse(html.contains("alert("), html);
                            noForeignScript(p);
                        }));
    }

    static List<Hostile> addresses() {
        return List.of(
                refused("javascript-evidence", replace(SCORES, "\"4\": 5\n      \"5.1\"", "\"4\": {points: 5, evidence: [\"javascript:alert(1)\"]}\n      \"5.1\""),
                        error(SCORES + ":21:24", "units[0].criteria[\"4\"].evidence", "Minh chứng `javascript:alert(1)` không phải địa chỉ web")),
                refused("data-url-evidence", replace(SCORES, "\"4\": 5\n      \"5.1\"", "\"4\": {points: 5, evidence: \"data:text/html,<script>alert(1)</script>\"}\n      \"5.1\""),
                        error(SCORES + ":21:24", "units[0].criteria[\"4\"].evidence", "không phải địa chỉ web")),
                refused("evidence-climbing-out", replace(SCORES, "\"4\": 5\n      \"5.1\"", "\"4\": {points: 5, evidence: [assets/../../etc/passwd]}\n      \"5.1\""),
                        error(SCORES + ":21:24", "units[0].criteria[\"4\"].evidence", "`assets/../../etc/passwd`")),
                refused("evidence-absolute-path", replace(SCORES, "\"4\": 5\n      \"5.1\"", "\"4\": {points: 5, evidence: [/etc/passwd]}\n      \"5.1\""),
                        error(SCORES + ":21:24", "units[0].criteria[\"4\"].evidence", "`/etc/passwd`")),
                refused("evidence-file-missing", replace(SCORES, "\"4\": 5\n      \"5.1\"", "\"4\": {points: 5, evidence: [assets/minh-chung/khong-co.pdf]}\n      \"5.1\""),
                        error(SCORES + ":21:7", "units[0].criteria[\"4\"].evidence", "Không có tệp minh chứng `assets/minh-chung/khong-co.pdf`")),
                refused("javascript-base-url", replace(SITE, "baseUrl: https://myphuoc.angiang.gov.vn/", "baseUrl: javascript:alert(1)//"),
                        error(SITE + ":7:1", "baseUrl", "không phải là một địa chỉ web hợp lệ")),
                refused("javascript-link-in-a-page", append(INTRO, "\nlink:javascript:alert(1)[bấm vào đây]\n"),
                        error(INTRO + ":" + AFTER_INTRO + ":6", "", "javascript:")),
                refused("data-url-image-in-a-page", append(INTRO, "\nimage::data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=[ảnh]\n"),
                        error(INTRO + ":" + AFTER_INTRO + ":8", "", "data:")),
                refused("image-from-another-host", append(INTRO, "\nimage::https://tracker.example/pixel.gif[ảnh]\n"),
                        error(INTRO, "", "tải nội dung từ máy chủ khác")),
                refused("link-climbing-out-of-the-site", append(INTRO, "\nlink:../../etc/passwd[mật khẩu]\n"),
                        error(INTRO, "", "`../../etc/passwd`")));
    }

    static List<Hostile> files() {
        return List.of(
                refused("data-file-linked-outside", symlink(UNITS, "/etc/passwd"),
                        error(UNITS, "", "trỏ ra ngoài thư mục dự án")),
                refused("page-linked-outside", symlink("content/mat-khau.adoc", "/etc/hostname"),
                        error("content/mat-khau.adoc", "", "trỏ ra ngoài thư mục dự án")),
                refused("content-folder-outside", replace(PROPS, "content.folder=content", "content.folder=../.."),
                        error(PROPS + ":4:1", "content.folder", "nằm ngoài dự án")),
                refused("asset-folder-absolute", replace(PROPS, "asset.folder=assets", "asset.folder=/etc"),
                        error(PROPS + ":5:1", "asset.folder", "nằm ngoài dự án")),
                refused("file-name-with-marks", rename(SCORES, "data/scores/Vòng 2.yaml"),
                        error("data/scores/Vòng 2.yaml", "", "Đổi tên thành `vong-2.yaml`")),
                refused("two-files-one-id", p -> Files.copy(p.resolve(RUBRIC), p.resolve("data/rubrics/bo-phan-mot-cua-2024.yml")),
                        error("data/rubrics/bo-phan-mot-cua-2024.yml", "", "trùng mã `bo-phan-mot-cua-2024`")),
                sameSite("markdown-page-is-a-warning", write("content/ghi-chu.md", "# Ghi chú\n"),
                        warning("content/ghi-chu.md", "", "chỉ đọc trang viết bằng AsciiDoc")));
    }

    static List<Hostile> asciidoc() {
        return List.of(
                refused("include-outside-content", append(INTRO, "\ninclude::../data/site.yaml[]\n"),
                        error(INTRO + ":" + AFTER_INTRO + ":1", "", "`include::`")),
                refused("include-of-a-system-file", append(INTRO, "\ninclude::/etc/passwd[]\n"),
                        error(INTRO + ":" + AFTER_INTRO + ":1", "", "`include::`")),
                published("system-property-attributes-do-not-leak", append(INTRO, "\nJava: {java_home} {user-home} {user.dir} {docdir} {env.HOME} {java.version}\n"),
                        (p, r) -> {
                            String html = Hostile.read(p.resolve("site/gioi-thieu.html"));
                            assertFalse(html.contains(System.getProperty("java.home")), "java.home leaked");
                            assertFalse(html.contains(System.getProperty("user.home")), "user.home leaked");
                            assertFalse(html.contains(p.toString()), "the project's path leaked");
                            assertFalse(html.contains(System.getProperty("java.version")), "java.version leaked");
                        }),
                published("attribute-set-in-the-page-cannot-reach-the-system", replace(INTRO, ":jbake-status: published",
                                ":jbake-status: published\n:duong-dan: {user-home}/{java_home}"),
                        (p, r) -> assertFalse(Hostile.read(p.resolve("site/gioi-thieu.html")).contains(System.getProperty("user.home")))),
                refused("draft-marker-below-the-header", append(INTRO, "\n:jbake-status: draft\n"),
                        error(INTRO + ":" + AFTER_INTRO + ":1", "jbake-status", "nằm ngoài phần đầu trang")));
    }

    /** Notices, documents, indicators and campaigns: dates, counts, files and text. */
    static List<Hostile> publications() {
        return List.of(
                refused("notice-impossible-date", replace(NOTICE, "posted: 2024-10-09", "posted: 2024-02-30"),
                        error(NOTICE + ":9:9", "posted", "phải là một ngày có thật")),
                refused("notice-ends-before-it-starts", replace(NOTICE, "until: 2024-11-08", "until: 2024-10-01"),
                        error(NOTICE + ":10:1", "until", "Ngày hết niêm yết 01/10/2024 trước ngày bắt đầu niêm yết 09/10/2024")),
                refused("notice-unknown-category", replace(NOTICE, "category: 11", "category: 15"),
                        error(NOTICE + ":4:1", "category", "Không có nhóm nội dung công khai số 15")),
                refused("notice-loudspeaker-inverted", replace(NOTICE, "{from: 2024-10-09, to: 2024-10-11}", "{from: 2024-10-11, to: 2024-10-09}"),
                        error(NOTICE + ":11:1", "places.loudspeaker", "Ngày kết thúc phát loa")),
                refused("notice-attachment-climbing-out", replace(BUDGET_NOTICE, "file: content/tep/du-toan-ngan-sach-2026.pdf}",
                                "file: content/../../etc/passwd}"),
                        error(BUDGET_NOTICE + ":15:62", "attachments[0].file", "nằm ngoài thư mục dự án")),
                refused("notice-body-includes-a-file", replace(NOTICE, "  Văn phòng HĐND-UBND phường", "  include::/etc/passwd[]\n  Văn phòng HĐND-UBND phường"),
                        error(NOTICE + ":19:3", "body", "`include::`")),
                refused("notice-body-javascript-link", replace(NOTICE, "  Văn phòng HĐND-UBND phường", "  link:javascript:alert(1)[bấm]\n  Văn phòng HĐND-UBND phường"),
                        error(NOTICE + ":19:8", "body", "`javascript:`")),
                published("markup-in-notice-texts", inject(NOTICE, "title")
                                .then(replace(NOTICE, "  Văn phòng HĐND-UBND phường", "  <script>alert('body')</script>\n  Văn phòng HĐND-UBND phường")),
                        HostileCases::escapedEverywhere),
                refused("document-file-climbing-out", replace(DOCUMENT, "file: content/tep/du-toan-ngan-sach-2026.pdf", "file: ../../etc/passwd"),
                        error(DOCUMENT + ":10:1", "file", "`../../etc/passwd`")),
                refused("document-file-absolute", replace(DOCUMENT, "file: content/tep/du-toan-ngan-sach-2026.pdf", "file: /etc/passwd"),
                        error(DOCUMENT + ":10:1", "file", "phải là đường dẫn bên trong dự án")),
                refused("document-file-data-url", replace(DOCUMENT, "file: content/tep/du-toan-ngan-sach-2026.pdf", "file: \"data:application/pdf;base64,JVBERi0=\""),
                        error(DOCUMENT + ":10:1", "file", "data:application/pdf")),
                refused("document-file-linked-outside", symlink("content/tep/du-toan-ngan-sach-2026.pdf", "/etc/passwd"),
                        error(DOCUMENT + ":10:1", "file", "liên kết trỏ ra ngoài dự án")),
                refused("document-effective-before-signed", replace(DOCUMENT, "effective: 2026-01-01", "effective: 2025-01-01"),
                        error(DOCUMENT + ":7:1", "effective", "Ngày có hiệu lực 01/01/2025 trước ngày ký 26/12/2025")),
                published("markup-in-document-and-indicator-texts", inject(DOCUMENT, "title", "issuer", "type", "number")
                        .then(inject(KPI, "title", "description", "name")), HostileCases::escapedEverywhere),
                refused("indicator-numerator-over-denominator", replace(KPI, "{period: \"2024-05\", numerator: 41, denominator: 48}",
                                "{period: \"2024-05\", numerator: 49, denominator: 48}"),
                        error(KPI + ":19:10", "indicators[0].values[0].numerator", "Tử số 49 lớn hơn mẫu số 48")),
                refused("indicator-percent-disagrees", replace(KPI, "percent: 93.8", "percent: 50"),
                        error(KPI + ":22:10", "indicators[0].values[3].percent", "Tỉ lệ ghi 50% không khớp với số đếm: 45/48")),
                refused("indicator-impossible-month", replace(KPI, "{period: \"2024-05\", numerator: 41", "{period: \"2024-13\", numerator: 41"),
                        error(KPI + ":19:10", "indicators[0].values[0].period", "Kỳ `2024-13` không đúng dạng")),
                refused("campaign-ends-before-it-starts", replace(CAMPAIGN, "to: 2026-11-30\nphases", "to: 2025-11-30\nphases"),
                        error(CAMPAIGN + ":13:1", "to", "Ngày kết thúc 30/11/2025 trước ngày bắt đầu 02/03/2026")),
                refused("campaign-impossible-milestone", replace(CAMPAIGN, "due: 2026-05-20", "due: 2026-02-30"),
                        error(CAMPAIGN + ":19:62", "phases[0].milestones[0].due", "phải là một ngày có thật")),
                refused("campaign-unknown-rubric", replace(CONTEST, "rubric: bo-phan-mot-cua-2024", "rubric: bo-phan-mot-cua-2023"),
                        error(CONTEST + ":22:1", "rubric", "Không có bộ tiêu chí `bo-phan-mot-cua-2023`", "Có phải ý bạn là `bo-phan-mot-cua-2024`?")),
                published("markup-in-campaign-texts", inject(CAMPAIGN, "title", "theme", "name", "task", "lead"), HostileCases::escapedEverywhere));
    }

    // ---- helpers ----

    private static final Pattern SCRIPT_TEXT = Pattern.compile("<script>alert\\('([A-Za-z]+)'\\)</script>");

    /**
     * Puts {@code <script>alert('KEY')</script>} and an element with an event handler into every value of the keys named,
     * block scalars included.
     */
    static Hostile.Edit inject(String file, String... keys) {
        Set<String> wanted = Set.of(keys);
        return transform(file, text -> {
            StringBuilder out = new StringBuilder();
            Matcher m = Pattern.compile("(?m)^(\\s*(?:- )?)([A-Za-z]+): (.+)$").matcher(text);
            int last = 0;
            int count = 0;
            while (m.find()) {
                if (!wanted.contains(m.group(2))) {
                    continue;
                }
                String value = m.group(3);
                String payload = "<script>alert('" + m.group(2) + "')</script> <b onmouseover=alert(1)>đậm</b> ";
                String replaced;
                if (value.equals(">-") || value.equals(">") || value.equals("|")) {
                    int indent = m.group(1).length() + 2;
                    replaced = m.group(0) + "\n" + " ".repeat(indent) + payload;
                } else if (value.startsWith("{") || value.startsWith("[") || value.startsWith("\"")) {
                    continue;
                } else {
                    replaced = m.group(1) + m.group(2) + ": \"" + payload + value.replace("\"", "\\\"") + "\"";
                }
                out.append(text, last, m.start()).append(replaced);
                last = m.end();
                count++;
            }
            assertTrue(count > 0, "nothing to inject into in " + file);
            return out.append(text.substring(last)).toString();
        });
    }

    /** Every injected script appears as text on some page, and no page has a script or a handler that is not ours. */
    static void escapedEverywhere(Path project, vn.congkhai.BuildResult r) throws IOException {
        Set<String> injected = new java.util.TreeSet<>();
        try (Stream<Path> data = Files.walk(project.resolve("data")); Stream<Path> content = Files.walk(project.resolve("content"))) {
            for (Path f : Stream.concat(data, content).filter(Files::isRegularFile).toList()) {
                Matcher m = SCRIPT_TEXT.matcher(Files.readString(f));
                while (m.find()) {
                    injected.add(m.group(1));
                }
            }
        }
        assertFalse(injected.isEmpty());
        StringBuilder allText = new StringBuilder();
        for (Document doc : pages(project)) {
            allText.append(doc.text()).append('\n');
            doc.select("title, meta[content]").forEach(e -> allText.append(e.text()).append(e.attr("content")).append('\n'));
        }
        noForeignScript(project);
        for (String key : injected) {
            assertTrue(allText.toString().contains("<script>alert('" + key + "')</script>"),
                    "the text of `" + key + "` is shown, escaped, somewhere");
        }
    }

    static void noForeignScript(Path project) throws IOException {
        for (Document doc : pages(project)) {
            for (Element e : doc.getAllElements()) {
                if (e.normalName().equals("script") && e.attr("type").equals("application/ld+json")) {
                    // schema.org data, never run: JSON with no markup in it (JsonLd escapes < > &)
                    assertFalse(e.data().contains("<") || e.data().contains(">"), doc.location() + ": " + e.outerHtml());
                    new com.fasterxml.jackson.databind.ObjectMapper().readTree(e.data());
                } else if (e.normalName().equals("script")) {
                    assertTrue(e.attr("src").matches(".*assets/js/(congkhai|tim-kiem)(\\.[0-9a-f]+)?\\.js"), doc.location() + ": " + e.outerHtml());
                    assertEquals("", e.data(), doc.location());
                }
                for (Attribute a : e.attributes()) {
                    assertFalse(a.getKey().toLowerCase().startsWith("on"), doc.location() + ": " + e.outerHtml());
                    assertFalse(a.getValue().strip().toLowerCase().startsWith("javascript:"), doc.location() + ": " + e.outerHtml());
                }
            }
        }
    }

    static List<Document> pages(Path project) throws IOException {
        Path site = project.resolve("site");
        try (Stream<Path> files = Files.walk(site)) {
            List<Document> out = new ArrayList<>();
            for (Path f : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                out.add(Jsoup.parse(Files.readString(f), site.relativize(f).toString()));
            }
            return out;
        }
    }

    static String billionLaughs() {
        StringBuilder s = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            s.append(c).append(": &").append(c).append(" [").append(("*" + prev + ",").repeat(8)).append('*').append(prev).append("]\n");
            prev = c;
        }
        return s.toString();
    }

    static String deepBlock(int depth) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            s.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        s.append("  ".repeat(depth)).append("v: 1\n");
        return s.toString();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static int lineCount(String sampleFile) {
        try {
            return java.nio.file.Files.readAllLines(vn.congkhai.TestProjects.SAMPLE.resolve(sampleFile)).size();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The 1-based line of the sample file that starts with {@code start}. */
    private static int lineOf(String sampleFile, String start) {
        try {
            java.util.List<String> lines = java.nio.file.Files.readAllLines(vn.congkhai.TestProjects.SAMPLE.resolve(sampleFile));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(start)) {
                    return i + 1;
                }
            }
            throw new IllegalStateException(start + " not in " + sampleFile);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
