package vn.congkhai.model;

import java.util.List;

/** One round's ranking: ranked units by total descending, then units not fully scored. */
public record Leaderboard(ScoreSheet sheet, Rubric rubric, List<Standing> standings) {
}
