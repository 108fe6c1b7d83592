package vn.congkhai.render.data;

import vn.congkhai.model.Notice;
import vn.congkhai.model.NoticeState;
import vn.congkhai.model.Results;

import java.util.ArrayList;
import java.util.List;

/** Every notice with its category, decision, period, places and status on the build date (Luật 10/2022 Điều 11–13). */
final class NoticeData implements DatasetSource {
    private static final List<Field> FIELDS = List.of(
            Field.text("id", "Mã thông báo (tên tệp, phần cuối địa chỉ trang)"),
            Field.text("title", "Tên thông báo"),
            Field.integer("category", "Nhóm nội dung công khai (1–14, Luật 10/2022/QH15 Điều 11)"),
            Field.text("decision", "Số, ký hiệu văn bản được công khai"),
            Field.date("decisionDate", "Ngày ký văn bản"),
            Field.text("issuer", "Cơ quan ban hành"),
            Field.date("posted", "Ngày niêm yết"),
            Field.date("lastDay", "Ngày niêm yết cuối cùng; trống nếu niêm yết thường xuyên"),
            Field.text("status", "Tình trạng vào ngày cập nhật dữ liệu"),
            Field.bool("office", "Niêm yết tại trụ sở"),
            Field.text("culturalHouses", "Niêm yết tại các nhà văn hóa (cách nhau bởi dấu chấm phẩy)"),
            Field.bool("portal", "Đăng trên cổng thông tin"),
            Field.date("loudspeakerFrom", "Phát trên loa từ ngày"),
            Field.date("loudspeakerTo", "Phát trên loa đến ngày"));

    @Override
    public List<Dataset> datasets(Results results) {
        List<NoticeState> notices = results.publications().notices();
        if (notices.isEmpty()) {
            return List.of();
        }
        return List.of(new Dataset("thong-bao", "Danh sách thông báo niêm yết, công khai",
                "Mọi thông báo đã và đang niêm yết: nhóm nội dung, văn bản, thời gian, hình thức niêm yết và tình trạng.", FIELDS, () -> {
                    List<List<Object>> rows = new ArrayList<>();
                    for (NoticeState s : notices) {
                        Notice n = s.notice();
                        Notice.Places p = n.places();
                        rows.add(List.of(n.id(), n.title(), n.category(), n.decision().number(), n.decision().date(), n.decision().issuer(),
                                n.posted(), s.lastDay().map(Object.class::cast), s.status().label, p.office(),
                                String.join("; ", p.culturalHouses()), p.portal(), p.loudspeakerFrom().map(Object.class::cast),
                                p.loudspeakerTo().map(Object.class::cast)));
                    }
                    return rows;
                }));
    }

}
