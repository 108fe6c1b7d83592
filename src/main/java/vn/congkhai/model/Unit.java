package vn.congkhai.model;

/**
 * A participant in a contest: a ward, commune or office.
 *
 * @param area         the group the unit belongs to, as a display name ("Tỉnh An Giang", "Khu vực 1"); empty when
 *                     none. A leaderboard whose units have areas gets one page per area besides its numbered pages.
 * @param illustrative true when this unit's scores are sample figures, not published results
 */
public record Unit(String id, String name, String description, String area, boolean illustrative, SourceRef source) {
    public Unit {
        area = area == null ? "" : area.strip();
    }

    /** A unit in no area. */
    public Unit(String id, String name, String description, boolean illustrative, SourceRef source) {
        this(id, name, description, "", illustrative, source);
    }
}
