package vn.congkhai.model;

import java.util.List;

/** What the compute stage hands to rendering: the validated project, every leaderboard and every award plan's outcome. */
public record Results(Project project, List<Leaderboard> leaderboards, List<AwardResult> awards) {
}
