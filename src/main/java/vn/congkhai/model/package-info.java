/**
 * The domain model: plain immutable records for what a ward publishes (site profile, rubrics,
 * score sheets, content pages) and for what the compute stage derives from them (scores with
 * their derivation, leaderboards). No behaviour beyond small derived views; no nulls: an absent
 * value is an {@link java.util.Optional} or an explicit "not scored" state.
 */
package vn.congkhai.model;
