package vn.congkhai.render;

import vn.congkhai.compute.TieBreaks;
import vn.congkhai.model.AwardResult;
import vn.congkhai.model.Leaderboard;
import vn.congkhai.model.Standing;
import vn.congkhai.model.TieBreak;
import vn.congkhai.model.UnitResult;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the sentences about one leaderboard ask again and again, worked out once per build: how many units are
 * ranked, the tied pairs, each result's rank, who was kept out of awards. Every unit page and every page of a big
 * board asks; counted afresh each time, ten thousand units asked ten thousand times each (issue 13: two fifths of a
 * cold build's CPU). Read-only once built, so the render threads share it.
 */
final class BoardFacts {
    private final Leaderboard board;
    private final int ranked;
    private final List<TieBreak> ties;
    /** By identity: results are records, and equal records of two units would be one key. */
    private final Map<UnitResult, Integer> ranks;
    private final List<AwardResult> awards;
    /** Unit id → why the awards of this round kept it out, in award order: most units are in none. */
    private final Map<String, List<KeptOut>> excluded = new HashMap<>();

    /** One award of the round and its reason for keeping a unit out. */
    record KeptOut(AwardResult award, AwardResult.Exclusion exclusion) {
    }

    private BoardFacts(Leaderboard board, List<AwardResult> allAwards) {
        this.board = board;
        int count = 0;
        Map<UnitResult, Integer> byResult = new IdentityHashMap<>();
        for (Standing s : board.standings()) {
            if (s.rank().isPresent()) {
                count++;
                byResult.put(s.result(), s.rank().getAsInt());
            }
        }
        this.ranked = count;
        this.ranks = Collections.unmodifiableMap(byResult);
        this.ties = TieBreaks.of(board);
        this.awards = allAwards.stream().filter(a -> a.plan().roundId().equals(board.sheet().id())).toList();
        awards.forEach(a -> a.excluded().forEach(e -> excluded.computeIfAbsent(e.unit().id(), k -> new ArrayList<>()).add(new KeptOut(a, e))));
    }

    static BoardFacts of(Leaderboard board, List<AwardResult> awards) {
        return new BoardFacts(board, awards);
    }

    /** The facts of every board, by identity (a board is a large record: hashing it would walk every unit). */
    static Map<Leaderboard, BoardFacts> of(List<Leaderboard> boards, List<AwardResult> awards) {
        Map<Leaderboard, BoardFacts> out = new IdentityHashMap<>();
        boards.forEach(b -> out.put(b, of(b, awards)));
        return Collections.unmodifiableMap(out);
    }

    Leaderboard board() {
        return board;
    }

    /** The units with a rank: the denominator of "xếp thứ 3/10". */
    int ranked() {
        return ranked;
    }

    /** Every pair of neighbours with the same total, in board order ({@link TieBreaks}). */
    List<TieBreak> ties() {
        return ties;
    }

    /** The rank of a ranked result of this board. */
    int rankOf(UnitResult r) {
        Integer rank = ranks.get(r);
        if (rank == null) {
            throw new java.util.NoSuchElementException("not ranked on this board");
        }
        return rank;
    }

    /** The award plans of this round, in their order. */
    List<AwardResult> awards() {
        return awards;
    }

    /** Why the awards of this round kept one unit out, in the order of the awards and of their lists. */
    List<KeptOut> keptOut(String unitId) {
        return excluded.getOrDefault(unitId, List.of());
    }
}
