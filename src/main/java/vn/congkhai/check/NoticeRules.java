package vn.congkhai.check;

import vn.congkhai.compute.NoticeCalculator;
import vn.congkhai.model.DisclosureRules;
import vn.congkhai.model.Notice;
import vn.congkhai.model.Publications;
import vn.congkhai.model.RuleKind;
import vn.congkhai.model.Say;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The timing rules of Luật 10/2022/QH15 over every notice posted by the build date. Their figures (5 working
 * days, 30 days, 3 days) are those of {@code data/disclosure.yaml}, the one place the law's numbers are kept,
 * and the tests are {@link NoticeCalculator}'s, the same the validate stage applies to warn at each notice's line:
 * these rules sum it up for the conformance page.
 */
final class NoticeRules {
    private NoticeRules() {
    }

    static Finding check(RuleKind kind, Publications p, LocalDate buildDate, BuiltPages pages) {
        List<Notice> posted = p.notices().stream().filter(n -> n.posted() != LocalDate.EPOCH && !n.posted().isAfter(buildDate)).toList();
        DisclosureRules rules = p.rules();
        List<String> breaking = new ArrayList<>();
        String what;
        String whatEn;
        switch (kind) {
            case NOTICE_PUBLISH_DAYS -> {
                what = "công khai trong " + rules.publishWithinWorkingDays() + " ngày làm việc kể từ ngày ký";
                whatEn = "published within " + rules.publishWithinWorkingDays() + " working days of signing";
                posted.stream().filter(n -> n.decision().date() != LocalDate.EPOCH
                        && NoticeCalculator.publishedLate(n.decision().date(), n.posted(), rules, p.calendar())).forEach(n -> breaking.add(n.id()));
            }
            case NOTICE_POSTING_DAYS -> {
                what = "niêm yết đủ số ngày liên tục của nhóm nội dung";
                whatEn = "posted for the full number of consecutive days their content group requires";
                posted.stream().filter(n -> !n.permanent() && n.until().isPresent() && !n.until().get().isBefore(n.posted())
                        && NoticeCalculator.postedTooShort(n.posted(), n.until().get(), rules.category(n.category()))).forEach(n -> breaking.add(n.id()));
            }
            case NOTICE_LOUDSPEAKER_DAYS -> {
                what = "phát trên loa ít nhất " + rules.loudspeakerDays() + " ngày liên tục (nhóm phải phát loa)";
                whatEn = "broadcast on the loudspeakers for at least " + rules.loudspeakerDays() + " consecutive days (groups that must be broadcast)";
                posted.stream().filter(n -> NoticeCalculator.broadcastTooShort(n.places(), rules.category(n.category()), rules))
                        .forEach(n -> breaking.add(n.id()));
            }
            case NOTICE_QUARTERLY_LISTS -> {
                what = "có trong danh sách hằng quý";
                whatEn = "in a quarterly list";
                TreeSet<String> lists = new TreeSet<>();
                posted.forEach(n -> lists.add("thong-bao/danh-sach/" + n.posted().getYear() + "-q" + ((n.posted().getMonthValue() - 1) / 3 + 1) + ".html"));
                lists.stream().filter(path -> !pages.exists(path)).forEach(breaking::add);
                if (breaking.isEmpty()) {
                    return Finding.met("Có danh sách của " + lists.size() + " quý có thông báo.");
                }
                return Finding.unmet(Say.of("Thiếu danh sách: " + String.join(", ", breaking) + ".",
                                "Lists missing: " + String.join(", ", breaking) + "."),
                        Say.of("Các danh sách do congkhai tự lập từ data/notices/.", "congkhai makes these lists itself from data/notices/."))
                        .saying("Còn thiếu danh sách thông báo của " + breaking.size() + " quý.");
            }
            default -> throw new IllegalArgumentException(kind.id());
        }
        if (posted.isEmpty()) {
            return Finding.met("Chưa có thông báo nào được niêm yết (data/notices/).");
        }
        if (!breaking.isEmpty()) {
            return Finding.unmet(Say.of(breaking.size() + "/" + posted.size() + " thông báo chưa " + what + ": " + String.join(", ", breaking) + ".",
                            breaking.size() + "/" + posted.size() + " notices were not " + whatEn + ": " + String.join(", ", breaking) + "."),
                    Say.of("Xem cảnh báo tại từng tệp data/notices/ nêu trên.", "See the warning at each data/notices/ file named above."))
                    .saying(breaking.size() + "/" + posted.size() + " thông báo chưa " + what + ".");
        }
        return Finding.met("Cả " + posted.size() + " thông báo đều " + what + ".");
    }
}
