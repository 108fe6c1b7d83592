package vn.congkhai.model;

import java.time.LocalDate;
import java.util.List;

/** Notices, indicators and campaigns as of {@code asOf}, the build date. */
public record PublicationResults(LocalDate asOf, List<NoticeState> notices, List<IndicatorResult> indicators,
                                 List<CampaignState> campaigns) {

    public static PublicationResults none(LocalDate asOf) {
        return new PublicationResults(asOf, List.of(), List.of(), List.of());
    }
}
