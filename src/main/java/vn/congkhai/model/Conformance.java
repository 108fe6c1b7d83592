package vn.congkhai.model;

import java.time.LocalDate;
import java.util.List;

/** Every rule's outcome on the build date, in ruleset order (NĐ 224 Điều 12: the build reports what is missing). */
public record Conformance(LocalDate buildDate, List<RuleOutcome> outcomes) {

    public long count(RuleOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    /** Rules the build verified: met or not. */
    public long checked() {
        return count(RuleOutcome.Status.MET) + count(RuleOutcome.Status.UNMET);
    }

    public long unmetAt(Rule.Level level) {
        return outcomes.stream().filter(o -> o.status() == RuleOutcome.Status.UNMET && o.rule().level() == level).count();
    }

    /** "Đáp ứng 12/15 quy định; 1 lỗi, 2 cảnh báo; 7 kiểm tra thủ công; 1 chưa áp dụng." */
    public String summary() {
        StringBuilder s = new StringBuilder("Đáp ứng ").append(count(RuleOutcome.Status.MET)).append('/').append(checked())
                .append(" quy định");
        long errors = unmetAt(Rule.Level.ERROR);
        long warnings = unmetAt(Rule.Level.WARNING);
        if (errors > 0 || warnings > 0) {
            s.append("; ");
            if (errors > 0) {
                s.append(errors).append(" lỗi").append(warnings > 0 ? ", " : "");
            }
            if (warnings > 0) {
                s.append(warnings).append(" cảnh báo");
            }
        }
        appendCount(s, RuleOutcome.Status.MANUAL, " kiểm tra thủ công");
        appendCount(s, RuleOutcome.Status.NOT_YET, " chưa áp dụng");
        appendCount(s, RuleOutcome.Status.OFF, " đã tắt");
        return s.append('.').toString();
    }

    private void appendCount(StringBuilder s, RuleOutcome.Status status, String words) {
        long n = count(status);
        if (n > 0) {
            s.append("; ").append(n).append(words);
        }
    }
}
