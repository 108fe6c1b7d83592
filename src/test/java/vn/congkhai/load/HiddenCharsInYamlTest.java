package vn.congkhai.load;

import org.junit.jupiter.api.Test;
import vn.congkhai.Problems;
import vn.congkhai.model.Problem;

import java.text.Normalizer;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hidden characters in YAML, at the reader: where they are reported, and that nothing behind them is read. */
class HiddenCharsInYamlTest {
    private final YamlReader reader = new YamlReader();
    private final Problems problems = new Problems();

    private List<String> places() {
        return problems.sorted().stream().map(p -> p.where() + " [" + p.field() + "]").toList();
    }

    @Test
    void aLineBreakOnlyYamlKnowsStopsTheFileBeforeAnythingBehindItIsRead() {
        // the red team's 94 → 87.5: a score hidden after a comment, on what every editor shows as one line
        String text = "total: 94 # đã duyệt\u2028total2: 87.5\n";
        assertTrue(reader.parse(text, "f.yaml", problems).isEmpty(), "nothing of the file may be used");
        assertEquals(List.of("f.yaml:1:21 []"), places());
        assertTrue(problems.sorted().get(0).format().contains("`U+2028`"), problems.sorted().get(0).format());
    }

    @Test
    void everyHiddenLineBreakIsReportedAtOnceWithLinesCountedByLineFeedsOnly() {
        String text = "a: 1\r\nb: x\u0085y\nc: \u2029\n# \u2028\n";
        assertTrue(reader.parse(text, "f.yaml", problems).isEmpty());
        assertEquals(List.of("f.yaml:2:5 []", "f.yaml:3:4 []", "f.yaml:4:3 []"), places());
    }

    @Test
    void aHiddenCharacterInAValueIsReportedWithItsFieldAtTheColumnItWasTyped() {
        String text = "units:\n  - name: Phường\u200B An\n  - name: Phường\u200B Bình\n";
        assertTrue(reader.parse(text, "f.yaml", problems).isPresent());
        // each value claims its own occurrence, not the first one of the file
        assertEquals(List.of("f.yaml:2:17 [units[0].name]", "f.yaml:3:17 [units[1].name]"), places());
    }

    @Test
    void columnsCountCharactersAsAnEditorShowsThemEvenWhenTheFileIsDecomposed() {
        String text = Normalizer.normalize("tên: Mỹ Phước\u202E\n", Normalizer.Form.NFD);
        reader.parse(text, "f.yaml", problems);
        assertEquals(List.of("f.yaml:1:14 [\"tên\"]"), places());
    }

    @Test
    void aCharacterMadeByAnEscapeIsReportedAtItsValue() {
        reader.parse("a: ok\nb: \"x\\u200By\\x07\"\n", "f.yaml", problems);
        assertEquals(List.of("f.yaml:2:4 [b]", "f.yaml:2:4 [b]"), places());
        assertTrue(problems.sorted().stream().map(Problem::format).anyMatch(l -> l.contains("`U+0007`") && l.contains("mã thoát")));
    }

    @Test
    void aHiddenCharacterInACommentIsStillRefusedButNamesNoField() {
        reader.parse("# ghi chú \u202Eđảo\u202C\na: 1\n", "f.yaml", problems);
        assertEquals(List.of("f.yaml:1:11 []", "f.yaml:1:15 []"), places());
        assertTrue(problems.sorted().get(0).format().contains("trong phần ghi chú"));
    }

    @Test
    void anOccurrenceInACommentBeforeAValueIsNotTakenForTheValues() {
        reader.parse("# ghi chú\u200B\na: x\u200By\nb: \"\\u200B\"\n", "f.yaml", problems);
        assertEquals(List.of("f.yaml:1:10 []", "f.yaml:2:5 [a]", "f.yaml:3:4 [b]"), places());
        assertTrue(problems.sorted().get(0).format().contains("trong phần ghi chú"));
    }

    @Test
    void manyAreCappedWithOneLineSayingHowManyMore() {
        reader.parse("a: \"" + "\u200B".repeat(5000) + "\"\n", "f.yaml", problems);
        List<Problem> list = problems.sorted();
        assertEquals(HiddenCheck.MAX_REPORTED + 1, list.size());
        assertTrue(list.get(0).format().contains("Còn 4980 ký tự ẩn khác"), list.get(0).format());
    }

    @Test
    void tabsLineEndsAndAByteOrderMarkAtTheStartAreOrdinary() {
        assertTrue(reader.parse("\uFEFFa: \"x\\ty\"\r\nb: |\n  hai\n  dòng\n", "f.yaml", problems).isPresent());
        assertFalse(problems.hasErrors(), problems.sorted()::toString);
    }
}
