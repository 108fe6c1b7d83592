package vn.congkhai.model;

import java.util.List;

/**
 * The scores of one round of a contest (for example the 2024 round), against one rubric.
 *
 * @param id    the file's name without extension; also the leaderboard's address
 * @param round what readers call this round, e.g. "Năm 2024"
 * @param contest     the contest this round belongs to: rounds of one contest, in file-name order, give
 *                    rank movement and history; empty when the round stands alone
 * @param tieBreakers criterion ids that decide between equal totals, in order (higher score ranks first)
 * @param source where the rubric it uses is named
 * @param tieBreakersSource where the tie-breakers are written (the rubric's line when there are none)
 */
public record ScoreSheet(String id, String title, String round, String contest, String rubricId, List<String> tieBreakers, List<UnitScore> units,
                         SourceRef source, SourceRef tieBreakersSource) {
}
