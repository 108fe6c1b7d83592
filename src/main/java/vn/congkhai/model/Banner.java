package vn.congkhai.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A site-wide notice shown on every page between {@code showFrom} and {@code showUntil} (inclusive, against
 * the build date). Planned downtime carries its start and expected restoration (NĐ 224 Điều 13).
 *
 * @param announced the day the notice was first published: the announcement period is counted from it
 */
public record Banner(String text, LocalDate announced, LocalDate showFrom, LocalDate showUntil,
                     Optional<Downtime> downtime, SourceRef at) {

    public record Downtime(LocalDateTime start, LocalDateTime restoredBy) {
    }

    public boolean shownOn(LocalDate day) {
        return !day.isBefore(showFrom) && !day.isAfter(showUntil);
    }
}
