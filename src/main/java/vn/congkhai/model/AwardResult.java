package vn.congkhai.model;

import java.util.List;

/**
 * What the engine proposes for an award plan and how the signed decisions compare. The portal shows
 * both without judging: a decision may rightly differ from a proposal.
 *
 * @param proposals  prizes in rank order among eligible units
 * @param excluded   units the rules kept out, each with the reason in words
 * @param differences where the decisions differ from the proposals, in words
 */
public record AwardResult(AwardPlan plan, Leaderboard round, List<Proposal> proposals, List<Exclusion> excluded,
                          List<AwardPlan.Individual> individuals, List<IndividualExclusion> individualsExcluded,
                          List<String> differences) {

    /** A nominated individual the rules keep out, with the reason in words. */
    public record IndividualExclusion(AwardPlan.Individual individual, String reason) {
    }

    public record Proposal(Unit unit, String prize, int rank, boolean tiedAtBoundary) {
    }

    public record Exclusion(Unit unit, int rank, String reason) {
    }
}
