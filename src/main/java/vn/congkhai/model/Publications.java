package vn.congkhai.model;

import java.util.List;

/**
 * What a ward makes public besides its contests: notices, documents, indicators and campaigns, with the
 * rules and the calendar they are judged by.
 */
public record Publications(List<Notice> notices, List<LegalDocument> documents, List<KpiBoard> kpis,
                           List<Campaign> campaigns, DisclosureRules rules, HolidayCalendar calendar) {

    public static Publications none() {
        return new Publications(List.of(), List.of(), List.of(), List.of(), DisclosureRules.none(), HolidayCalendar.empty());
    }
}
