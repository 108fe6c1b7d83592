package vn.congkhai.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.MiniWard;
import vn.congkhai.Problems;
import vn.congkhai.TestProjects;
import vn.congkhai.model.Criterion;
import vn.congkhai.model.Problem;
import vn.congkhai.model.Rubric;
import vn.congkhai.model.ScoreSheet;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataLoaderTest {
    @TempDir
    Path dir;

    @Test
    void readsTheRubricTreeWithItsRulesAsData() {
        Problems problems = new Problems();
        Rubric r = new DataLoader(MiniWard.write(dir), problems).rubrics().get(0);
        assertFalse(problems.hasErrors(), () -> problems.sorted().toString());
        assertEquals("r", r.id());
        assertEquals(List.of("a", "c", "g", "g.1", "g.2"), r.allCriteria().stream().map(Criterion::id).toList());
        assertEquals(List.of("a", "c", "g.1", "g.2"), r.leafCriteria().stream().map(Criterion::id).toList());
        Criterion g = r.criterion("g").orElseThrow();
        assertEquals(0, new BigDecimal("10").compareTo(g.max()), "a group's maximum defaults to the sum of its children");
        assertEquals(0, new BigDecimal("2").compareTo(r.criterion("c").orElseThrow().checklist().orElseThrow().perMissing()));
        assertEquals("sáng kiến được công nhận", r.criterion("g.2").orElseThrow().bonus("ok").orElseThrow().condition());
    }

    @Test
    void aUnitMayNameTheAreaItBelongsToAndNoAreaIsEmpty() {
        MiniWard.write(dir);
        TestProjects.write(dir, "data/units.yaml", MiniWard.UNITS.replace("name: Phường An\n", "name: Phường An\n    area: \" Khu vực 1 \"\n"));
        Problems problems = new Problems();
        List<vn.congkhai.model.Unit> units = new DataLoader(dir, problems).units();
        assertFalse(problems.hasErrors(), () -> problems.sorted().toString());
        assertEquals("Khu vực 1", units.get(0).area(), "kept as written, without the spaces around it");
        assertEquals("", units.get(1).area());
    }

    @Test
    void aBareNumberIsPointsAndAnEmptyValueIsNotScored() {
        Problems problems = new Problems();
        ScoreSheet s = new DataLoader(MiniWard.write(dir), problems).sheets().get(0);
        assertEquals(0, new BigDecimal("9").compareTo(s.units().get(0).official().criteria().get("a").points().orElseThrow()));
        assertEquals(List.of("x", "y"), s.units().get(1).official().criteria().get("c").missing());
        assertFalse(s.units().get(3).official().criteria().containsKey("g.2"), "an empty value means chưa chấm");
        assertTrue(s.units().get(3).official().leftEmpty().containsKey("g.2"), "and is recorded as left empty on purpose");
    }

    @Test
    void unknownKeyIsReportedWithPlaceAndTheNearestValidName() {
        TestProjects.write(MiniWard.write(dir), "data/rubrics/r.yaml", MiniWard.RUBRIC.replace("perMissing: 2", "perMising: 2"));
        Problems problems = new Problems();
        new DataLoader(dir, problems).rubrics();
        List<Problem> list = problems.sorted();
        Problem unknown = list.stream().filter(p -> p.message().contains("perMising")).findFirst().orElseThrow();
        assertEquals("data/rubrics/r.yaml", unknown.where().file());
        assertEquals(11, unknown.where().line());
        assertEquals(7, unknown.where().column());
        assertEquals("criteria[1].checklist.perMising", unknown.field());
        assertTrue(unknown.hint().startsWith("Có phải ý bạn là `perMissing`?"), unknown.hint());
        assertTrue(list.stream().anyMatch(p -> p.message().equals("Thiếu trường bắt buộc `perMissing`.")));
    }

    @Test
    void wrongTypesAreReportedAllAtOnce() {
        TestProjects.write(MiniWard.write(dir), "data/rubrics/r.yaml",
                MiniWard.RUBRIC.replace("max: 10\n  - id: \"c\"", "max: mười\n  - id: \"c\"").replace("total: 30", "total: \"ba mươi\""));
        Problems problems = new Problems();
        new DataLoader(dir, problems).rubrics();
        List<Problem> list = problems.sorted();
        assertEquals(2, list.size(), list::toString);
        assertEquals("`total` phải là một số nhưng đang là chữ \"ba mươi\".", list.get(0).message());
        assertEquals(2, list.get(0).where().line());
        assertEquals("`max` phải là một số nhưng đang là chữ \"mười\".", list.get(1).message());
        assertEquals("criteria[0].max", list.get(1).field());
    }

    @Test
    void aMissingSiteFileIsNamed() {
        Problems problems = new Problems();
        new DataLoader(dir, problems).site();
        assertEquals("Không tìm thấy tệp data/site.yaml.", problems.sorted().get(0).message());
    }
}
