package vn.congkhai.model;

/**
 * One thing said to an editor, in Vietnamese and in English, written side by side where the problem is
 * found so that neither is forgotten:
 * <pre>
 *   Say.of("Thiếu trường bắt buộc `" + key + "`.", "The required field `" + key + "` is missing.")
 * </pre>
 * Pieces compose with {@link #then}: a suggestion, then the list of valid names.
 */
public record Say(String vi, String en) {
    public static final Say NOTHING = new Say("", "");

    public static Say of(String vi, String en) {
        return new Say(vi, en);
    }

    /** Text that reads the same in both languages: a name, a number, a path. */
    public static Say same(String text) {
        return new Say(text, text);
    }

    public String in(Lang lang) {
        return lang == Lang.EN ? en : vi;
    }

    public boolean isEmpty() {
        return vi.isEmpty() && en.isEmpty();
    }

    /** This, a space, then {@code next}; either may be empty. */
    public Say then(Say next) {
        return new Say(join(vi, next.vi), join(en, next.en));
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + " " + b;
    }
}
