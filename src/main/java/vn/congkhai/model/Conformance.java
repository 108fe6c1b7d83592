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
        return line().vi();
    }

    /** The one-line summary in both languages: "Met 12/15 rules; 1 error, 2 warnings; 7 manual checks; 1 not yet in force." */
    public Say line() {
        StringBuilder vi = new StringBuilder("Đáp ứng ").append(count(RuleOutcome.Status.MET)).append('/').append(checked())
                .append(" quy định");
        StringBuilder en = new StringBuilder("Met ").append(count(RuleOutcome.Status.MET)).append('/').append(checked())
                .append(" rules");
        long errors = unmetAt(Rule.Level.ERROR);
        long warnings = unmetAt(Rule.Level.WARNING);
        if (errors > 0 || warnings > 0) {
            vi.append("; ");
            en.append("; ");
            if (errors > 0) {
                vi.append(errors).append(" lỗi").append(warnings > 0 ? ", " : "");
                en.append(errors).append(errors == 1 ? " error" : " errors").append(warnings > 0 ? ", " : "");
            }
            if (warnings > 0) {
                vi.append(warnings).append(" cảnh báo");
                en.append(warnings).append(warnings == 1 ? " warning" : " warnings");
            }
        }
        appendCount(vi, en, RuleOutcome.Status.MANUAL, " kiểm tra thủ công", " manual check", " manual checks");
        appendCount(vi, en, RuleOutcome.Status.NOT_YET, " chưa áp dụng", " not yet in force", " not yet in force");
        appendCount(vi, en, RuleOutcome.Status.OFF, " đã tắt", " turned off", " turned off");
        return Say.of(vi.append('.').toString(), en.append('.').toString());
    }

    private void appendCount(StringBuilder vi, StringBuilder en, RuleOutcome.Status status, String words, String one, String many) {
        long n = count(status);
        if (n > 0) {
            vi.append("; ").append(n).append(words);
            en.append("; ").append(n).append(n == 1 ? one : many);
        }
    }
}
