package vn.congkhai.model;

import java.util.Optional;

/**
 * What the check stage found for one rule on the build date.
 *
 * @param reason why ("Thiếu trang cong-khai/muc-2.html (Ngân sách)."), in English too where it becomes a build message
 * @param fixAt  where an editor fixes it, when the check knows (a data file, a page's source)
 * @param hint   what to do, for the build's message
 * @param forCitizens what is missing, in a citizen's words, for the public conformance page (empty: the title says it all)
 */
public record RuleOutcome(Rule rule, Status status, Say reason, Optional<SourceRef> fixAt, Say hint, String forCitizens) {

    public RuleOutcome(Rule rule, Status status, Say reason, Optional<SourceRef> fixAt, Say hint) {
        this(rule, status, reason, fixAt, hint, "");
    }

    /** Why, in plain Vietnamese, for the conformance page. */
    public String detail() {
        return reason.vi();
    }

    public enum Status {
        MET("Đáp ứng"), UNMET("Chưa đáp ứng"), NOT_YET("Chưa áp dụng"), MANUAL("Kiểm tra thủ công"), OFF("Đã tắt");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** An unmet rule whose level fails the build. */
    public boolean failsBuild() {
        return status == Status.UNMET && rule.level() == Rule.Level.ERROR;
    }
}
