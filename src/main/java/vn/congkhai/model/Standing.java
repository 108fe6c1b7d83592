package vn.congkhai.model;

import java.util.OptionalInt;

/** A place on a leaderboard. Ties share a rank (1, 2, 2, 4); a unit not fully scored has no rank. */
public record Standing(OptionalInt rank, UnitResult result) {
}
