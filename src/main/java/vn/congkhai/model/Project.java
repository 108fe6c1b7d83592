package vn.congkhai.model;

import java.util.List;
import java.util.Optional;

/** Everything the load stage read from a ward's repository, before validation. */
public record Project(Site site, List<Unit> units, List<Rubric> rubrics, List<ScoreSheet> sheets, List<AwardPlan> awards,
                      List<ContentDoc> docs, Publications publications) {

    /** A project that publishes only contests and pages. */
    public Project(Site site, List<Unit> units, List<Rubric> rubrics, List<ScoreSheet> sheets, List<AwardPlan> awards,
                   List<ContentDoc> docs) {
        this(site, units, rubrics, sheets, awards, docs, Publications.none());
    }

    public Optional<Rubric> rubric(String id) {
        return rubrics.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Optional<Unit> unit(String id) {
        return units.stream().filter(u -> u.id().equals(id)).findFirst();
    }
}
