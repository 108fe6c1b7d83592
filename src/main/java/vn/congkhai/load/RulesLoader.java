package vn.congkhai.load;

import vn.congkhai.Problems;
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
        return root("data/disclosure.yaml").flatMap(root -> Fields.of(root, "", DISCLOSURE_KEYS, problems)).map(f ->
                new DisclosureRules(f.list("categories", true, (n, p) -> Fields.of(n, p, CATEGORY_KEYS, problems).map(c -> {
                    boolean permanent = c.optionalBoolean("permanent", false);
                    return new DisclosureRules.Category(c.optionalInt("number", 0), c.requiredString("title"), permanent,
                            permanent ? 0 : c.optionalInt("minPostingDays", 0), c.optionalBoolean("loudspeaker", false),
                            c.requiredString("citation"));
                })),
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
                years.add(year);
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
                        problems.error(y.at("workdays"), y.field("workdays"), "Ngày làm bù `" + w + "` không đúng dạng năm-tháng-ngày.",
                                "Ví dụ: `- 2024-05-04`.");
                    }
                }
                return year;
            }));
            return new HolidayCalendar(days, workdays, years, f.optionalString("legalBasis"));
        }).orElse(HolidayCalendar.empty());
    }

    private void inYear(Fields d, String key, LocalDate date, int year) {
        if (date.getYear() != year && date != LocalDate.EPOCH) {
            problems.error(d.at(key), d.field(key), "Ngày " + date + " nằm trong danh sách năm " + year + ".",
                    "Chuyển ngày này sang mục của năm " + date.getYear() + ", hoặc sửa năm.");
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
