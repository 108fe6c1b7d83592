package vn.congkhai.render;

import vn.congkhai.compute.LostPoints;
import vn.congkhai.compute.Points;
import vn.congkhai.model.AwardResult;
import vn.congkhai.model.Leaderboard;
import vn.congkhai.model.PointsLost;
import vn.congkhai.model.Standing;
import vn.congkhai.model.TieBreak;
import vn.congkhai.model.Unit;
import vn.congkhai.model.UnitResult;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A score explained in one sentence before its table: the rank among the ranked units and where points were
 * lost, why two units with the same total are in that order, why a unit was not considered for awards.
 * The figures come from {@code compute} ({@link LostPoints}, {@link vn.congkhai.compute.TieBreaks}); this only words them.
 */
final class ScoreSentences {
    /** A sentence names this many criteria at most; the rest are counted. */
    static final int LOSSES_NAMED = 3;

    private ScoreSentences() {
    }

    /** The total as shown: "95", "chưa chấm" when nothing is scored, "chưa đủ (45 điểm đã chấm)" in between. */
    static String total(UnitResult r) {
        if (r.total().isPresent()) {
            return Points.format(r.total().get());
        }
        return LostPoints.nothingScored(r) ? "chưa chấm" : "chưa đủ (" + Points.format(r.scoredSoFar()) + " điểm đã chấm)";
    }

    /**
     * What a partly scored unit has scored so far, "85", for the short total a phone shows ("chưa đủ" over "85 đã
     * chấm"); empty when the unit is fully scored or not scored at all, whose totals are short already.
     */
    static String scoredSoFar(UnitResult r) {
        return r.total().isPresent() || LostPoints.nothingScored(r) ? "" : Points.format(r.scoredSoFar());
    }

    /** The units with a rank: the denominator of "xếp thứ 3/10". */
    static int ranked(Leaderboard b) {
        return facts(b).ranked();
    }

    /** The facts of one board worked out for a single question (tests); pages share {@link BoardFacts} per build. */
    private static BoardFacts facts(Leaderboard b) {
        return BoardFacts.of(b, List.of());
    }

    /**
     * "Xếp thứ 3/10; mất điểm ở: Khu vực chờ (mất 2 điểm), ... và 2 tiêu chí khác." for a ranked unit;
     * "Chưa chấm, chưa xếp hạng." or "Chưa xếp hạng: còn 2 tiêu chí chưa chấm." for one that is not.
     */
    static String standing(Leaderboard b, Standing s) {
        return standing(facts(b), s);
    }

    /** {@link #standing(Leaderboard, Standing)} with the board's facts worked out once for all its units. */
    static String standing(BoardFacts b, Standing s) {
        UnitResult r = s.result();
        if (s.rank().isEmpty()) {
            if (LostPoints.nothingScored(r)) {
                return "Chưa chấm, chưa xếp hạng.";
            }
            return "Chưa xếp hạng: còn " + LostPoints.unscored(r) + " tiêu chí chưa chấm (tiêu chí chưa chấm không tính là 0 điểm).";
        }
        String rank = "Xếp thứ " + s.rank().getAsInt() + "/" + b.ranked();
        List<PointsLost> losses = LostPoints.of(r);
        if (losses.isEmpty()) {
            return rank + "; đạt điểm tối đa ở mọi tiêu chí.";
        }
        List<String> named = new ArrayList<>();
        for (PointsLost l : losses.subList(0, Math.min(LOSSES_NAMED, losses.size()))) {
            named.add(l.criterion().title() + " (mất " + Points.format(l.lost()) + " điểm)");
        }
        String more = "";
        if (losses.size() > LOSSES_NAMED) {
            BigDecimal rest = losses.subList(LOSSES_NAMED, losses.size()).stream().map(PointsLost::lost)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            more = " và " + (losses.size() - LOSSES_NAMED) + " tiêu chí khác (mất " + Points.format(rest) + " điểm)";
        }
        return rank + "; mất điểm ở: " + String.join(", ", named) + more + ".";
    }

    /**
     * Why points were lost on one criterion, in the words of the data: "Mất 6 điểm vì thiếu máy photocopy, thiếu
     * wifi.", "Mất 1 điểm vì tổ chấm cho 4/5 điểm nhưng không ghi lý do." An assessor's figure is explained only by
     * the assessor's note; when there is none the sentence says so rather than nothing.
     */
    static String why(PointsLost l) {
        List<String> parts = new ArrayList<>();
        if (!l.deductions().isEmpty()) {
            parts.add(String.join(", ", l.deductions()));
        }
        if (l.given().isPresent()) {
            parts.add("tổ chấm cho " + Points.format(l.given().get()) + "/" + Points.format(l.criterion().max()) + " điểm"
                    + (l.note().isEmpty() ? " nhưng không ghi lý do" : ""));
        }
        String head = "Mất " + Points.format(l.lost()) + " điểm";
        String sentence = parts.isEmpty() ? head + "; việc chấm điểm không ghi lại lý do." : head + " vì " + String.join("; ", parts) + ".";
        return l.note().isEmpty() ? sentence : sentence + " Ghi chú của tổ chấm: " + endWithStop(l.note());
    }

    private static String endWithStop(String s) {
        String t = s.strip();
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") || t.endsWith("…") ? t : t + ".";
    }

    /**
     * One sentence per pair of neighbours with the same total: "Phường A xếp trên Phường B (cùng 90 điểm) vì
     * điểm tiêu chí 7 cao hơn: 15 so với 10." or "Phường A và Phường B cùng 95 điểm nên cùng hạng 1."
     */
    static List<String> ties(Leaderboard b) {
        return ties(facts(b), null);
    }

    /**
     * The sentences of {@link #ties(Leaderboard)} about pairs whose two units are both in {@code shown}: a page of a
     * big board explains its own rows, not the thousands of ties of the whole round. Null keeps every pair.
     */
    static List<String> ties(BoardFacts facts, java.util.Set<UnitResult> shown) {
        Leaderboard b = facts.board();
        List<String> out = new ArrayList<>();
        for (TieBreak t : facts.ties()) {
            if (shown != null && !(shown.contains(t.above()) && shown.contains(t.below()))) {
                continue;
            }
            String total = Points.format(t.above().total().orElseThrow());
            String above = t.above().unit().name();
            String below = t.below().unit().name();
            if (t.shareRank()) {
                int rank = facts.rankOf(t.above());
                out.add(above + " và " + below + " cùng " + total + " điểm"
                        + (b.sheet().tieBreakers().isEmpty() ? "" : ", bằng nhau ở mọi tiêu chí xét khi bằng điểm,")
                        + " nên cùng hạng " + rank + ".");
            } else {
                String id = t.criterionId().get();
                List<String> equalBefore = b.sheet().tieBreakers().subList(0, b.sheet().tieBreakers().indexOf(id));
                String equal = equalBefore.isEmpty() ? "" : ", cùng điểm tiêu chí " + String.join(", ", equalBefore);
                out.add(above + " xếp trên " + below + " (cùng " + total + " điểm" + equal + ") vì điểm tiêu chí " + id
                        + " cao hơn: " + points(t.above(), id) + " so với " + points(t.below(), id) + ".");
            }
        }
        return out;
    }

    /**
     * "Không được xét khen thưởng vì nộp hồ sơ ngày ..., sau hạn ...": one sentence per award plan of the round
     * that kept the unit out, naming the plan when the round has more than one.
     */
    static List<String> exclusions(List<AwardResult> awards, Leaderboard b, Unit u) {
        return exclusions(BoardFacts.of(b, awards), u);
    }

    /** {@link #exclusions(List, Leaderboard, Unit)} with the round's awards indexed once for all its units. */
    static List<String> exclusions(BoardFacts b, Unit u) {
        List<String> out = new ArrayList<>();
        for (BoardFacts.KeptOut k : b.keptOut(u.id())) {
            String which = b.awards().size() > 1 ? " theo “" + k.award().plan().title() + "”" : "";
            out.add("Không được xét khen thưởng" + which + " vì " + k.exclusion().reason() + ".");
        }
        return out;
    }

    private static String points(UnitResult r, String criterionId) {
        return r.score(criterionId).flatMap(s -> s.points()).map(Points::format).orElse("chưa chấm");
    }
}
