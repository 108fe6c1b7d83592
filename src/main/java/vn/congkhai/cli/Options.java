package vn.congkhai.cli;

import vn.congkhai.BuildConfig;
import vn.congkhai.model.Lang;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options every command shares ({@code --project}, {@code --date}, {@code --lang}) and the loop that reads a
 * command's words: a command names its own options, and reads their values after.
 */
final class Options {
    Path project = Path.of(".");
    LocalDate date;
    Lang lang = Lang.VI;
    /** The command's own options, as written: a value, or "" for one that stands alone. */
    private final Map<String, String> own = new java.util.HashMap<>();
    private final Map<String, List<String>> lists = new java.util.HashMap<>();

    /**
     * Reads {@code args} after the command word.
     *
     * @param valued the command's own options that take a value
     * @param flags  the command's own options that stand alone
     * @return false (the reason printed on {@code err}) when an argument is unknown or its value is missing or wrong
     */
    boolean read(String[] args, Set<String> valued, Set<String> flags, PrintStream err) {
        return read(args, valued, flags, Set.of(), err);
    }

    /** @param listed the command's own options that take every following word up to the next option, e.g. {@code --shards A B C} */
    boolean read(String[] args, Set<String> valued, Set<String> flags, Set<String> listed, PrintStream err) {
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            try {
                if (listed.contains(a)) {
                    List<String> words = lists.computeIfAbsent(a, k -> new java.util.ArrayList<>());
                    while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                        words.add(args[++i]);
                    }
                } else if (flags.contains(a)) {
                    own.put(a, "");
                } else if (valued.contains(a)) {
                    own.put(a, args[++i]);
                } else if (a.equals("--project")) {
                    project = Path.of(args[++i]);
                } else if (a.equals("--date")) {
                    date = LocalDate.parse(args[++i]);
                } else if (a.equals("--lang")) {
                    String code = args[++i];
                    lang = Lang.parse(code).orElseThrow(() -> new IllegalArgumentException("Ngôn ngữ `" + code + "` không có; dùng `vi` hoặc `en`."));
                } else {
                    err.println("Không hiểu tham số `" + a + "`.");
                    return false;
                }
            } catch (ArrayIndexOutOfBoundsException | DateTimeParseException | NumberFormatException e) {
                err.println("Tham số `" + a + "` thiếu giá trị hoặc giá trị sai.");
                return false;
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                return false;
            }
        }
        if (!Files.isDirectory(project)) {
            err.println("Không có thư mục dự án `" + project + "`.");
            return false;
        }
        return true;
    }

    /** The words after a listed option; empty when it was not given. */
    List<String> values(String option) {
        return lists.getOrDefault(option, List.of());
    }

    /** The value of one of the command's own options, if given. */
    java.util.Optional<String> value(String option) {
        return java.util.Optional.ofNullable(own.get(option));
    }

    boolean has(String flag) {
        return own.containsKey(flag);
    }

    BuildConfig config() {
        BuildConfig config = BuildConfig.of(project);
        return date == null ? config : config.withBuildDate(date);
    }
}
