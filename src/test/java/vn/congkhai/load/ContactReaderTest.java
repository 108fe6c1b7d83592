package vn.congkhai.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.MiniWard;
import vn.congkhai.Problems;
import vn.congkhai.TestProjects;
import vn.congkhai.model.Contact;
import vn.congkhai.model.Problem;
import vn.congkhai.model.Site;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code contact:} of data/site.yaml: the Liên hệ page's data, checked where it was written (issue 12). */
class ContactReaderTest {
    static final String CONTACT = """
            contact:
              hotline: "0296 000 0009"
              mapUrl: https://www.openstreetmap.org/#map=18/10.37/105.43
              officeHours:
                - {days: Thứ Hai đến thứ Sáu, hours: "7:00–11:30, 13:30–17:00"}
              reception:
                place: Phòng tiếp công dân
                schedule:
                  - {who: Chủ tịch UBND phường, when: Sáng thứ Năm hằng tuần}
              complaints:
                where: Phòng tiếp công dân
                how: Viết đơn, ký tên.
              informationRequests:
                contact: Văn phòng UBND phường
                how: Điền phiếu yêu cầu.
            """;

    @TempDir
    Path dir;

    private Site load(String contact, Problems problems) {
        TestProjects.write(MiniWard.write(dir), "data/site.yaml", MiniWard.SITE + contact);
        return new DataLoader(dir, problems).site();
    }

    @Test
    void readsTheContactWithTheLegalAnswerTimesByDefault() {
        Problems problems = new Problems();
        Contact c = load(CONTACT, problems).contact().orElseThrow();
        assertTrue(problems.sorted().isEmpty(), () -> problems.sorted().toString());
        assertEquals("0296 000 0009", c.hotline());
        assertEquals(List.of(new Contact.OfficeHours("Thứ Hai đến thứ Sáu", "7:00–11:30, 13:30–17:00")), c.officeHours());
        assertEquals("Chủ tịch UBND phường", c.reception().schedule().get(0).who());
        assertEquals(30, c.complaints().complaintDays());
        assertEquals(30, c.complaints().denunciationDays());
        assertEquals(10, c.requests().workingDays());
    }

    @Test
    void aWardWithoutContactHasNone() {
        Problems problems = new Problems();
        assertFalse(load("", problems).contact().isPresent());
        assertFalse(problems.hasErrors());
    }

    @Test
    void aMapAddressThatIsNotAWebAddressIsAnErrorAtItsPlace() {
        Problems problems = new Problems();
        Site s = load(CONTACT.replace("mapUrl: https://www.openstreetmap.org/#map=18/10.37/105.43", "mapUrl: javascript:alert(1)"), problems);
        Problem p = problems.sorted().stream().filter(Problem::isError).findFirst().orElseThrow();
        assertEquals("contact.mapUrl", p.field());
        assertEquals("data/site.yaml", p.where().file());
        assertEquals(MiniWard.SITE.split("\n", -1).length + 2, p.where().line());
        assertEquals(3, p.where().column(), "at its key, as every problem of a field");
        assertTrue(p.message().contains("không phải là một địa chỉ web hợp lệ"), p.message());
        assertEquals("", s.contact().orElseThrow().mapUrl(), "never published as a link");
    }

    @Test
    void aPromiseLongerThanTheLawIsAWarningAndAMissingPartAnError() {
        Problems problems = new Problems();
        load(CONTACT.replace("how: Điền phiếu yêu cầu.", "how: Điền phiếu yêu cầu.\n    workingDays: 15")
                .replace("  complaints:\n    where: Phòng tiếp công dân\n    how: Viết đơn, ký tên.\n", ""), problems);
        List<Problem> list = problems.sorted();
        Problem late = list.stream().filter(p -> p.field().equals("contact.informationRequests.workingDays")).findFirst().orElseThrow();
        assertFalse(late.isError());
        assertTrue(late.message().contains("15 ngày làm việc dài hơn thời hạn luật định 10 ngày làm việc"), late.message());
        assertTrue(list.stream().anyMatch(p -> p.isError() && p.field().equals("contact.complaints")), list.toString());
    }
}
