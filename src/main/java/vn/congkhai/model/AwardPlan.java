package vn.congkhai.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a contest round is rewarded, from {@code data/awards/ID.yaml}: the prize structure (cơ cấu giải
 * thưởng), who may be considered (eligibility rules as data), quotas, the facts about each unit those
 * rules need, and the decisions (quyết định khen thưởng) actually signed.
 *
 * @param roundId the score sheet whose ranking the proposals follow
 */
public record AwardPlan(
        String id,
        String title,
        String roundId,
        String form,
        String issuer,
        String legalBasis,
        List<Prize> prizes,
        List<Eligibility> eligibility,
        Optional<Quota> quota,
        Map<String, UnitFacts> facts,
        List<Individual> individuals,
        Optional<MonthlyRating> monthlyRating,
        Optional<StaffShare> staffShare,
        List<Decision> decisions,
        SourceRef source) {

    /** A person nominated for an individual award, with the unit they work in and their monthly ratings. */
    public record Individual(String name, String unitId, String title, Map<java.time.YearMonth, String> ratings, SourceRef source) {
    }

    /** Seed 002: an individual must be rated {@code grade} (A) in every month from {@code from} to {@code to}. */
    public record MonthlyRating(String grade, java.time.YearMonth from, java.time.YearMonth to, String legalBasis, SourceRef source) {
    }

    /**
     * Seed 003: individuals awarded in a unit are {@code minPercent}–{@code maxPercent} of its staff.
     *
     * @param staff the number of staff of each directly involved unit
     */
    public record StaffShare(int minPercent, int maxPercent, Map<String, Integer> staff, String legalBasis, SourceRef source) {
    }

    /** "01 giải nhất". */
    public record Prize(String label, int count) {
    }

    /** A rule that keeps a unit out of consideration. */
    public record Eligibility(Kind kind, Optional<LocalDate> deadline, Optional<BigDecimal> minimum, String legalBasis) {
        public enum Kind {
            /** A collective with a member who violated the code of conduct is not considered (seed 004). */
            NO_CONDUCT_VIOLATION,
            /** A late or missing nomination dossier is not considered (seed 003). */
            DOSSIER_ON_TIME,
            /** A total below the minimum is not considered. */
            MINIMUM_TOTAL
        }
    }

    /** How many collectives may be awarded (seed 003: 3 to 5). */
    public record Quota(int min, int max, String legalBasis, SourceRef source) {
    }

    /** What the eligibility rules need to know about a unit. */
    public record UnitFacts(boolean conductViolation, Optional<LocalDate> dossierSubmitted, String note) {
    }

    /** A signed decision: number and symbol, date, issuer, form of award, reason, recipients with their prize. */
    public record Decision(String number, LocalDate date, String issuer, String form, String reason, List<Recipient> recipients,
                           SourceRef source) {
    }

    /** A collective ({@code person} empty) or an individual of {@code unitId}, with the prize or form given. */
    public record Recipient(String unitId, String person, String prize, SourceRef source) {
        public boolean individual() {
            return !person.isEmpty();
        }
    }
}
