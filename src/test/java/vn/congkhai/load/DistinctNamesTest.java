package vn.congkhai.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.MiniWard;
import vn.congkhai.Problems;
import vn.congkhai.TestProjects;
import vn.congkhai.model.Problem;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Names that one list shows side by side must look different, not only be different strings. */
class DistinctNamesTest {
    @TempDir
    Path dir;

    private List<String> errors(Problems problems) {
        return problems.sorted().stream().filter(Problem::isError).map(Problem::format).toList();
    }

    @Test
    void twoUnitsOfTheSameNameOrOfNamesThatOnlyLookTheSameAreErrors() {
        MiniWard.write(dir);
        String nfd = Normalizer.normalize("Phường Bình", Normalizer.Form.NFD);
        TestProjects.write(dir, "data/units.yaml", MiniWard.UNITS.replace("name: Phường Cường", "name: Phường An")
                .replace("name: Phường Dũng", "name: \"" + nfd + "\""));
        Problems problems = new Problems();
        new DataLoader(dir, problems).units();
        List<String> errors = errors(problems);
        assertEquals(2, errors.size(), errors::toString);
        assertTrue(errors.get(0).startsWith("data/units.yaml:7:5: lỗi: [units[2].name] Tên đơn vị \"Phường An\" trùng với tên ở dòng 3."),
                errors.get(0));
        assertTrue(errors.get(1).startsWith("data/units.yaml:9:5: lỗi: [units[3].name] Tên đơn vị \"Phường Bình\" trùng với tên ở dòng 5."),
                errors.get(1));
    }

    @Test
    void twoRatingBandsOfOneRubricMustLookDifferent() {
        MiniWard.write(dir);
        TestProjects.write(dir, "data/rubrics/r.yaml", MiniWard.RUBRIC + """
                ratings:
                  - {label: 4 sao, stars: 4, min: 25}
                  - {label: "4  sao ", stars: 3, min: 20}
                """);
        Problems problems = new Problems();
        new DataLoader(dir, problems).rubrics();
        List<String> errors = errors(problems);
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.get(0).contains("[ratings[1].label] Tên mức xếp loại \"4 sao\" trùng với tên ở dòng"), errors.get(0));
    }

    @Test
    void differentNamesPass() {
        Problems problems = new Problems();
        new DataLoader(MiniWard.write(dir), problems).units();
        assertFalse(problems.hasErrors(), problems.sorted()::toString);
    }
}
