package vn.congkhai.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What the compute stage hands to rendering: the validated project, every leaderboard, every award plan's
 * outcome, and where notices, indicators and campaigns stand as of the build date.
 */
public record Results(Project project, List<Leaderboard> leaderboards, List<AwardResult> awards,
                      PublicationResults publications) {

    public Results(Project project, List<Leaderboard> leaderboards, List<AwardResult> awards) {
        this(project, leaderboards, awards, PublicationResults.none(LocalDate.EPOCH));
    }
}
