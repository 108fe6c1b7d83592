package vn.congkhai.load;

import vn.congkhai.Problems;
import vn.congkhai.model.Contact;
import vn.congkhai.model.Say;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code contact:} of {@code data/site.yaml}, the Liên hệ page:
 * <pre>
 * contact:
 *   hotline: "0296 000 0000"
 *   mapUrl: https://www.openstreetmap.org/?mlat=10.37&amp;mlon=105.43#map=18/10.37/105.43
 *   officeHours: [{days: Thứ Hai đến thứ Sáu, hours: "sáng 7:00–11:30, chiều 13:30–17:00"}]
 *   reception: {place: Phòng tiếp công dân, schedule: [{who: Chủ tịch UBND phường, when: sáng thứ Năm hằng tuần}]}
 *   complaints: {where: ..., how: ..., complaintDays: 30, denunciationDays: 30}
 *   informationRequests: {contact: ..., email: ..., how: ..., workingDays: 10}
 * </pre>
 * The answer times default to the longest the law allows, and a longer promise is a warning: a ward may
 * answer sooner, never later.
 */
final class ContactReader {
    static final Set<String> KEYS = Set.of("hotline", "mapUrl", "officeHours", "reception", "complaints", "informationRequests");
    static final Set<String> HOURS_KEYS = Set.of("days", "hours");
    static final Set<String> RECEPTION_KEYS = Set.of("place", "schedule");
    static final Set<String> SLOT_KEYS = Set.of("who", "when");
    static final Set<String> COMPLAINT_KEYS = Set.of("where", "how", "complaintDays", "denunciationDays");
    static final Set<String> REQUEST_KEYS = Set.of("contact", "email", "how", "workingDays");

    /** Luật Khiếu nại 02/2011/QH13 Điều 28: a first complaint is settled within 30 days of its acceptance. */
    static final int COMPLAINT_DAYS = 30;
    /** Luật Tố cáo 25/2018/QH14 Điều 30: a denunciation is settled within 30 days of its acceptance. */
    static final int DENUNCIATION_DAYS = 30;
    /** Luật Tiếp cận thông tin 104/2016/QH13 Điều 28–29: a valid request made at the office is answered within 10 working days (Điều 31: by post or fax, 5 or 15). */
    static final int REQUEST_WORKING_DAYS = 10;

    private final Problems problems;

    ContactReader(Problems problems) {
        this.problems = problems;
    }

    Optional<Contact> contact(Node node, String path) {
        return Fields.of(node, path, KEYS, problems).map(f -> {
            List<Contact.OfficeHours> hours = f.list("officeHours", true, this::officeHours);
            Contact.Reception reception = required(f, "reception", Say.of("lịch tiếp công dân: `place` và `schedule`",
                    "the citizen-reception schedule: `place` and `schedule`"))
                    .flatMap(n -> reception(n, f.field("reception"))).orElse(new Contact.Reception("", List.of()));
            Contact.Complaints complaints = required(f, "complaints", Say.of("cách khiếu nại, tố cáo: `where` và `how`",
                    "how to complain or denounce: `where` and `how`"))
                    .flatMap(n -> complaints(n, f.field("complaints"))).orElse(new Contact.Complaints("", "", COMPLAINT_DAYS, DENUNCIATION_DAYS));
            Contact.InformationRequests requests = required(f, "informationRequests", Say.of("cách yêu cầu cung cấp thông tin: `contact` và `how`",
                    "how to ask for information: `contact` and `how`"))
                    .flatMap(n -> requests(n, f.field("informationRequests")))
                    .orElse(new Contact.InformationRequests("", "", "", REQUEST_WORKING_DAYS));
            return new Contact(f.optionalString("hotline"), mapUrl(f), hours, reception, complaints, requests);
        });
    }

    private static Optional<Node> required(Fields f, String key, Say what) {
        if (!f.has(key)) {
            f.missing(key, what);
        }
        return f.node(key);
    }

    /** The map link leaves the portal: an http(s) address, nothing else, like every other address in the data. */
    private String mapUrl(Fields f) {
        String url = f.optionalString("mapUrl");
        if (!url.isEmpty() && !WebAddress.isHttp(url)) {
            problems.error(f.at("mapUrl"), f.field("mapUrl"),
                    Say.of("Địa chỉ bản đồ `" + url + "` không phải là một địa chỉ web hợp lệ.", "The map address `" + url + "` is not a valid web address."),
                    Say.of("Mở trụ sở trên một trang bản đồ, chép địa chỉ đầy đủ bắt đầu bằng https://.",
                            "Open the office on a map site and copy the full address starting with https://."));
            return "";
        }
        return url;
    }

    private Optional<Contact.OfficeHours> officeHours(Node node, String path) {
        return Fields.of(node, path, HOURS_KEYS, problems).map(f -> new Contact.OfficeHours(f.requiredString("days"), f.requiredString("hours")));
    }

    private Optional<Contact.Reception> reception(Node node, String path) {
        return Fields.of(node, path, RECEPTION_KEYS, problems).map(f -> new Contact.Reception(f.requiredString("place"),
                f.list("schedule", true, (n, p) -> Fields.of(n, p, SLOT_KEYS, problems)
                        .map(s -> new Contact.ReceptionSlot(s.requiredString("who"), s.requiredString("when"))))));
    }

    private Optional<Contact.Complaints> complaints(Node node, String path) {
        return Fields.of(node, path, COMPLAINT_KEYS, problems).map(f -> new Contact.Complaints(f.requiredString("where"), f.requiredString("how"),
                days(f, "complaintDays", COMPLAINT_DAYS, Say.of("ngày", "days"), "Luật Khiếu nại 02/2011/QH13, Điều 28"),
                days(f, "denunciationDays", DENUNCIATION_DAYS, Say.of("ngày", "days"), "Luật Tố cáo 25/2018/QH14, Điều 30")));
    }

    private Optional<Contact.InformationRequests> requests(Node node, String path) {
        return Fields.of(node, path, REQUEST_KEYS, problems).map(f -> new Contact.InformationRequests(f.requiredString("contact"),
                f.optionalString("email"), f.requiredString("how"),
                days(f, "workingDays", REQUEST_WORKING_DAYS, Say.of("ngày làm việc", "working days"), "Luật Tiếp cận thông tin 104/2016/QH13, Điều 28 và Điều 29")));
    }

    /** A number of days, at least 1; more than the law allows is a warning (the page must not promise a late answer). */
    private int days(Fields f, String key, int legalMost, Say unit, String citation) {
        int days = f.optionalInt(key, legalMost);
        if (days < 1) {
            problems.error(f.at(key), f.field(key), Say.of("`" + key + "` phải từ 1 trở lên.", "`" + key + "` must be 1 or more."),
                    Say.of("Viết số " + unit.vi() + ", hoặc bỏ dòng này để dùng thời hạn luật định (" + legalMost + ").",
                            "Write the number of " + unit.en() + ", or remove the line to use the legal time limit (" + legalMost + ")."));
            return legalMost;
        }
        if (days > legalMost) {
            problems.warning(f.at(key), f.field(key),
                    Say.of("Thời hạn " + days + " " + unit.vi() + " dài hơn thời hạn luật định " + legalMost + " " + unit.vi() + " (" + citation + ").",
                            "A time limit of " + days + " " + unit.en() + " is longer than the legal " + legalMost + " " + unit.en() + " (" + citation + ")."),
                    Say.of("Sửa thành " + legalMost + " hoặc ít hơn.", "Change it to " + legalMost + " or less."));
        }
        return days;
    }
}
