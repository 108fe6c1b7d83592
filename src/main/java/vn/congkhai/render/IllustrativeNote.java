package vn.congkhai.render;

import java.util.List;

/**
 * "Minh họa" (illustrative, not official) said once for a list rather than on every row or card, which on a phone
 * repeated it a dozen times a screen (issue 12's phone review). When every item is illustrative, one sentence above
 * the list says so and no item is tagged; when only some are, the sentence explains the tag and only those items
 * carry it; when none is, nothing is said. A page showing one item keeps its own tag.
 *
 * @param note    the sentence above the list, shown after the tag; empty when nothing needs saying
 * @param tagEach true when only some items are illustrative, so each of those carries the tag
 */
public record IllustrativeNote(String note, boolean tagEach) {
    static final IllustrativeNote NOTHING = new IllustrativeNote("", false);

    /**
     * @param flags     whether each item of the list is illustrative
     * @param allAre    the sentence when every item is
     * @param taggedAre the sentence when only the tagged ones are
     */
    static IllustrativeNote of(List<Boolean> flags, String allAre, String taggedAre) {
        long marked = flags.stream().filter(f -> f).count();
        if (marked == 0) {
            return NOTHING;
        }
        return marked == flags.size() ? new IllustrativeNote(allAre, false) : new IllustrativeNote(taggedAre, true);
    }

    /**
     * A leaderboard's rows. When every row is illustrative and the page already carries the illustrative-figures
     * banner, the banner is the page's one notice and the table adds nothing.
     */
    static IllustrativeNote board(List<Boolean> rows, boolean bannerShown) {
        IllustrativeNote n = of(rows, "Điểm của các đơn vị trong bảng là số liệu minh họa, không phải kết quả chấm chính thức.",
                "Đơn vị có nhãn này: điểm là số liệu minh họa, không phải kết quả chấm chính thức.");
        return bannerShown && !n.tagEach() ? NOTHING : n;
    }

    static IllustrativeNote notices(List<Boolean> notices) {
        return of(notices, "Các thông báo dưới đây là nội dung minh họa, không phải thông báo chính thức.",
                "Thông báo có nhãn này là nội dung minh họa, không phải thông báo chính thức.");
    }

    static IllustrativeNote campaigns(List<Boolean> campaigns) {
        return of(campaigns, "Các phong trào dưới đây là nội dung minh họa, không phải kế hoạch chính thức.",
                "Phong trào có nhãn này là nội dung minh họa, không phải kế hoạch chính thức.");
    }

    static IllustrativeNote kpiBoards(List<Boolean> boards) {
        return of(boards, "Số liệu của các bảng chỉ số dưới đây là số liệu minh họa, không phải số liệu chính thức.",
                "Bảng chỉ số có nhãn này: số liệu minh họa, không phải số liệu chính thức.");
    }
}
