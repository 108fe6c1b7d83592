package vn.congkhai.model;

/**
 * A participant in a contest: a ward, commune or office.
 *
 * @param illustrative true when this unit's scores are sample figures, not published results
 */
public record Unit(String id, String name, String description, boolean illustrative, SourceRef source) {
}
