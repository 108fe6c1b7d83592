package vn.congkhai.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A scoring rubric (bộ tiêu chí, thang điểm): a tree of criteria whose top-level maxima add up to {@code total}.
 *
 * @param ratings classification bands or star levels, highest first; empty when the rubric has none
 * @param source where its {@code total} is written
 */
public record Rubric(
        String id,
        String title,
        String issuer,
        String legalBasis,
        BigDecimal total,
        List<Criterion> criteria,
        List<Rating> ratings,
        SourceRef source) {

    /** Every criterion, parents before their children, in the order written. */
    public List<Criterion> allCriteria() {
        List<Criterion> all = new ArrayList<>();
        collect(criteria, all);
        return all;
    }

    /** The criteria that are scored directly (not groups), in order: the columns of a leaderboard. */
    public List<Criterion> leafCriteria() {
        return allCriteria().stream().filter(c -> !c.isGroup()).toList();
    }

    public Optional<Criterion> criterion(String id) {
        return allCriteria().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    private static void collect(List<Criterion> level, List<Criterion> into) {
        for (Criterion c : level) {
            into.add(c);
            collect(c.children(), into);
        }
    }
}
