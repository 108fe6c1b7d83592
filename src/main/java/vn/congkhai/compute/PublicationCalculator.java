package vn.congkhai.compute;

import vn.congkhai.model.CampaignState;
import vn.congkhai.model.IndicatorResult;
import vn.congkhai.model.NoticeState;
import vn.congkhai.model.PublicationResults;
import vn.congkhai.model.Publications;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Where every notice, indicator and campaign stands on the build date. */
final class PublicationCalculator {
    private PublicationCalculator() {
    }

    static PublicationResults compute(Publications p, LocalDate asOf) {
        List<NoticeState> notices = p.notices().stream()
                .map(n -> NoticeCalculator.state(n, p.rules(), asOf))
                .sorted(Comparator.comparing((NoticeState s) -> s.notice().posted()).reversed()
                        .thenComparing(s -> s.notice().id()))
                .toList();
        List<IndicatorResult> indicators = p.kpis().stream()
                .flatMap(b -> b.indicators().stream())
                .map(KpiCalculator::result)
                .toList();
        List<CampaignState> campaigns = p.campaigns().stream().map(c -> CampaignCalculator.state(c, asOf)).toList();
        return new PublicationResults(asOf, notices, indicators, campaigns);
    }
}
