package vn.congkhai.compute;

import org.junit.jupiter.api.Test;
import vn.congkhai.model.Decision;
import vn.congkhai.model.DisclosureRules;
import vn.congkhai.model.HolidayCalendar;
import vn.congkhai.model.Notice;
import vn.congkhai.model.NoticeState;
import vn.congkhai.model.SourceRef;
import vn.congkhai.model.Where;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Posting periods, working days with the holidays of the year, and a notice's status at the edges of its period. */
class NoticeCalculatorTest {
    /** Tết 2024 for civil servants: Thursday 08/02 to Wednesday 14/02 (weekdays 08, 09, 12, 13, 14 off). */
    static final HolidayCalendar Y2024 = new HolidayCalendar(Map.of(
            LocalDate.of(2024, 1, 1), "Tết Dương lịch",
            LocalDate.of(2024, 2, 8), "Tết", LocalDate.of(2024, 2, 9), "Tết", LocalDate.of(2024, 2, 12), "Tết",
            LocalDate.of(2024, 2, 13), "Tết", LocalDate.of(2024, 2, 14), "Tết",
            LocalDate.of(2024, 4, 29), "Hoán đổi", LocalDate.of(2024, 4, 30), "Chiến thắng", LocalDate.of(2024, 5, 1), "Lao động"),
            Set.of(LocalDate.of(2024, 5, 4)), Set.of(2024), "");

    static final DisclosureRules RULES = new DisclosureRules(List.of(
            new DisclosureRules.Category(2, "Ngân sách", false, 30, false, "Điều 13 k2"),
            new DisclosureRules.Category(4, "Quy chế dân chủ", true, 0, false, "Điều 13 k2"),
            new DisclosureRules.Category(7, "Hỗ trợ", false, 30, true, "Điều 13 k2, k3")), 5, "Điều 12 k3", 3, "Điều 13 k3");

    static Notice notice(int category, LocalDate posted, Optional<LocalDate> until, boolean permanent) {
        return new Notice("n", "Thông báo", category, new Decision("1/QĐ-UBND", posted, "UBND"), posted, until, permanent,
                new Notice.Places(true, List.of(), false, Optional.empty(), Optional.empty(), SourceRef.file("x")), "", List.of(),
                false, new Where(SourceRef.file("x"), Map.of()));
    }

    @Test
    void fiveWorkingDaysFromTheFridayBeforeTetEndAfterTheHolidays() {
        // Friday 02/02: Mon 05, Tue 06, Wed 07 count; 08–14 are Tết; Thu 15, Fri 16 complete the five
        assertEquals(LocalDate.of(2024, 2, 16), Y2024.addWorkingDays(LocalDate.of(2024, 2, 2), 5));
        // without the holidays the same count would end on Friday 09/02
        assertEquals(LocalDate.of(2024, 2, 9), HolidayCalendar.empty().addWorkingDays(LocalDate.of(2024, 2, 2), 5));
    }

    @Test
    void aSwappedSaturdayIsAWorkingDayAndTheSwappedMondayIsNot() {
        assertTrue(Y2024.isWorkingDay(LocalDate.of(2024, 5, 4)));
        assertFalse(Y2024.isWorkingDay(LocalDate.of(2024, 4, 29)));
        assertFalse(Y2024.isWorkingDay(LocalDate.of(2024, 5, 5)));
        // decided Friday 26/04: 29/04–01/05 are off; Thu 02, Fri 03, the swapped Sat 04, Mon 06, Tue 07 count
        assertEquals(LocalDate.of(2024, 5, 7), Y2024.addWorkingDays(LocalDate.of(2024, 4, 26), 5));
    }

    @Test
    void thirtyDaysAreCountedFromTheDayAfterPostingAsTheCivilCodeCountsPeriods() {
        Notice n = notice(2, LocalDate.of(2024, 2, 2), Optional.empty(), false);
        // Điều 147: day 1 is 03/02; 2024 is a leap year, so day 30 is 03/03
        assertEquals(Optional.of(LocalDate.of(2024, 3, 3)), NoticeCalculator.lastDay(n, RULES.category(2)));
        assertEquals(30, NoticeCalculator.postingDays(LocalDate.of(2024, 2, 2), LocalDate.of(2024, 3, 3)));
        // broadcasting is counted by the days it happened: 05, 06, 07 are three days
        assertEquals(3, NoticeCalculator.broadcastDays(LocalDate.of(2025, 2, 5), LocalDate.of(2025, 2, 7)));
    }

    @Test
    void aCategoryWithoutAMinimumStaysPostedUntilTheEditorEndsIt() {
        DisclosureRules rules = new DisclosureRules(List.of(new DisclosureRules.Category(14, "Khác", false, 0, false, "Điều 11 k14")),
                5, "", 3, "");
        Notice open = notice(14, LocalDate.of(2024, 2, 2), Optional.empty(), false);
        assertEquals(NoticeState.Status.PERMANENT, NoticeCalculator.state(open, rules, LocalDate.of(2024, 6, 1)).status());
        Notice ended = notice(14, LocalDate.of(2024, 2, 2), Optional.of(LocalDate.of(2024, 2, 3)), false);
        assertEquals(NoticeState.Status.EXPIRED, NoticeCalculator.state(ended, rules, LocalDate.of(2024, 2, 4)).status());
    }

    @Test
    void theStatusChangesAtTheEdgesOfThePeriod() {
        Notice n = notice(2, LocalDate.of(2024, 3, 1), Optional.of(LocalDate.of(2024, 3, 30)), false);
        assertEquals(NoticeState.Status.UPCOMING, NoticeCalculator.state(n, RULES, LocalDate.of(2024, 2, 29)).status());
        NoticeState first = NoticeCalculator.state(n, RULES, LocalDate.of(2024, 3, 1));
        assertEquals(NoticeState.Status.POSTED, first.status());
        assertEquals(29, first.daysLeft());
        NoticeState last = NoticeCalculator.state(n, RULES, LocalDate.of(2024, 3, 30));
        assertEquals(NoticeState.Status.POSTED, last.status());
        assertEquals(0, last.daysLeft());
        assertEquals(NoticeState.Status.EXPIRED, NoticeCalculator.state(n, RULES, LocalDate.of(2024, 3, 31)).status());
    }

    @Test
    void categoriesFourAndThirteenArePostedPermanently() {
        Notice n = notice(4, LocalDate.of(2024, 3, 8), Optional.empty(), false);
        NoticeState years = NoticeCalculator.state(n, RULES, LocalDate.of(2030, 1, 1));
        assertEquals(NoticeState.Status.PERMANENT, years.status());
        assertEquals(Optional.empty(), years.lastDay());
        assertEquals(NoticeState.Status.UPCOMING, NoticeCalculator.state(n, RULES, LocalDate.of(2024, 3, 7)).status());
        Notice marked = notice(2, LocalDate.of(2024, 3, 8), Optional.empty(), true);
        assertEquals(NoticeState.Status.PERMANENT, NoticeCalculator.state(marked, RULES, LocalDate.of(2025, 1, 1)).status());
    }
}
