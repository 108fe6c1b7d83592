package vn.congkhai.compute;

import vn.congkhai.model.DisclosureRules;
import vn.congkhai.model.Notice;
import vn.congkhai.model.NoticeState;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A notice's posting period and status. A period of N consecutive days counts the day it is posted: posted
 * on 01/03 for 30 days, it stays up to and including 30/03.
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
        int days = Math.max(1, category.map(DisclosureRules.Category::minPostingDays).orElse(1));
        return Optional.of(n.posted().plusDays(days - 1L));
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

    /** Consecutive days posted, both ends counted. */
    public static long postingDays(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
