package vn.congkhai.model;

import java.util.Optional;

/** The language problems are reported in: Vietnamese by default, English on request ({@code --lang en}, {@code congkhai.lang}). */
public enum Lang {
    VI, EN;

    /** {@code vi} or {@code en}, any case; empty for anything else. */
    public static Optional<Lang> parse(String code) {
        return switch (code == null ? "" : code.strip().toLowerCase()) {
            case "vi", "vn", "vietnamese", "tiếng việt" -> Optional.of(VI);
            case "en", "english" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }
}
