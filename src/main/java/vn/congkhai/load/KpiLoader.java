package vn.congkhai.load;

import vn.congkhai.Problems;
import vn.congkhai.model.Say;
import vn.congkhai.model.KpiBoard;
import vn.congkhai.model.Period;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code data/kpi/ID.yaml}: indicator definitions and their raw counts per period. Counts, not
 * percentages, are the data: the portal computes the share so anyone can recompute it.
 */
final class KpiLoader {
    static final Set<String> BOARD_KEYS = Set.of("title", "description", "legalBasis", "indicators", "illustrative");
    static final Set<String> INDICATOR_KEYS = Set.of("id", "name", "numerator", "denominator", "target", "comparison",
            "legalBasis", "values");
    static final Set<String> VALUE_KEYS = Set.of("period", "numerator", "denominator", "percent");
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-(?:(\\d{2})|Q([1-4])))?");

    private final Problems problems;

    KpiLoader(Problems problems) {
        this.problems = problems;
    }

    Optional<KpiBoard> board(Node root, String rel) {
        return Fields.of(root, "", BOARD_KEYS, problems).map(f -> new KpiBoard(DataLoader.idOf(rel), f.requiredString("title"),
                f.optionalString("description"), f.optionalString("legalBasis"),
                f.list("indicators", true, this::indicator), f.optionalBoolean("illustrative", false)));
    }

    private Optional<KpiBoard.Indicator> indicator(Node node, String path) {
        return Fields.of(node, path, INDICATOR_KEYS, problems).map(f -> new KpiBoard.Indicator(
                f.requiredString("id"), f.requiredString("name"), f.requiredString("numerator"), f.requiredString("denominator"),
                f.requiredDecimal("target"), comparison(f), f.optionalString("legalBasis"),
                f.list("values", false, this::value), f.at("id")));
    }

    private KpiBoard.Comparison comparison(Fields f) {
        String text = f.has("comparison") ? f.requiredString("comparison") : ">=";
        return Arrays.stream(KpiBoard.Comparison.values()).filter(c -> c.symbol.equals(text)).findFirst().orElseGet(() -> {
            problems.error(f.at("comparison"), f.field("comparison"), Say.of("Phép so sánh `" + text + "` không dùng được.",
                            "The comparison `" + text + "` cannot be used."),
                    Say.of("Viết một trong: `>` (trên), `>=` (từ … trở lên), `<` (dưới), `<=` (không quá), trong ngoặc kép, ví dụ `comparison: \">\"`.",
                            "Write one of `>`, `>=`, `<`, `<=` in quotes, e.g. `comparison: \">\"`."));
            return KpiBoard.Comparison.AT_LEAST;
        });
    }

    private Optional<KpiBoard.Value> value(Node node, String path) {
        return Fields.of(node, path, VALUE_KEYS, problems).flatMap(f -> period(f).map(p -> new KpiBoard.Value(p,
                count(f, "numerator"), count(f, "denominator"), f.optionalDecimal("percent"), f.at("period"))));
    }

    private Optional<Long> count(Fields f, String key) {
        if (!f.has(key)) {
            return Optional.empty();
        }
        Optional<BigDecimal> n = f.optionalDecimal(key);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        if (n.get().signum() < 0 || n.get().stripTrailingZeros().scale() > 0 || n.get().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            problems.error(f.at(key), f.field(key), Say.of("`" + key + "` là số hồ sơ, phải là số nguyên không âm, nhưng đang là "
                            + n.get().toPlainString() + ".", "`" + key + "` counts dossiers and must be a whole number, not negative, but is "
                            + n.get().toPlainString() + "."),
                    Say.of("Viết số đếm được, ví dụ `" + key + ": 120`; nếu chưa có số liệu thì bỏ dòng này.",
                            "Write a count, e.g. `" + key + ": 120`; if there is no figure yet, leave the line out."));
            return Optional.empty();
        }
        return Optional.of(n.get().longValueExact());
    }

    private Optional<Period> period(Fields f) {
        String text = f.requiredString("period");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = PERIOD.matcher(text);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) != null) {
                int month = Integer.parseInt(m.group(2));
                if (month >= 1 && month <= 12) {
                    return Optional.of(new Period(Period.Kind.MONTH, year, month));
                }
            } else if (m.group(3) != null) {
                return Optional.of(new Period(Period.Kind.QUARTER, year, Integer.parseInt(m.group(3))));
            } else {
                return Optional.of(new Period(Period.Kind.YEAR, year, 1));
            }
        }
        problems.error(f.at("period"), f.field("period"), Say.of("Kỳ `" + text + "` không đúng dạng.", "The period `" + text + "` is badly written."),
                Say.of("Viết tháng `2024-05`, quý `2024-Q2` hoặc năm `2024`, trong ngoặc kép.",
                        "Write a month `2024-05`, a quarter `2024-Q2` or a year `2024`, in quotes."));
        return Optional.empty();
    }

}
