package vn.congkhai.render.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text so that "phuong my phuoc" and "thu tuc dat dai" find "phường Mỹ Phước" and
 * "thủ tục đất đai": decompose (NFD), drop the combining marks U+0300–U+036F (the five tones, the
 * circumflex, breve and horn), turn đ/Đ (a letter of its own, which NFD does not decompose) into d,
 * lower-case. Text typed in NFC or NFD folds alike.
 * <p>{@code assets/js/tim-kiem.js} does exactly the same in the browser; {@code FoldingTest} runs both
 * over the whole Vietnamese alphabet and requires the same answers. Change them together.
 */
public final class Folding {
    private static final Pattern MARKS = Pattern.compile("[\\u0300-\\u036f]");
    /** Anything but a letter or a digit separates words (JS: /[^\p{L}\p{N}]+/u). */
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Folding() {
    }

    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'd').toLowerCase(Locale.ROOT);
    }

    /** The folded words of a text, in order, repeats kept. */
    public static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        for (String t : SEPARATORS.split(fold(text))) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
