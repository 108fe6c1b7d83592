package vn.congkhai.model;

import java.util.List;

/** What the compute stage hands to rendering: the validated project and every leaderboard. */
public record Results(Project project, List<Leaderboard> leaderboards) {
}
