package vn.congkhai.model;

import java.util.Optional;

/**
 * Two neighbours on a leaderboard with the same total, and what put one above the other.
 *
 * @param criterionId the first of the round's tie-breakers on which they differ; empty when they are equal on
 *                    all of them (or the round has none), so they share a rank
 */
public record TieBreak(UnitResult above, UnitResult below, Optional<String> criterionId) {
    public boolean shareRank() {
        return criterionId.isEmpty();
    }
}
