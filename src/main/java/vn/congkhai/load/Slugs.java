package vn.congkhai.load;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Addresses from names: "Giới thiệu phường" → "gioi-thieu-phuong". */
public final class Slugs {
    private static final Pattern SLUG_PATH = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

    private Slugs() {
    }

    /** True for paths made of lower-case ASCII words joined by dashes, e.g. {@code tin-tuc/2024/khai-mac}. */
    public static boolean isSlugPath(String path) {
        return SLUG_PATH.matcher(path).matches();
    }

    /** Drops Vietnamese tone and vowel marks (đ becomes d) and joins the words with dashes. */
    public static String slugify(String text) {
        String folded = text.replace('đ', 'd').replace('Đ', 'D');
        folded = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("").toLowerCase();
        String slug = NON_SLUG.matcher(folded).replaceAll("-");
        return EDGE_DASHES.matcher(slug).replaceAll("");
    }
}
