package vn.congkhai.render;

import vn.congkhai.model.Project;
import vn.congkhai.render.Views.Link;

import java.util.ArrayList;
import java.util.List;

/**
 * What citizens most often come for, first on the home page and on the "not found" page (issue 12): administrative
 * procedures, the notices posted now, documents, and how to contact the ward or complain. Each only where the
 * portal has it; contest results come after these.
 */
final class TopTasks {
    /** The procedures page: the address the rule thu-tuc-hanh-chinh asks for. */
    static final String PROCEDURES = "thu-tuc-hanh-chinh.html";

    private TopTasks() {
    }

    /** @param postedNow how many notices are posted on the build date */
    static List<Link> of(Project project, int postedNow) {
        List<Link> tasks = new ArrayList<>();
        project.docs().stream().filter(d -> !d.isPost() && d.outputPath().equals(PROCEDURES)).findFirst()
                .ifPresent(d -> tasks.add(new Link("Thủ tục hành chính", PROCEDURES, "Giấy tờ cần có, nơi nộp hồ sơ, nộp trực tuyến")));
        if (!project.publications().notices().isEmpty()) {
            tasks.add(new Link("Thông báo đang niêm yết", "thong-bao/index.html",
                    postedNow == 0 ? "Thông báo, niêm yết công khai của phường" : postedNow + " thông báo đang niêm yết"));
        }
        if (!project.publications().documents().isEmpty()) {
            tasks.add(new Link("Văn bản", "van-ban/index.html", "Quyết định, kế hoạch, quy chế, tải về kèm mã QR"));
        }
        if (project.site().contact().isPresent()) {
            tasks.add(new Link("Liên hệ, khiếu nại", ContactPage.PATH, "Giờ làm việc, lịch tiếp công dân, khiếu nại, tố cáo, hỏi thông tin"));
        }
        return tasks;
    }

    /** The home page's heading: what the page offers, not the portal's name again (the header already shows it). */
    static final String HOME_HEADING = "Thông tin, dịch vụ cho người dân";
}
