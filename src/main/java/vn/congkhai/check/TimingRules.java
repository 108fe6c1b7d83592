package vn.congkhai.check;

import vn.congkhai.model.Banner;
import vn.congkhai.model.ContentDoc;
import vn.congkhai.model.HolidayCalendar;
import vn.congkhai.model.Rule;
import vn.congkhai.model.Say;
import vn.congkhai.model.Site;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Rules about time, measured against the build date: fresh content, downtime announced early enough. */
final class TimingRules {
    static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private TimingRules() {
    }

    /** {@code freshness}: the newest published post with the tag is at most {@code days} old. */
    static Finding freshness(Rule rule, List<ContentDoc> docs, LocalDate buildDate) {
        String tag = rule.text("tag");
        int days = rule.number("days", 30);
        Optional<ContentDoc> newest = docs.stream().filter(ContentDoc::isPost)
                .filter(d -> d.date().isPresent() && !d.date().get().isAfter(buildDate))
                .filter(d -> d.tags().stream().anyMatch(t -> t.strip().toLowerCase(Locale.ROOT).equals(tag.toLowerCase(Locale.ROOT))))
                .max(Comparator.comparing(d -> d.date().get()));
        if (newest.isEmpty()) {
            return Finding.unmet(Say.of("Chưa có bài nào gắn thẻ \"" + tag + "\".", "No post is tagged \"" + tag + "\" yet."),
                    Say.of("Đăng bài (:jbake-type: post) có dòng `:jbake-tags: " + tag + "`.",
                            "Publish a post (:jbake-type: post) with the line `:jbake-tags: " + tag + "`."))
                    .saying("Chưa có bài viết nào về \"" + tag + "\"; cần đăng ít nhất " + days + " ngày một lần.");
        }
        LocalDate last = newest.get().date().get();
        long age = ChronoUnit.DAYS.between(last, buildDate);
        String said = "Bài mới nhất gắn thẻ \"" + tag + "\" đăng ngày " + VI_DATE.format(last) + ", cách ngày dựng " + age + " ngày";
        if (age > days) {
            return Finding.unmet(Say.of(said + " (quá " + days + " ngày).", "The newest post tagged \"" + tag + "\" was published on " + last
                            + ", " + age + " days before the build date (more than " + days + " days)."),
                    Say.of("Đăng bài mới gắn thẻ `" + tag + "`.", "Publish a new post tagged `" + tag + "`."))
                    .saying("Bài gần nhất về \"" + tag + "\" đăng ngày " + VI_DATE.format(last) + ", đã " + age
                            + " ngày chưa có bài mới; cần đăng ít nhất " + days + " ngày một lần.");
        }
        return Finding.met(said + " (trong vòng " + days + " ngày).");
    }

    /**
     * {@code downtime-notice}: every planned downtime not yet over was announced at least {@code workingDays}
     * working days before the day it starts (Monday to Friday, less the holidays of {@code data/holidays.yaml}).
     */
    static Finding downtime(Rule rule, Site site, HolidayCalendar calendar, LocalDate buildDate) {
        int needed = rule.number("workingDays", 7);
        List<Say> late = new ArrayList<>();
        List<String> lateForCitizens = new ArrayList<>();
        int checked = 0;
        for (Banner b : site.banners()) {
            if (b.downtime().isEmpty() || b.downtime().get().restoredBy().toLocalDate().isBefore(buildDate)) {
                continue;
            }
            checked++;
            LocalDate start = b.downtime().get().start().toLocalDate();
            int notice = workingDaysBetween(b.announced(), start, calendar);
            if (notice < needed) {
                late.add(Say.of("tạm ngừng ngày " + VI_DATE.format(start) + " chỉ được báo trước " + notice + " ngày làm việc (thông báo ngày "
                        + VI_DATE.format(b.announced()) + ")", "the downtime on " + start + " was announced only " + notice
                        + " working days before (announced on " + b.announced() + ")"));
                lateForCitizens.add("lịch tạm ngừng ngày " + VI_DATE.format(start) + " chỉ được báo trước " + notice + " ngày làm việc");
            }
        }
        if (!late.isEmpty()) {
            Say all = Finding.joined(late);
            return Finding.unmet(Say.of("Cần báo trước ít nhất " + needed + " ngày làm việc: " + all.vi() + ".",
                            "A downtime must be announced at least " + needed + " working days before: " + all.en() + "."),
                    SiteRules.SITE_FILE, Say.of("Dời lịch tạm ngừng, hoặc nếu là sự cố đột xuất thì ghi rõ trong nội dung thông báo.",
                            "Move the downtime later, or if it is an unforeseen outage, say so in the notice's text."))
                    .saying(PageRules.capitalise(String.join("; ", lateForCitizens)) + "; cần báo trước ít nhất " + needed + " ngày làm việc.");
        }
        return Finding.met(checked == 0 ? "Không có lịch tạm ngừng sắp tới."
                : checked + " lịch tạm ngừng đều được báo trước ít nhất " + needed + " ngày làm việc, có giờ dự kiến hoạt động trở lại.");
    }

    /** Working days strictly after {@code announced} and strictly before {@code start}. */
    static int workingDaysBetween(LocalDate announced, LocalDate start, HolidayCalendar calendar) {
        int n = 0;
        for (LocalDate d = announced.plusDays(1); d.isBefore(start); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }
}
