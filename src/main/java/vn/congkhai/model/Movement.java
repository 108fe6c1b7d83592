package vn.congkhai.model;

/** How a unit's rank changed since the previous round of the same contest. */
public record Movement(Kind kind, int places) {
    public enum Kind { UP, DOWN, SAME, NEW }

    public static Movement between(int previousRank, int rank) {
        return rank < previousRank ? new Movement(Kind.UP, previousRank - rank)
                : rank > previousRank ? new Movement(Kind.DOWN, rank - previousRank) : new Movement(Kind.SAME, 0);
    }

    /** "▲2", "▼1", "=", "mới". */
    public String symbol() {
        return switch (kind) {
            case UP -> "▲" + places;
            case DOWN -> "▼" + places;
            case SAME -> "=";
            case NEW -> "mới";
        };
    }

    /** The same in words, for screen readers and print. */
    public String words() {
        return switch (kind) {
            case UP -> "tăng " + places + " bậc so với vòng trước";
            case DOWN -> "giảm " + places + " bậc so với vòng trước";
            case SAME -> "giữ nguyên hạng so với vòng trước";
            case NEW -> "lần đầu xếp hạng";
        };
    }
}
