package vn.congkhai.load;

import vn.congkhai.Problems;
import vn.congkhai.model.Say;
import vn.congkhai.model.DisclosureRules;
import vn.congkhai.model.HolidayCalendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the national rules a ward need not write itself: {@code data/disclosure.yaml} (what Luật 10/2022
 * asks of a notice) and {@code data/holidays.yaml} (the days off). A ward's own file replaces the default
 * shipped in the plugin, so a new law or a new year's calendar is a data change.
 */
final class RulesLoader {
    static final Set<String> DISCLOSURE_KEYS = Set.of("publishWithinWorkingDays", "publishCitation", "loudspeakerDays",
            "loudspeakerCitation", "categories");
    static final Set<String> CATEGORY_KEYS = Set.of("number", "title", "permanent", "minPostingDays", "loudspeaker", "citation");
    static final Set<String> HOLIDAYS_KEYS = Set.of("legalBasis", "years");
    static final Set<String> YEAR_KEYS = Set.of("year", "holidays", "workdays");
    static final Set<String> HOLIDAY_KEYS = Set.of("date", "name");
    private static final String DEFAULTS = "/vn/congkhai/defaults/";

    private final DataLoader data;
    private final Problems problems;

    RulesLoader(DataLoader data, Problems problems) {
        this.data = data;
        this.problems = problems;
    }

    DisclosureRules disclosure() {
        Set<Integer> numbers = new HashSet<>();
        return root("data/disclosure.yaml").flatMap(root -> Fields.of(root, "", DISCLOSURE_KEYS, problems)).map(f ->
                new DisclosureRules(nonEmpty(f, f.list("categories", true, (n, p) -> Fields.of(n, p, CATEGORY_KEYS, problems).flatMap(c -> {
                    boolean permanent = c.optionalBoolean("permanent", false);
                    int number = c.optionalInt("number", 0);
                    if (!c.has("number")) {
                        c.missing("number", Say.of("số thứ tự của nhóm, từ 1", "the category's number, from 1"));
                    } else if (number < 1) {
                        problems.error(c.at("number"), c.field("number"), Say.of("Số thứ tự nhóm phải từ 1 trở lên.", "A category's number must be 1 or more."),
                                Say.of("Đánh số các nhóm 1, 2, 3, …", "Number the categories 1, 2, 3, …"));
                    } else if (!numbers.add(number)) {
                        problems.error(c.at("number"), c.field("number"), Say.of("Hai nhóm cùng số " + number + ".", "Two categories have the number " + number + "."),
                                Say.of("Mỗi nhóm một số khác nhau.", "Give each category a number of its own."));
                    }
                    if (!permanent && !c.has("minPostingDays")) {
                        c.missing("minPostingDays", Say.of("số ngày niêm yết tối thiểu; 0 nếu luật không quy định, hoặc ghi `permanent: true`",
                                "the minimum posting days; 0 if the law sets none, or write `permanent: true`"));
                    }
                    return number < 1 ? Optional.<DisclosureRules.Category>empty() : Optional.of(new DisclosureRules.Category(number,
                            c.requiredString("title"), permanent, permanent ? 0 : c.optionalInt("minPostingDays", 0),
                            c.optionalBoolean("loudspeaker", false), c.requiredString("citation")));
                }))),
                f.optionalInt("publishWithinWorkingDays", 5), f.optionalString("publishCitation"),
                f.optionalInt("loudspeakerDays", 3), f.optionalString("loudspeakerCitation")))
                .orElse(DisclosureRules.none());
    }

    HolidayCalendar holidays() {
        return root("data/holidays.yaml").flatMap(root -> Fields.of(root, "", HOLIDAYS_KEYS, problems)).map(f -> {
            Map<LocalDate, String> days = new TreeMap<>();
            Set<LocalDate> workdays = new HashSet<>();
            Set<Integer> years = new HashSet<>();
            f.list("years", true, (n, p) -> Fields.of(n, p, YEAR_KEYS, problems).map(y -> {
                int year = y.optionalInt("year", 0);
                if (!y.has("year")) {
                    y.missing("year", Say.of("năm của các ngày nghỉ dưới đây, ví dụ 2026", "the year of the holidays below, e.g. 2026"));
                    return 0;
                }
                if (!years.add(year)) {
                    problems.error(y.at("year"), y.field("year"), Say.of("Năm " + year + " có hai mục.", "The year " + year + " has two entries."),
                            Say.of("Gộp các ngày nghỉ của năm " + year + " vào một mục.", "Merge the holidays of " + year + " into one entry."));
                    return year;
                }
                y.list("holidays", true, (h, hp) -> Fields.of(h, hp, HOLIDAY_KEYS, problems).map(d -> {
                    LocalDate date = d.requiredDate("date");
                    inYear(d, "date", date, year);
                    days.put(date, d.requiredString("name"));
                    return date;
                }));
                for (String w : y.stringList("workdays")) {
                    try {
                        workdays.add(LocalDate.parse(w));
                    } catch (java.time.format.DateTimeParseException e) {
                        problems.error(y.at("workdays"), y.field("workdays"), Say.of("Ngày làm bù `" + w + "` không đúng dạng năm-tháng-ngày.",
                                "The make-up working day `" + w + "` is not a date written year-month-day."),
                                Say.of("Ví dụ: `- 2024-05-04`.", "For example: `- 2024-05-04`."));
                    }
                }
                return year;
            }));
            return new HolidayCalendar(days, workdays, years, f.optionalString("legalBasis"));
        }).orElse(HolidayCalendar.empty());
    }

    /** An empty list of categories would make every notice's category unknown: one error here instead. */
    private <T> java.util.List<T> nonEmpty(Fields f, java.util.List<T> categories) {
        if (f.has("categories") && categories.isEmpty()) {
            problems.error(f.at("categories"), "categories", Say.of("Danh sách nhóm nội dung công khai đang trống.",
                            "The list of disclosure categories is empty."),
                    Say.of("Liệt kê các nhóm của Luật 10/2022/QH15 Điều 11, hoặc xóa tệp để dùng bản mặc định của congkhai.",
                            "List the categories of Luật 10/2022/QH15 Điều 11, or delete the file to use congkhai's default."));
        }
        return categories;
    }

    private void inYear(Fields d, String key, LocalDate date, int year) {
        if (date.getYear() != year && date != LocalDate.EPOCH) {
            String day = date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            problems.error(d.at(key), d.field(key), Say.of("Ngày " + day + " nằm trong danh sách năm " + year + ".",
                            "The date " + day + " is in the list of the year " + year + "."),
                    Say.of("Chuyển ngày này sang mục của năm " + date.getYear() + ", hoặc sửa năm.",
                            "Move it to the entry of the year " + date.getYear() + ", or correct the year."));
        }
    }

    /** The ward's file if it has one, otherwise the default shipped in the plugin. */
    private Optional<Node> root(String rel) {
        if (Files.exists(data.projectDir().resolve(rel))) {
            return data.read(rel, true);
        }
        try (InputStream in = RulesLoader.class.getResourceAsStream(DEFAULTS + rel)) {
            if (in == null) {
                return Optional.empty();
            }
            return new YamlReader().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "(congkhai) " + rel, problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
