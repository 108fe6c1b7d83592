package vn.congkhai.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.Problems;
import vn.congkhai.TestProjects;
import vn.congkhai.model.Problem;
import vn.congkhai.model.Rule;
import vn.congkhai.model.RuleKind;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The default ruleset and a ward's own rules, merged by id, with every mistake named at its line. */
class RuleLoaderTest {
    @TempDir
    Path dir;

    private List<Rule> load(String wardRules, Problems problems) {
        if (wardRules != null) {
            TestProjects.write(dir, "data/rules/phuong.yaml", wardRules);
        }
        return new RuleLoader(dir, problems).load();
    }

    private static Rule rule(List<Rule> rules, String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private List<Problem> problemsOf(String wardRules) {
        Problems problems = new Problems();
        load(wardRules, problems);
        return problems.sorted();
    }

    @Test
    void theDefaultRulesetLoadsCleanlyAndEveryRuleHasItsLegalBasisAndStartDate() {
        Problems problems = new Problems();
        List<Rule> rules = load(null, problems);
        assertEquals(List.of(), problems.sorted());
        Set<String> ids = new HashSet<>();
        for (Rule r : rules) {
            assertTrue(ids.add(r.id()), r.id());
            assertTrue(r.citation().matches(".*(Luật|Nghị định) \\d+/\\d{4}/.*"), r.id() + ": " + r.citation());
            assertTrue(r.from().isAfter(LocalDate.of(2016, 1, 1)), r.id());
        }
        assertEquals(14, rule(rules, "cong-khai-14-nhom").<RuleKind.PageRef>list("pages").size());
        assertEquals(7, rule(rules, "bao-truoc-tam-ngung").number("workingDays", 0));
        assertEquals(List.of("dichvucong.gov.vn"), rule(rules, "thu-tuc-hanh-chinh").list("linksTo"));
    }

    @Test
    void aWardRaisesALevelAndTightensAParameterWithoutGivingAReason() {
        Problems problems = new Problems();
        List<Rule> rules = load("""
                rules:
                  - id: bao-truoc-tam-ngung
                    severity: error
                    params: {workingDays: 10}
                """, problems);
        assertEquals(List.of(), problems.sorted());
        Rule r = rule(rules, "bao-truoc-tam-ngung");
        assertEquals(Rule.Level.ERROR, r.level());
        assertEquals(10, r.number("workingDays", 0));
        assertEquals(List.of("data/rules/phuong.yaml: mức cảnh báo → lỗi", "data/rules/phuong.yaml: tham số workingDays = 10"), r.adjustments());
        Rule procedures = rule(load("""
                rules:
                  - id: thu-tuc-hanh-chinh
                    params: {linksTo: [dichvucong.gov.vn, dichvucong.angiang.gov.vn]}
                """, problems), "thu-tuc-hanh-chinh");
        assertEquals("thu-tuc-hanh-chinh.html", procedures.text("path"), "parameters not named are kept");
        assertEquals("data/rules/phuong.yaml:2:5", r.at().toString());
    }

    @Test
    void loweringALevelNeedsAReasonWhichIsKept() {
        Problem p = problemsOf("""
                rules:
                  - id: chan-trang
                    severity: warning
                """).get(0);
        assertTrue(p.isError());
        assertEquals("data/rules/phuong.yaml:2:5", p.where().toString());
        assertTrue(p.message().contains("bị nới"), p.message());

        Problems problems = new Problems();
        List<Rule> rules = load("""
                rules:
                  - id: chan-trang
                    severity: off
                    reason: Mẫu trang riêng của tỉnh đặt chân trang ở trang liên hệ.
                """, problems);
        assertEquals(List.of(), problems.sorted());
        assertEquals(Rule.Level.OFF, rule(rules, "chan-trang").level());
        assertEquals("Mẫu trang riêng của tỉnh đặt chân trang ở trang liên hệ.", rule(rules, "chan-trang").reason());
    }

    @Test
    void postponingARuleIsRelaxingItToo() {
        Problem p = problemsOf("""
                rules:
                  - id: tiep-can-thong-tin
                    from: 2030-01-01
                """).get(0);
        assertEquals("rules[0].reason", p.field());
    }

    @Test
    void aWardAddsItsOwnRuleWithEveryField() {
        List<Problem> problems = problemsOf("""
                rules:
                  - id: tin-thi-dua
                    title: Có tin thi đua
                    check: freshness
                    params: {tag: thi đua}
                """);
        List<String> messages = problems.stream().map(Problem::message).toList();
        assertTrue(messages.contains("Thiếu trường bắt buộc `citation`."), messages.toString());
        assertTrue(messages.contains("Thiếu trường bắt buộc `from`."), messages.toString());
        assertTrue(messages.contains("Thiếu trường bắt buộc `severity`."), messages.toString());
    }

    @Test
    void aRuleWithoutARequiredParameterIsReported() {
        Problem p = problemsOf("""
                rules:
                  - id: tin-thi-dua
                    title: Có tin thi đua
                    citation: Kế hoạch 1/KH-UBND
                    from: 2024-01-01
                    severity: warning
                    check: freshness
                    params: {tag: thi đua}
                """).get(0);
        assertEquals("Quy tắc `tin-thi-dua` (kiểu freshness) thiếu tham số `days`.", p.message());
    }

    @Test
    void misspeltKeysKindsParametersAndLevelsAreNamedWithASuggestion() {
        List<Problem> problems = problemsOf("""
                rules:
                  - id: moi
                    title: Mới
                    citation: Kế hoạch 1/KH-UBND
                    from: 2024-01-01
                    severty: warning
                    check: fresh
                  - id: gioi-thieu
                    severity: nghiem-trong
                  - id: lanh-dao
                    params: {trang: index.html}
                """);
        List<String> text = problems.stream().map(p -> p.where().line() + " " + p.message() + " " + p.hint()).toList();
        assertTrue(text.stream().anyMatch(t -> t.startsWith("6 Trường `severty` không được dùng ở đây.") && t.contains("severity")), text.toString());
        assertTrue(text.stream().anyMatch(t -> t.startsWith("7 Không có kiểu kiểm tra `fresh`.") && t.contains("freshness")), text.toString());
        assertTrue(text.stream().anyMatch(t -> t.startsWith("9 Mức `nghiem-trong` không rõ.")), text.toString());
        assertTrue(text.stream().anyMatch(t -> t.startsWith("11 Trường `trang` không được dùng ở đây.")), text.toString());
    }

    @Test
    void theKindOfAnInheritedRuleCannotChange() {
        Problem p = problemsOf("""
                rules:
                  - id: lanh-dao
                    check: page
                """).get(0);
        assertTrue(p.message().contains("không đổi kiểu kiểm tra"), p.message());
    }
}
