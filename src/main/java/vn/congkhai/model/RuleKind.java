package vn.congkhai.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of check a conformance rule can ask for, each with the parameters it takes. The ruleset
 * (data) says which law requires what; these kinds (code) know how to verify it on the built portal.
 */
public enum RuleKind {
    /** A page exists, optionally linked from the main navigation, linking to given hosts, with given headings. */
    PAGE("page", params("path", Param.TEXT, "navigation", Param.YES_NO, "linksTo", Param.TEXTS, "headings", Param.TEXTS)),
    /** An index page and one page per item (the 14 disclosure categories), each item linked from the index. */
    PAGES("pages", params("index", Param.TEXT, "navigation", Param.YES_NO, "pages", Param.PAGES)),
    /** Every leader has duties, a short biography and a contact, and is shown on the given page. */
    LEADERS("leaders", params("page", Param.TEXT)),
    /** The header of the given pages carries the portal's full official name. */
    HEADER("header", params("pages", Param.TEXTS)),
    /** The footer of the given pages carries the owner, the person responsible, address, phone and e-mail. */
    FOOTER("footer", params("pages", Param.TEXTS)),
    /** The given pages declare {@code lang="vi"}, UTF-8 and a phone-width viewport. */
    BASICS("basics", params("pages", Param.TEXTS)),
    /** A published post carrying the tag is at most {@code days} old on the build date. */
    FRESHNESS("freshness", params("tag", Param.TEXT, "days", Param.NUMBER)),
    /** Planned downtime is announced at least {@code workingDays} working days ahead, with the restoration time. */
    DOWNTIME_NOTICE("downtime-notice", params("workingDays", Param.NUMBER)),
    /** Every notice was made public within the working days of {@code data/disclosure.yaml} after its decision. */
    NOTICE_PUBLISH_DAYS("notice-publish-days", Map.of()),
    /** Every notice with an end date was posted at least its category's days. */
    NOTICE_POSTING_DAYS("notice-posting-days", Map.of()),
    /** Every notice of a category to be broadcast was on the loudspeakers at least the days required. */
    NOTICE_LOUDSPEAKER_DAYS("notice-loudspeaker-days", Map.of()),
    /** Every quarter with notices has its list of what was published. */
    NOTICE_QUARTERLY_LISTS("notice-quarterly-lists", Map.of()),
    /** The portal links to the configured satisfaction-rating service from the given pages. */
    RATING_LINK("rating-link", params("pages", Param.TEXTS)),
    /** An obligation a build cannot verify (a loudspeaker broadcast): listed, never counted as met. */
    MANUAL("manual", params("note", Param.TEXT));

    /** How a parameter is written in YAML. */
    public enum Param {
        TEXT, TEXTS, NUMBER, YES_NO,
        /** A list of {@code {path, title}}. */
        PAGES
    }

    /** One page a {@link #PAGES} rule requires. */
    public record PageRef(String path, String title) {
    }

    private final String id;
    private final Map<String, Param> params;

    RuleKind(String id, Map<String, Param> params) {
        this.id = id;
        this.params = params;
    }

    /** The name written in the ruleset ({@code check: page}). */
    public String id() {
        return id;
    }

    public Map<String, Param> params() {
        return params;
    }

    public static Optional<RuleKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    private static Map<String, Param> params(Object... pairs) {
        Map<String, Param> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (Param) pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
