package vn.congkhai.render;

import vn.congkhai.load.Slugs;
import vn.congkhai.model.Leaderboard;
import vn.congkhai.model.Movement;
import vn.congkhai.model.Standing;
import vn.congkhai.model.Unit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a round's leaderboard is cut so that no page grows with the round (issue 13): a phone should not download
 * 3 MB, and one changed score should not rewrite a page that lists thousands of other units.
 * <pre>
 * xep-hang/ID.html             ranks 1–100 (the whole board when it has at most 100 units, exactly as before)
 * xep-hang/ID/trang-K.html     ranks 100(K−1)+1 … 100K, for K ≥ 2
 * xep-hang/ID/AREA-SLUG.html   the units of one area, with their rank and its move in the area only
 * xep-hang/ID/FILTER.html      a filter (rating band, up, down, not ranked): its first 50 rows on a big board
 * </pre>
 * The numbered addresses are stable: page K always holds the same ranks, whatever the scores. An area's page shows
 * no overall rank: one changed score moves the overall ranks of units in every area, and with that column it
 * rewrote every province's page of a national board (33 of 34 for one score). The overall rank lives on the unit's
 * own page and on the numbered pages; an area's page changes only when a score of its own units does.
 */
final class BoardSlices {
    /** Rows on one numbered page of a leaderboard. */
    static final int ROWS_PER_PAGE = 100;
    /** Rows a filtered page shows on a board of more than {@link #ROWS_PER_PAGE} units. */
    static final int FILTER_ROWS = 50;

    private BoardSlices() {
    }

    /** True when the board needs more than one page: only then are filters capped (a small ward looks as before). */
    static boolean big(Leaderboard b) {
        return b.standings().size() > ROWS_PER_PAGE;
    }

    static int pages(Leaderboard b) {
        return Pager.count(b.standings().size(), ROWS_PER_PAGE);
    }

    /** Page {@code k} of the board: page 1 is the leaderboard's own address. */
    static String pageHref(Leaderboard b, int k) {
        return k == 1 ? PagePlanner.boardHref(b) : "xep-hang/" + b.sheet().id() + "/trang-" + k + ".html";
    }

    /** An area of a round: its name as editors wrote it, the slug of its page and its units' ids. */
    record Area(String name, String slug, Set<String> unitIds) {
        String href(Leaderboard b) {
            return "xep-hang/" + b.sheet().id() + "/" + slug + ".html";
        }
    }

    /**
     * The areas of the round's units, in the order they first appear in {@code units} (the editor's order); none when no unit has one.
     * A slug already taken (by a filter, a numbered page or another area with the same letters) gets "-2", "-3".
     */
    static List<Area> areas(Leaderboard b, List<Unit> units, Set<String> takenSlugs) {
        Set<String> inRound = new HashSet<>();
        b.standings().forEach(s -> inRound.add(s.result().unit().id()));
        Map<String, Set<String>> members = new LinkedHashMap<>();
        for (Unit u : units) {
            if (!u.area().isEmpty() && inRound.contains(u.id())) {
                members.computeIfAbsent(u.area(), k -> new HashSet<>()).add(u.id());
            }
        }
        Set<String> taken = new HashSet<>(takenSlugs);
        List<Area> out = new ArrayList<>();
        members.forEach((name, ids) -> {
            String base = Slugs.slugify(name);
            if (base.isEmpty() || base.matches("trang-\\d+")) {
                base = "nhom-" + base;
            }
            String slug = base;
            for (int n = 2; !taken.add(slug); n++) {
                slug = base + "-" + n;
            }
            out.add(new Area(name, slug, Set.copyOf(ids)));
        });
        return out;
    }

    /**
     * Each ranked unit's rank among the ranked units of its area, by unit id: standard competition ranking,
     * so units that share an overall rank share their area rank.
     */
    static Map<String, Integer> areaRanks(Leaderboard b, Area area) {
        return areaRanks(b, area.unitIds());
    }

    /**
     * How each ranked unit of the area moved in the area's ranks since {@code before}, the contest's round before:
     * "mới" when it was not ranked in the area then. Empty when there is no round before (as on the whole board). An
     * area page shows this, not the move in the overall ranks: one score changed elsewhere in the country moves
     * overall ranks (and their moves) on every province's page, but the ranks inside an area only on its own.
     */
    static Map<String, Movement> areaMovements(Leaderboard b, Optional<Leaderboard> before, Area area, List<Unit> units) {
        if (before.isEmpty()) {
            return Map.of();
        }
        Set<String> members = new HashSet<>();
        units.stream().filter(u -> u.area().equals(area.name())).forEach(u -> members.add(u.id()));
        Map<String, Integer> then = areaRanks(before.get(), members);
        Map<String, Movement> moves = new HashMap<>();
        areaRanks(b, area.unitIds()).forEach((id, rank) -> moves.put(id, then.containsKey(id)
                ? Movement.between(then.get(id), rank) : new Movement(Movement.Kind.NEW, 0)));
        return moves;
    }

    private static Map<String, Integer> areaRanks(Leaderboard b, Set<String> members) {
        Map<String, Integer> ranks = new HashMap<>();
        int seen = 0;
        int lastOverall = -1;
        int lastRank = 0;
        for (Standing s : b.standings()) {
            if (s.rank().isEmpty() || !members.contains(s.result().unit().id())) {
                continue;
            }
            seen++;
            int overall = s.rank().getAsInt();
            if (overall != lastOverall) {
                lastRank = seen;
                lastOverall = overall;
            }
            ranks.put(s.result().unit().id(), lastRank);
        }
        return ranks;
    }
}
