package vn.congkhai.compute;

import vn.congkhai.model.Leaderboard;
import vn.congkhai.model.Standing;
import vn.congkhai.model.TieBreak;

import java.util.ArrayList;
import java.util.List;

/**
 * Every pair of neighbours on a leaderboard whose totals are equal, with the tie-breaker that separated
 * them ({@link Ranker#separatedBy}), so a reader sees why one is above the other, or that they share a rank.
 */
public final class TieBreaks {
    private TieBreaks() {
    }

    public static List<TieBreak> of(Leaderboard board) {
        List<Standing> ranked = board.standings().stream().filter(s -> s.rank().isPresent()).toList();
        List<TieBreak> out = new ArrayList<>();
        for (int i = 1; i < ranked.size(); i++) {
            var above = ranked.get(i - 1).result();
            var below = ranked.get(i).result();
            if (above.total().orElseThrow().compareTo(below.total().orElseThrow()) == 0) {
                out.add(new TieBreak(above, below, Ranker.separatedBy(above, below, board.sheet().tieBreakers())));
            }
        }
        return List.copyOf(out);
    }
}
