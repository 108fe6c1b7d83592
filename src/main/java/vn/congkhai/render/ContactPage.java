package vn.congkhai.render;

import vn.congkhai.model.Contact;
import vn.congkhai.model.Site;

import java.util.List;
import java.util.Optional;

/**
 * The Liên hệ page (lien-he.html): office hours, address and map, hotline, the citizen-reception schedule, how to
 * complain or denounce and how to ask for information, with the time each answer takes. Only a ward that wrote
 * {@code contact:} in {@code data/site.yaml} has it; the conformance rule {@code lien-he} says when it is missing.
 */
public final class ContactPage {
    static final String PATH = "lien-he.html";
    static final String TITLE = "Liên hệ";
    static final String ACCESS_PAGE = "tiep-can-thong-tin.html";

    private ContactPage() {
    }

    /** Everything the template shows, in words: the answer times are sentences, not bare numbers. */
    public record ContactView(String address, String mapUrl, String phone, String hotline, String email,
                       List<Contact.OfficeHours> officeHours, String receptionPlace, List<Contact.ReceptionSlot> reception,
                       String complaintsWhere, String complaintsHow, String complaintTime, String denunciationTime,
                       String requestContact, String requestEmail, String requestHow, String requestTime, String accessHref) {
    }

    /** @param accessHref the access-to-information page (catalogue, request form), empty when the ward has none */
    static Optional<ContactView> view(Site site, String accessHref) {
        return site.contact().map(c -> new ContactView(site.address(), c.mapUrl(), site.phone(), c.hotline(), site.email(),
                c.officeHours(), c.reception().place(), c.reception().schedule(),
                c.complaints().where(), c.complaints().how(),
                "Trong " + c.complaints().complaintDays() + " ngày kể từ ngày thụ lý đơn khiếu nại.",
                "Trong " + c.complaints().denunciationDays() + " ngày kể từ ngày thụ lý đơn tố cáo.",
                c.requests().contact(), c.requests().email(), c.requests().how(),
                "Nộp tại trụ sở: trong " + c.requests().workingDays() + " ngày làm việc kể từ ngày nhận phiếu yêu cầu hợp lệ; thông tin có sẵn được cung cấp ngay.", accessHref));
    }

    /** The ward's access-to-information page, where the request form is (the rule tiep-can-thong-tin names its address). */
    static Optional<String> accessPage(vn.congkhai.model.ContentDoc doc) {
        return doc.outputPath().equals(ACCESS_PAGE) ? Optional.of(ACCESS_PAGE) : Optional.empty();
    }

    static String description(Site site) {
        return "Giờ làm việc, địa chỉ, đường dây nóng, lịch tiếp công dân, cách khiếu nại, tố cáo và yêu cầu cung cấp thông tin của "
                + site.owner() + ".";
    }
}
