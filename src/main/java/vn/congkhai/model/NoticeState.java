package vn.congkhai.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A notice as of the build date.
 *
 * @param lastDay  the last day it stays posted; empty when it is posted permanently
 * @param daysLeft days after today it stays posted (0 on its last day); meaningful while {@code POSTED}
 */
public record NoticeState(Notice notice, Optional<DisclosureRules.Category> category, Optional<LocalDate> lastDay,
                          Status status, long daysLeft) {

    public enum Status {
        UPCOMING("Sắp niêm yết"), POSTED("Đang niêm yết"), PERMANENT("Niêm yết thường xuyên"), EXPIRED("Hết thời hạn niêm yết");

        public final String label;

        Status(String label) {
            this.label = label;
        }
    }

    public boolean expired() {
        return status == Status.EXPIRED;
    }
}
