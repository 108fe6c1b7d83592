package vn.congkhai.model;

import java.util.List;
import java.util.Optional;

/**
 * What the law asks of a notice, as data with its citations (Luật 10/2022/QH15 Điều 11–13), so that a
 * change in the law is a change of {@code data/disclosure.yaml}, not of Java.
 *
 * @param publishWithinWorkingDays a decision is made public within this many working days (Điều 12 k3)
 * @param loudspeakerDays          minimum consecutive days of loudspeaker broadcast for the categories that need it
 */
public record DisclosureRules(List<Category> categories, int publishWithinWorkingDays, String publishCitation,
                              int loudspeakerDays, String loudspeakerCitation) {

    /**
     * One of the disclosure categories of Điều 11.
     *
     * @param minPostingDays consecutive days a notice stays on the board; 0 when {@code permanent}
     * @param loudspeaker    whether the content is also broadcast on the loudspeakers (Điều 13 k3)
     */
    public record Category(int number, String title, boolean permanent, int minPostingDays, boolean loudspeaker,
                           String citation) {
    }

    public Optional<Category> category(int number) {
        return categories.stream().filter(c -> c.number() == number).findFirst();
    }

    public static DisclosureRules none() {
        return new DisclosureRules(List.of(), 5, "", 3, "");
    }
}
