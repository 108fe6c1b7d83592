package vn.congkhai.compute;

import vn.congkhai.model.Leaderboard;
import vn.congkhai.model.Project;
import vn.congkhai.model.Results;
import vn.congkhai.model.Rubric;
import vn.congkhai.model.ScoreSheet;
import vn.congkhai.model.Unit;
import vn.congkhai.model.UnitResult;
import vn.congkhai.model.UnitScore;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The compute stage's front door: every score sheet becomes a leaderboard. */
public final class ResultsCalculator {
    private final ScoreCalculator calculator = new ScoreCalculator();
    private final Ranker ranker = new Ranker();

    public Results compute(Project project) {
        Map<String, Unit> units = project.units().stream().collect(Collectors.toMap(Unit::id, Function.identity(), (a, b) -> a));
        List<Leaderboard> boards = project.sheets().stream()
                .map(sheet -> leaderboard(sheet, project.rubric(sheet.rubricId()).orElseThrow(), units))
                .toList();
        return new Results(project, boards);
    }

    private Leaderboard leaderboard(ScoreSheet sheet, Rubric rubric, Map<String, Unit> units) {
        List<UnitResult> results = sheet.units().parallelStream()
                .map((UnitScore us) -> calculator.score(rubric, units.get(us.unitId()), us))
                .toList();
        return new Leaderboard(sheet, rubric, ranker.rank(results, sheet.tieBreakers()));
    }
}
