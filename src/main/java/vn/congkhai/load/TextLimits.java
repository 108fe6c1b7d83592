package vn.congkhai.load;

import java.util.Set;

/**
 * How long a text field may be, by its key. A 10 MB unit name once grew the portal from 1.5 MB to 436 MB (a
 * name is shown on hundreds of pages); no real name, title or note comes near these limits. The JSON schemas
 * under {@code schemas/} state the same numbers as {@code maxLength} ({@code TextLimitsTest} holds them equal).
 */
public final class TextLimits {
    /** Names, titles, labels, numbers of decisions, ids: one line of a page. */
    public static final int SHORT = 500;
    /** Web addresses and file paths. */
    public static final int ADDRESS = 2_000;
    /** Prose: descriptions, biographies, notes, reasons, citations. */
    public static final int PROSE = 5_000;
    /** A notice's AsciiDoc body: a page of its own. */
    public static final int BODY = 100_000;

    private static final Set<String> ADDRESSES = Set.of("evidence", "baseUrl", "satisfactionUrl", "dataLicenseUrl", "mapUrl", "file", "path");
    private static final Set<String> PROSE_KEYS = Set.of("description", "biography", "summary", "duties", "illustrativeNotice", "text",
            "reason", "note", "theme", "participants", "legalBasis", "citation", "publishCitation", "loudspeakerCitation", "numerator",
            "denominator", "incident", "condition", "task", "prizes", "how");

    private TextLimits() {
    }

    /** The most characters (Unicode code points) the text under {@code key} may have. */
    public static int maxLength(String key) {
        if (key.equals("body")) {
            return BODY;
        }
        if (PROSE_KEYS.contains(key)) {
            return PROSE;
        }
        return ADDRESSES.contains(key) ? ADDRESS : SHORT;
    }
}
