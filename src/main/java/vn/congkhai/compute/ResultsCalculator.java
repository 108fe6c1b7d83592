package vn.congkhai.compute;

import vn.congkhai.model.AwardResult;
import vn.congkhai.model.Leaderboard;
import vn.congkhai.model.Movement;
import vn.congkhai.model.Standing;
import vn.congkhai.model.Project;
import vn.congkhai.model.Results;
import vn.congkhai.model.Rubric;
import vn.congkhai.model.ScoreSheet;
import vn.congkhai.model.Unit;
import vn.congkhai.model.UnitResult;
import vn.congkhai.model.UnitScore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The compute stage's front door: every score sheet becomes a leaderboard, every notice gets its status. */
public final class ResultsCalculator {
    private final ScoreCalculator calculator = new ScoreCalculator();
    private final Ranker ranker = new Ranker();
    private final AwardCalculator awardCalculator = new AwardCalculator();

    /** Leaderboards and awards only: what does not depend on the day the portal is built. */
    public Results compute(Project project) {
        return compute(project, java.time.LocalDate.EPOCH);
    }

    /** Everything, with notices, indicators and campaigns as of {@code asOf}. */
    public Results compute(Project project, java.time.LocalDate asOf) {
        Map<String, Unit> units = project.units().stream().collect(Collectors.toMap(Unit::id, Function.identity(), (a, b) -> a));
        // rounds are worked out side by side; toList keeps them in file-name order, which movement depends on
        List<Leaderboard> boards = project.sheets().parallelStream()
                .map(sheet -> leaderboard(sheet, project.rubric(sheet.rubricId()).orElseThrow(), units))
                .toList();
        List<Leaderboard> rounds = withMovement(boards);
        Map<String, Leaderboard> byId = new HashMap<>();
        rounds.forEach(b -> byId.put(b.sheet().id(), b));
        List<AwardResult> awards = project.awards().stream()
                .map(plan -> awardCalculator.propose(plan, byId.get(plan.roundId()), names(project)))
                .toList();
        return new Results(project, rounds, awards, PublicationCalculator.compute(project.publications(), asOf));
    }

    private static Map<String, String> names(Project project) {
        Map<String, String> names = new HashMap<>();
        project.units().forEach(u -> names.put(u.id(), u.name()));
        return names;
    }

    /** Rounds of one contest, in file-name order (the order sheets are read in): each compared with the one before. */
    static List<Leaderboard> withMovement(List<Leaderboard> boards) {
        Map<String, Map<String, Integer>> lastRanks = new HashMap<>();
        List<Leaderboard> out = new ArrayList<>();
        for (Leaderboard b : boards) {
            String contest = b.sheet().contest();
            if (contest.isEmpty()) {
                out.add(b);
                continue;
            }
            Map<String, Integer> previous = lastRanks.get(contest);
            Map<String, Integer> ranks = new HashMap<>();
            List<Standing> standings = new ArrayList<>();
            for (Standing s : b.standings()) {
                String id = s.result().unit().id();
                if (s.rank().isEmpty() || previous == null) {
                    standings.add(s);
                } else {
                    ranks.put(id, s.rank().getAsInt());
                    Integer before = previous.get(id);
                    standings.add(s.withMovement(before == null ? new Movement(Movement.Kind.NEW, 0)
                            : Movement.between(before, s.rank().getAsInt())));
                }
                s.rank().ifPresent(r -> ranks.put(id, r));
            }
            lastRanks.put(contest, ranks);
            out.add(new Leaderboard(b.sheet(), b.rubric(), List.copyOf(standings)));
        }
        return out;
    }

    private Leaderboard leaderboard(ScoreSheet sheet, Rubric rubric, Map<String, Unit> units) {
        List<UnitResult> results = sheet.units().parallelStream()
                .map((UnitScore us) -> calculator.score(rubric, units.get(us.unitId()), us))
                .toList();
        return new Leaderboard(sheet, rubric, ranker.rank(results, sheet.tieBreakers()));
    }
}
