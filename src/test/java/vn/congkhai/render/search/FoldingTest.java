package vn.congkhai.render.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole Vietnamese alphabet, every vowel with every tone, upper and lower case, in NFC and in NFD:
 * Java's folding (build time) and the browser's (tim-kiem.js, run in Node) give the expected letters and
 * agree with each other.
 */
class FoldingTest {
    /** The twelve vowels: a ă â e ê i o ô ơ u ư y, as a plain letter and the marks that make it. */
    private static final String[][] VOWELS = {
            {"a", ""}, {"a", "\u0306"}, {"a", "\u0302"}, {"e", ""}, {"e", "\u0302"}, {"i", ""},
            {"o", ""}, {"o", "\u0302"}, {"o", "\u031b"}, {"u", ""}, {"u", "\u031b"}, {"y", ""}};
    /** No tone, huyền, sắc, hỏi, ngã, nặng. */
    private static final String[] TONES = {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"};
    private static final String CONSONANTS = "bcdghklmnpqrstvx";

    @TempDir
    Path work;

    /** Every letter of the alphabet as written (NFC and NFD, both cases) → its folded form. */
    static Map<String, String> alphabet() {
        Map<String, String> table = new LinkedHashMap<>();
        for (String[] v : VOWELS) {
            for (String tone : TONES) {
                for (boolean upper : new boolean[]{false, true}) {
                    String base = upper ? v[0].toUpperCase(Locale.ROOT) : v[0];
                    String letter = base + v[1] + tone;
                    String nfc = Normalizer.normalize(letter, Normalizer.Form.NFC);
                    String nfd = Normalizer.normalize(letter, Normalizer.Form.NFD);
                    assertEquals(1, nfc.length(), "every Vietnamese vowel has a precomposed form: " + nfd);
                    table.put(nfc, v[0]);
                    table.put(nfd, v[0]);
                }
            }
        }
        for (char c : CONSONANTS.toCharArray()) {
            table.put(String.valueOf(c), String.valueOf(c));
            table.put(String.valueOf(Character.toUpperCase(c)), String.valueOf(c));
        }
        table.put("đ", "d");
        table.put("Đ", "d");
        return table;
    }

    @Test
    void theTableHoldsEveryMarkedVowelInBothCasesAndBothNormalForms() {
        long marked = alphabet().keySet().stream().filter(k -> !k.matches("[a-zA-ZđĐ]")).count();
        // 12 vowels × 6 tones, less the 6 unmarked a e i o u y, × 2 cases × (NFC, NFD)
        assertEquals((12 * 6 - 6) * 2 * 2, marked);
    }

    @Test
    void javaFoldsEveryLetterToItsPlainLetter() {
        alphabet().forEach((written, plain) -> assertEquals(plain, Folding.fold(written), () -> "fold(" + written + ")"));
    }

    @Test
    void javaScriptFoldsEveryLetterAsJavaDoes() throws Exception {
        Map<String, String> table = alphabet();
        List<String> inputs = new ArrayList<>(table.keySet());
        // whole words and sentences too, in both normal forms: word splitting must agree as well
        for (String text : List.of("Phường Mỹ Phước", "THỦ TỤC ĐẤT ĐAI", "Nghị định 224/2026/NĐ-CP, Điều 9 k1c!",
                "Ủy ban nhân dân – “Bộ phận Một cửa”", "Hưởng ứng   Ngày Chuyển đổi số\tquốc gia 10/10")) {
            inputs.add(Normalizer.normalize(text, Normalizer.Form.NFC));
            inputs.add(Normalizer.normalize(text, Normalizer.Form.NFD));
        }
        ObjectMapper json = new ObjectMapper();
        Path in = work.resolve("in.json");
        Files.writeString(in, json.writeValueAsString(inputs), StandardCharsets.UTF_8);
        String out = Node.runWithSearchScript(work, """
                const inputs = JSON.parse(fs.readFileSync(args[0], 'utf8'));
                process.stdout.write(JSON.stringify(inputs.map(s => [api.fold(s), api.terms(s)])));
                """, in.toString());
        List<?> results = json.readValue(out, List.class);
        assertEquals(inputs.size(), results.size());
        for (int i = 0; i < inputs.size(); i++) {
            String input = inputs.get(i);
            List<?> js = (List<?>) results.get(i);
            assertEquals(Folding.fold(input), js.get(0), "fold of " + input);
            assertEquals(Folding.terms(input), js.get(1), "terms of " + input);
        }
    }

    @Test
    void queriesWithoutTonesMatchTextWithThem() {
        assertEquals(List.of("phuong", "my", "phuoc"), Folding.terms("Phường Mỹ Phước"));
        assertEquals(Folding.terms("phuong my phuoc"), Folding.terms(Normalizer.normalize("Phường Mỹ Phước", Normalizer.Form.NFD)));
        assertEquals(List.of("thu", "tuc", "dat", "dai"), Folding.terms("Thủ tục đất đai"));
        assertEquals(List.of("nghi", "dinh", "224", "2026", "nd", "cp"), Folding.terms("Nghị định 224/2026/NĐ-CP"));
        assertTrue(Folding.terms(" ,. ").isEmpty());
    }
}
