package vn.congkhai.compute;

import vn.congkhai.model.Standing;
import vn.congkhai.model.UnitResult;

import java.math.BigDecimal;
import java.text.CollationKey;
import java.text.Collator;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Competition ranking ("1, 2, 2, 4"): equal totals share a rank and the next rank skips, unless the
 * round declares tie-breakers (criteria compared in order, higher first), which only units equal on
 * all of them still share.
 * Units with a criterion still "chưa chấm" are listed after the ranked ones, unranked, because a
 * missing score is not a zero. Within a tie, units are listed by Vietnamese alphabetical order.
 */
public final class Ranker {
    private final Collator vi = Collator.getInstance(Locale.forLanguageTag("vi"));
    /**
     * Each name's collation key, made once for all the rounds this ranker ranks (a unit takes part in every round of
     * its contest), and safe to share between rounds ranked side by side.
     */
    private final Map<String, CollationKey> keyByName = new ConcurrentHashMap<>();

    public List<Standing> rank(List<UnitResult> results) {
        return rank(results, List.of());
    }

    public List<Standing> rank(List<UnitResult> results, List<String> tieBreakers) {
        // Collation keys once per unit: Collator.compare is synchronized and slow, and a national
        // leaderboard sorts tens of thousands of names.
        Map<UnitResult, CollationKey> keys = new IdentityHashMap<>();
        for (UnitResult r : results) {
            keys.put(r, keyByName.computeIfAbsent(r.unit().name(), vi::getCollationKey));
        }
        Comparator<UnitResult> byName = Comparator.comparing((UnitResult r) -> keys.get(r)).thenComparing(r -> r.unit().id());
        List<UnitResult> complete = new ArrayList<>(results.stream().filter(r -> r.total().isPresent()).toList());
        Comparator<UnitResult> byScore = Comparator.comparing((UnitResult r) -> r.total().get()).reversed();
        for (String id : tieBreakers) {
            byScore = byScore.thenComparing(Comparator.comparing((UnitResult r) -> points(r, id)).reversed());
        }
        complete.sort(byScore.thenComparing(byName));
        List<Standing> out = new ArrayList<>(results.size());
        UnitResult previous = null;
        int rank = 0;
        for (int i = 0; i < complete.size(); i++) {
            UnitResult r = complete.get(i);
            if (previous == null || byScore.compare(previous, r) != 0) {
                rank = i + 1;
                previous = r;
            }
            out.add(new Standing(OptionalInt.of(rank), r));
        }
        results.stream().filter(r -> r.total().isEmpty()).sorted(byName)
                .forEach(r -> out.add(new Standing(OptionalInt.empty(), r)));
        return List.copyOf(out);
    }

    /**
     * The tie-breaker that puts {@code above} before {@code below} when their totals are equal: the first of
     * {@code tieBreakers} on which their points differ, compared as {@link #rank} compares them. Empty when
     * they are equal on all of them, so they share a rank.
     */
    public static java.util.Optional<String> separatedBy(UnitResult above, UnitResult below, List<String> tieBreakers) {
        return tieBreakers.stream().filter(id -> points(above, id).compareTo(points(below, id)) != 0).findFirst();
    }

    /** A criterion's points for comparing; not scored counts as below any score. */
    private static BigDecimal points(UnitResult r, String criterionId) {
        return r.score(criterionId).flatMap(s -> s.points()).orElse(BigDecimal.valueOf(-1));
    }
}
