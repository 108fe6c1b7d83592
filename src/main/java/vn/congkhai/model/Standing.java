package vn.congkhai.model;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A place on a leaderboard. Ties share a rank (1, 2, 2, 4); a unit not fully scored has no rank.
 *
 * @param movement the change since the previous round of the same contest; empty for the first
 *                 round or an unranked unit
 */
public record Standing(OptionalInt rank, UnitResult result, Optional<Movement> movement) {
    public Standing(OptionalInt rank, UnitResult result) {
        this(rank, result, Optional.empty());
    }

    public Standing withMovement(Movement m) {
        return new Standing(rank, result, Optional.of(m));
    }
}
