package vn.congkhai.load;

import vn.congkhai.Problems;
import vn.congkhai.model.Banner;
import vn.congkhai.model.Say;
import vn.congkhai.model.SourceRef;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the site-wide notices of {@code data/site.yaml}:
 * <pre>
 * banners:
 *   - text: Trang tạm ngừng hoạt động để nâng cấp máy chủ.
 *     announced: 2026-11-20          # the day it was first published
 *     showFrom: 2026-11-20           # optional, default: announced
 *     showUntil: 2026-12-06          # optional for downtime (default: the day of restoration)
 *     downtime: {start: 2026-12-05 22:00, restoredBy: 2026-12-06 06:00}
 * </pre>
 */
final class BannerReader {
    static final Set<String> KEYS = Set.of("text", "announced", "showFrom", "showUntil", "downtime");
    static final Set<String> DOWNTIME_KEYS = Set.of("start", "restoredBy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private final Problems problems;

    BannerReader(Problems problems) {
        this.problems = problems;
    }

    Optional<Banner> banner(Node node, String path) {
        return Fields.of(node, path, KEYS, problems).flatMap(f -> {
            String text = f.requiredString("text");
            LocalDate announced = f.requiredDate("announced");
            Optional<Banner.Downtime> downtime = f.node("downtime").flatMap(n -> downtime(n, f.field("downtime")));
            LocalDate from = f.optionalDate("showFrom").orElse(announced);
            Optional<LocalDate> until = f.optionalDate("showUntil").or(() -> downtime.map(d -> d.restoredBy().toLocalDate()));
            if (until.isEmpty()) {
                if (!f.has("showUntil")) {
                    f.missing("showUntil", Say.of("ngày cuối cùng hiện thông báo, dạng năm-tháng-ngày",
                            "the last day the notice is shown, as year-month-day"));
                }
                return Optional.empty();
            }
            if (until.get().isBefore(from)) {
                problems.error(f.at("showUntil"), f.field("showUntil"), Say.of("Ngày thôi hiện thông báo (" + until.get()
                                + ") trước ngày bắt đầu hiện (" + from + ").",
                                "The day the notice stops showing (" + until.get() + ") is before the day it starts showing (" + from + ")."),
                        Say.of("Sửa `showUntil` thành một ngày từ " + from + " trở đi.", "Change `showUntil` to a day on or after " + from + "."));
                return Optional.empty();
            }
            return Optional.of(new Banner(text, announced, from, until.get(), downtime, f.at()));
        });
    }

    private Optional<Banner.Downtime> downtime(Node node, String path) {
        return Fields.of(node, path, DOWNTIME_KEYS, problems).flatMap(f -> {
            Optional<LocalDateTime> start = dateTime(f, "start");
            Optional<LocalDateTime> restored = dateTime(f, "restoredBy");
            if (start.isEmpty() || restored.isEmpty()) {
                return Optional.empty();
            }
            if (!restored.get().isAfter(start.get())) {
                problems.error(f.at("restoredBy"), f.field("restoredBy"),
                        Say.of("Thời điểm dự kiến hoạt động trở lại phải sau lúc bắt đầu tạm ngừng.",
                                "The expected time of restoration must be after the downtime starts."),
                        Say.of("Sửa `restoredBy`, ví dụ `restoredBy: 2026-12-06 06:00`.", "Change `restoredBy`, for example `restoredBy: 2026-12-06 06:00`."));
                return Optional.empty();
            }
            return Optional.of(new Banner.Downtime(start.get(), restored.get()));
        });
    }

    /** "2026-12-05 22:00": the expected restoration time must be shown to the public (NĐ 224 Điều 13). */
    private Optional<LocalDateTime> dateTime(Fields f, String key) {
        if (!f.has(key)) {
            f.missing(key, Say.of("ngày giờ dạng năm-tháng-ngày giờ:phút, ví dụ 2026-12-05 22:00",
                    "a date and time as year-month-day hour:minute, for example 2026-12-05 22:00"));
            return Optional.empty();
        }
        Node n = f.node(key).orElseThrow();
        if (n instanceof Node.Scalar s) {
            try {
                return Optional.of(LocalDateTime.parse(s.text().strip().replace('T', ' '), DATE_TIME));
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        SourceRef at = n.at();
        Say is = Node.describe(n);
        problems.error(at, f.field(key), Say.of("`" + key + "` phải là ngày giờ có thật dạng năm-tháng-ngày giờ:phút, nhưng đang là "
                        + is.vi() + ".", "`" + key + "` must be a real date and time as year-month-day hour:minute, but it is " + is.en() + "."),
                Say.of("Ví dụ: `" + key + ": 2026-12-05 22:00`.", "For example: `" + key + ": 2026-12-05 22:00`."));
        return Optional.empty();
    }
}
