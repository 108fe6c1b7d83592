package vn.congkhai.validate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.Loaded;
import vn.congkhai.MiniWard;
import vn.congkhai.Problems;
import vn.congkhai.TestProjects;
import vn.congkhai.model.Problem;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataValidatorTest {
    @TempDir
    Path dir;

    private List<Problem> problemsWith(String file, String text) {
        MiniWard.write(dir);
        TestProjects.write(dir, file, text);
        Problems problems = new Problems();
        new DataValidator(problems).validate(Loaded.project(dir, problems), problems.filesWithErrors());
        return problems.sorted();
    }

    private static Problem only(List<Problem> list) {
        assertEquals(1, list.size(), list::toString);
        return list.get(0);
    }

    @Test
    void theMiniWardIsValid() {
        assertEquals(List.of(), problemsWith("data/extra.txt", ""));
    }

    @Test
    void aScoreAboveTheMaximumNamesFileLineFieldAndRange() {
        Problem p = only(problemsWith("data/scores/vong-1.yaml", MiniWard.SCORES.replace("{\"a\": 9,", "{\"a\": 11,")));
        assertEquals("data/scores/vong-1.yaml:6:21: lỗi: [units[0].criteria[\"a\"]] Điểm 11 vượt quá điểm chuẩn 10 của tiêu chí a."
                + " Cách sửa: Điểm của tiêu chí a phải từ 0 đến 10.", p.format());
    }

    @Test
    void aNegativeScoreIsAnError() {
        Problem p = only(problemsWith("data/scores/vong-1.yaml", MiniWard.SCORES.replace("{\"a\": 9,", "{\"a\": -1,")));
        assertEquals("Điểm -1 nhỏ hơn 0.", p.message());
    }

    @Test
    void unknownUnitAndCriterionAreErrorsWithSuggestions() {
        List<Problem> list = problemsWith("data/scores/vong-1.yaml",
                MiniWard.SCORES.replace("unit: binh", "unit: bihn").replace("\"g.2\": 2}", "\"g.3\": 2}"))
                .stream().filter(Problem::isError).toList();
        assertEquals(2, list.size(), list::toString);
        assertEquals("Không có đơn vị `bihn` trong data/units.yaml.", list.get(0).message());
        assertTrue(list.get(0).hint().startsWith("Có phải ý bạn là `binh`?"), list.get(0).hint());
        assertEquals("Không có tiêu chí `g.3` trong bộ tiêu chí.", list.get(1).message());
        assertEquals("Có phải ý bạn là `g.1`?", list.get(1).hint());
    }

    @Test
    void aGroupWhoseMaximumIsNotTheSumOfItsChildren() {
        List<Problem> list = problemsWith("data/rubrics/r.yaml",
                MiniWard.RUBRIC.replace("title: Nhóm G\n", "title: Nhóm G\n    max: 12\n"));
        assertEquals(2, list.size(), list::toString);
        assertEquals("Tổng điểm chuẩn các tiêu chí là 32 nhưng bộ tiêu chí khai báo tổng 30.", list.get(0).message());
        assertEquals("Tiêu chí nhóm g có điểm chuẩn 12 nhưng tổng điểm chuẩn các tiêu chí con là 10.", list.get(1).message());
    }

    @Test
    void aRubricWhoseTotalIsNotItsDeclaredTotal() {
        Problem p = only(problemsWith("data/rubrics/r.yaml", MiniWard.RUBRIC.replace("total: 30", "total: 100")));
        assertEquals("Tổng điểm chuẩn các tiêu chí là 30 nhưng bộ tiêu chí khai báo tổng 100.", p.message());
        assertEquals("data/rubrics/r.yaml:2:1", p.where().toString(), "where the total is written");
    }

    @Test
    void scoringAGroupDirectlyIsRefused() {
        Problem p = only(problemsWith("data/scores/vong-1.yaml", MiniWard.SCORES.replace("{\"a\": 9,", "{\"g\": 9, \"a\": 9,")));
        assertEquals("Tiêu chí g là tiêu chí nhóm: điểm của nó là tổng các tiêu chí con.", p.message());
    }

    @Test
    void aMissingChecklistItemMustBeOneOfTheList() {
        Problem p = only(problemsWith("data/scores/vong-1.yaml", MiniWard.SCORES.replace("missing: [x]", "missing: [w]")));
        assertEquals("Tiêu chí c không có mục `w`.", p.message());
    }

    @Test
    void everyErrorOfABuildIsReportedNotJustTheFirst() {
        MiniWard.write(dir);
        TestProjects.write(dir, "data/scores/vong-1.yaml", MiniWard.SCORES.replace("{\"a\": 9,", "{\"a\": 11,").replace("unit: binh", "unit: bihn"));
        TestProjects.write(dir, "data/rubrics/r.yaml", MiniWard.RUBRIC.replace("total: 30", "total: 31"));
        Problems problems = new Problems();
        new DataValidator(problems).validate(Loaded.project(dir, problems), problems.filesWithErrors());
        assertEquals(3, problems.sorted().size(), problems.sorted()::toString);
    }

    @Test
    void aPortalAddressThatIsNotAWebAddressIsRefusedWhereItIsWritten() {
        Problem p = only(problemsWith("data/site.yaml", MiniWard.SITE.replace("https://thu.example.gov.vn/", "javascript:alert(1)")));
        assertEquals("data/site.yaml:4:1", p.where().toString());
        assertEquals("Địa chỉ cổng `javascript:alert(1)` không phải là một địa chỉ web hợp lệ.", p.message());
    }

    @Test
    void anUnknownRubricSuggestsTheNearestFileName() {
        Problem p = only(problemsWith("data/scores/vong-1.yaml", MiniWard.SCORES.replace("rubric: r", "rubric: rr")));
        assertEquals("Không có bộ tiêu chí `rr`.", p.message());
    }

    @Test
    void aUnitWrittenByItsNameIsToldItsId() {
        Problem p = only(problemsWith("data/scores/vong-1.yaml", MiniWard.SCORES.replace("unit: binh", "unit: Phường Bình"))
                .stream().filter(Problem::isError).toList());
        assertEquals("Không có đơn vị `Phường Bình` trong data/units.yaml.", p.message());
        assertTrue(p.hint().startsWith("Ở đây ghi mã đơn vị, không ghi tên: mã của `Phường Bình` là `binh`."), p.hint());
        Problem bare = only(problemsWith("data/scores/vong-1.yaml", MiniWard.SCORES.replace("unit: binh", "unit: Bình"))
                .stream().filter(Problem::isError).toList());
        assertTrue(bare.hint().contains("là `binh`"), bare.hint());
    }

    @Test
    void aMissingItemWrittenByItsLabelIsToldTheItemsId() {
        Problem p = only(problemsWith("data/scores/vong-1.yaml", MiniWard.SCORES.replace("missing: [x]", "missing: [mục X]")));
        assertEquals("Tiêu chí c không có mục `mục X`.", p.message());
        assertEquals("`mục X` là tên của mục; ở đây ghi mã của mục: `x`.", p.hint());
        Problem unknown = only(problemsWith("data/scores/vong-1.yaml", MiniWard.SCORES.replace("missing: [x]", "missing: [quạt]")));
        assertTrue(unknown.hint().contains("Các mục (mã và tên): `x` (mục X), `y` (mục Y), `z` (mục Z)."), unknown.hint());
    }

    @Test
    void anUnknownBonusListsTheValidOnes() {
        Problem p = only(problemsWith("data/scores/vong-1.yaml", MiniWard.SCORES.replace("bonuses: [ok]", "bonuses: [sang-kien]")));
        assertEquals("Tiêu chí g.2 không có điểm cộng `sang-kien`.", p.message());
        assertTrue(p.hint().contains("Các điểm cộng của tiêu chí này: `ok` (sáng kiến được công nhận)."), p.hint());
    }

    @Test
    void aUnitNotScoredAtAllGivesOneWarning() {
        List<Problem> list = problemsWith("data/scores/vong-1.yaml", MiniWard.SCORES.replace(
                "criteria: {\"a\": 10, \"c\": {missing: []}, \"g.1\": {incidents: 2}, \"g.2\": 2}", "criteria: {}"));
        Problem p = only(list);
        assertEquals("Đơn vị `cuong` chưa có điểm tiêu chí nào: đơn vị được ghi là chưa chấm và chưa được xếp hạng.", p.message());
    }

    @Test
    void forgottenCriteriaAreOneWarningInTheRubricsOrder() {
        Problem p = only(problemsWith("data/scores/vong-1.yaml", MiniWard.SCORES.replace(
                "criteria: {\"a\": 10, \"c\": {missing: []}, \"g.1\": {incidents: 2}, \"g.2\": 2}", "criteria: {\"c\": {missing: []}}")));
        assertEquals("Đơn vị `cuong` không có dòng nào cho các tiêu chí a, g.1, g.2: được coi là chưa chấm.", p.message());
    }
}
