package vn.congkhai.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A public notice (thông báo niêm yết): what a decision made public, where and for how long.
 *
 * @param until     the last day it is posted; empty when the category's minimum applies or it is permanent
 * @param permanent posted until replaced (categories 4 and 13)
 * @param body      AsciiDoc source of the notice's text
 */
public record Notice(String id, String title, int category, Decision decision, LocalDate posted,
                     Optional<LocalDate> until, boolean permanent, Places places, String body,
                     List<Attachment> attachments, boolean illustrative, Where where) {

    /**
     * Where the notice was made public: the ward office's board, the residential groups' cultural houses,
     * the portal, and the loudspeakers (with the days of broadcast).
     */
    public record Places(boolean office, List<String> culturalHouses, boolean portal,
                         Optional<LocalDate> loudspeakerFrom, Optional<LocalDate> loudspeakerTo, SourceRef at) {
    }

    public record Attachment(String title, StoredFile file) {
    }
}
