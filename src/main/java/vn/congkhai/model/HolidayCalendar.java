package vn.congkhai.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The public holidays the government announces each year (Bộ luật Lao động 2019 Điều 112 and the yearly
 * notice of the days off), kept as data because Tết and the Hùng Kings' day follow the lunar calendar and
 * days are swapped by decision.
 *
 * @param holidays     days off that would otherwise be working days, with their names
 * @param workdays     Saturdays or Sundays worked in exchange for a day off
 * @param years        the years the calendar is complete for; other years count only weekends
 */
public record HolidayCalendar(Map<LocalDate, String> holidays, Set<LocalDate> workdays, Set<Integer> years,
                              String legalBasis) {

    /** Monday to Friday, unless a holiday; a Saturday or Sunday worked in exchange counts. */
    public boolean isWorkingDay(LocalDate day) {
        if (workdays.contains(day)) {
            return true;
        }
        java.time.DayOfWeek d = day.getDayOfWeek();
        return d != java.time.DayOfWeek.SATURDAY && d != java.time.DayOfWeek.SUNDAY && !holidays.containsKey(day);
    }

    /**
     * The day that ends a period of {@code n} working days starting the day after {@code from}: the last day
     * to make a decision public when the law says "within n working days".
     */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        LocalDate day = from;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Whether the working days between the two dates can be counted exactly from this calendar. */
    public boolean covers(LocalDate from, LocalDate to) {
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            if (!years.contains(y)) {
                return false;
            }
        }
        return true;
    }

    public static HolidayCalendar empty() {
        return new HolidayCalendar(Map.of(), Set.of(), Set.of(), "");
    }
}
