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
        List<Decision> decisions,
        SourceRef source) {

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
    public record Quota(int min, int max, String legalBasis) {
    }

    /** What the eligibility rules need to know about a unit. */
    public record UnitFacts(boolean conductViolation, Optional<LocalDate> dossierSubmitted, String note) {
    }

    /** A signed decision: number and symbol, date, issuer, form of award, reason, recipients with their prize. */
    public record Decision(String number, LocalDate date, String issuer, String form, String reason, List<Recipient> recipients,
                           SourceRef source) {
    }

    public record Recipient(String unitId, String prize, SourceRef source) {
    }
}
