package vn.congkhai.compute;

import vn.congkhai.model.DisclosureRules;
import vn.congkhai.model.Notice;
import vn.congkhai.model.NoticeState;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A notice's posting period and status. A period of N days is counted as the Civil Code counts periods
 * (Bộ luật Dân sự 2015 Điều 147 k1, Điều 148): not the day it was posted, from the next day on. Posted on
 * 01/03 for 30 days, it stays up to and including 31/03. That is also the reading that never takes a notice
 * down a day too early.
 */
public final class NoticeCalculator {
    private NoticeCalculator() {
    }

    /** The last day of posting: the editor's {@code until}, or the category's minimum; empty when permanent. */
    public static Optional<LocalDate> lastDay(Notice n, Optional<DisclosureRules.Category> category) {
        if (n.permanent() || (n.until().isEmpty() && category.map(DisclosureRules.Category::permanent).orElse(false))) {
            return Optional.empty();
        }
        if (n.until().isPresent()) {
            return n.until();
        }
        int days = category.map(DisclosureRules.Category::minPostingDays).orElse(0);
        if (days == 0) {
            return Optional.empty(); // no minimum in law and no end written: it stays until the editor ends it
        }
        return Optional.of(n.posted().plusDays(days));
    }

    public static NoticeState state(Notice n, DisclosureRules rules, LocalDate asOf) {
        Optional<DisclosureRules.Category> category = rules.category(n.category());
        Optional<LocalDate> last = lastDay(n, category);
        NoticeState.Status status;
        long left = 0;
        if (asOf.isBefore(n.posted())) {
            status = NoticeState.Status.UPCOMING;
        } else if (last.isEmpty()) {
            status = NoticeState.Status.PERMANENT;
        } else if (asOf.isAfter(last.get())) {
            status = NoticeState.Status.EXPIRED;
        } else {
            status = NoticeState.Status.POSTED;
            left = ChronoUnit.DAYS.between(asOf, last.get());
        }
        return new NoticeState(n, category, last, status, left);
    }

    /** Days of a posting period, counted from the day after posting (Điều 147). */
    public static long postingDays(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }

    /** Days of broadcast: each day the loudspeakers carried it, first and last included. */
    public static long broadcastDays(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** Posted until {@code until}, fewer days than its category asks (Luật 10/2022 Điều 13 k2). */
    public static boolean postedTooShort(LocalDate posted, LocalDate until, Optional<DisclosureRules.Category> category) {
        return category.isPresent() && !category.get().permanent() && category.get().minPostingDays() > 0
                && postingDays(posted, until) < category.get().minPostingDays();
    }

    /** Made public later than the working days the law allows after the decision was signed (Điều 12 k3). */
    public static boolean publishedLate(LocalDate signed, LocalDate posted, DisclosureRules rules, vn.congkhai.model.HolidayCalendar calendar) {
        return posted.isAfter(calendar.addWorkingDays(signed, rules.publishWithinWorkingDays()));
    }

    /** A category that must be broadcast, not broadcast or for fewer consecutive days than the law asks (Điều 13 k3). */
    public static boolean broadcastTooShort(Notice.Places places, Optional<DisclosureRules.Category> category, DisclosureRules rules) {
        if (!category.map(DisclosureRules.Category::loudspeaker).orElse(false)) {
            return false;
        }
        return places.loudspeakerFrom().isEmpty() || places.loudspeakerTo().isEmpty()
                || broadcastDays(places.loudspeakerFrom().get(), places.loudspeakerTo().get()) < rules.loudspeakerDays();
    }
}
