package vn.congkhai.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One conformance rule, after the default ruleset and the ward's own rules were merged by id.
 *
 * @param citation    the legal basis, e.g. "Luật 104/2016/QH13 Điều 19, 34"
 * @param from        the date the rule applies from: before it the rule is listed as not yet applicable
 * @param params      the check's parameters: String, Integer, Boolean, List&lt;String&gt;,
 *                    List&lt;LocalDate&gt; or List&lt;RuleKind.PageRef&gt; as {@link RuleKind} declares
 * @param reason      why the ward lowered the rule's level (published on the conformance page); empty otherwise
 * @param adjustments what the ward's files changed, in words, for the conformance page
 * @param at          where the rule was last written (the ward's file when it overrides one)
 */
public record Rule(String id, String title, String citation, LocalDate from, Level level, RuleKind kind,
                   Map<String, Object> params, String reason, List<String> adjustments, SourceRef at) {

    /** What an unmet rule does to the build. */
    public enum Level {
        ERROR("lỗi"), WARNING("cảnh báo"), OFF("tắt");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** error, warning, off: the words of the YAML file. */
        public String id() {
            return name().toLowerCase();
        }
    }

    public String text(String param) {
        Object v = params.get(param);
        return v instanceof String s ? s : "";
    }

    public int number(String param, int otherwise) {
        Object v = params.get(param);
        return v instanceof Integer i ? i : otherwise;
    }

    public boolean yesNo(String param, boolean otherwise) {
        Object v = params.get(param);
        return v instanceof Boolean b ? b : otherwise;
    }

    @SuppressWarnings("unchecked")
    public <T> List<T> list(String param) {
        Object v = params.get(param);
        return v instanceof List<?> l ? (List<T>) l : List.of();
    }
}
