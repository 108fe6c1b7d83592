package vn.congkhai.model;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HiddenCharsTest {
    @Test
    void namesEachKindTheIssueLists() {
        for (int cp : new int[]{0x2028, 0x2029, 0x85}) {
            assertEquals(HiddenChars.Kind.LINE_BREAK, HiddenChars.kind(cp).orElseThrow(), HiddenChars.code(cp));
        }
        for (int cp : new int[]{0x00, 0x07, 0x1B, 0x7F, 0x80, 0x9F}) {
            assertEquals(HiddenChars.Kind.CONTROL, HiddenChars.kind(cp).orElseThrow(), HiddenChars.code(cp));
        }
        for (int cp : new int[]{0x202A, 0x202E, 0x2066, 0x2069, 0x200E, 0x200F, 0x061C}) {
            assertEquals(HiddenChars.Kind.BIDI, HiddenChars.kind(cp).orElseThrow(), HiddenChars.code(cp));
        }
        for (int cp : new int[]{0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x180E}) {
            assertEquals(HiddenChars.Kind.ZERO_WIDTH, HiddenChars.kind(cp).orElseThrow(), HiddenChars.code(cp));
        }
        for (int cp : new int[]{'\t', '\n', '\r', ' ', 'a', 'ư', 'ạ', 0xA0, 0x1F1FB}) {
            assertFalse(HiddenChars.isHidden(cp), HiddenChars.code(cp));
        }
        assertEquals("U+202E", HiddenChars.code(0x202E));
    }

    @Test
    void theQuickAnswerForCommonLettersAgreesWithTheKindOfEveryCodePoint() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            assertEquals(HiddenChars.kind(cp).isPresent(), HiddenChars.isHidden(cp), HiddenChars.code(cp));
        }
        assertTrue(HiddenChars.isHidden(0xAD)); // a soft hyphen among the Latin letters
        assertTrue(HiddenChars.isHidden(0x34F)); // the grapheme joiner right after the combining marks
    }

    @Test
    void escapingKeepsTextOnOneLineAndShowsWhatWasHidden() {
        assertEquals("Phường Mỹ Bình", HiddenChars.escape("Phường Mỹ Bình"));
        assertEquals("a\\u001B[2K\\r\\nlỗi: giả\\u202E\\u2028\\t", HiddenChars.escape("a\u001B[2K\r\nlỗi: giả\u202E\u2028\t"));
    }

    @Test
    void aProblemIsOneLineWhateverItsFieldAndMessageHold() {
        Problem p = Problem.error(new SourceRef("data/x\ny.yaml", 3, 4), "\"k\nlỗi: giả\"",
                Say.of("Trường `k\u001B[31m` không được dùng.", "Field `k\r` not allowed."), Say.NOTHING);
        for (Lang lang : Lang.values()) {
            String line = p.format(lang);
            assertFalse(line.chars().anyMatch(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F)), line);
        }
        assertEquals("data/x\\ny.yaml:3:4: lỗi: [\"k\\nlỗi: giả\"] Trường `k\\u001B[31m` không được dùng.", p.format());
    }

    @Test
    void namesThatLookTheSameHaveTheSameLookKey() {
        String nfc = "Phường Mỹ Bình";
        assertEquals(nfc, HiddenChars.lookKey(Normalizer.normalize(nfc, Normalizer.Form.NFD)));
        assertEquals(nfc, HiddenChars.lookKey("Phường\u200B Mỹ\u00A0 Bình\u202C"));
        assertNotEquals(HiddenChars.lookKey(nfc), HiddenChars.lookKey("Phường Mỹ Binh"));
        assertTrue(HiddenChars.anyIn("a\u2060b"));
    }
}
