package vn.congkhai.render.data;

import vn.congkhai.model.LegalDocument;
import vn.congkhai.model.Results;

import java.util.ArrayList;
import java.util.List;

/** Every document the portal publishes, with its file (NĐ 224/2026 Điều 9: type, issuer, number, dates, abstract, file). */
final class DocumentData implements DatasetSource {
    private static final List<Field> FIELDS = List.of(
            Field.text("id", "Mã văn bản (tên tệp, phần cuối địa chỉ trang cố định)"),
            Field.text("number", "Số, ký hiệu"),
            Field.text("type", "Loại văn bản"),
            Field.text("issuer", "Cơ quan ban hành"),
            Field.date("signed", "Ngày ký"),
            Field.date("effective", "Ngày có hiệu lực"),
            Field.date("published", "Ngày đăng trên cổng"),
            Field.text("title", "Trích yếu"),
            Field.integer("category", "Nhóm nội dung công khai (1–14)"),
            Field.text("file", "Địa chỉ tệp trên cổng (tương đối với địa chỉ cổng)"),
            Field.integer("fileSize", "Dung lượng tệp (byte)"),
            Field.bool("placeholder", "Tệp chỉ là tệp giữ chỗ, không phải bản chính"));

    @Override
    public List<Dataset> datasets(Results results) {
        List<LegalDocument> documents = results.project().publications().documents();
        if (documents.isEmpty()) {
            return List.of();
        }
        return List.of(new Dataset("van-ban", "Danh sách văn bản", "Văn bản đăng trên cổng: số, ký hiệu, loại, cơ quan ban hành, "
                + "ngày ký, ngày hiệu lực, trích yếu và tệp tải về.", FIELDS, () -> {
                    List<List<Object>> rows = new ArrayList<>();
                    for (LegalDocument d : documents) {
                        rows.add(List.of(d.id(), d.number(), d.type(), d.issuer(), d.signed(), d.effective().map(Object.class::cast),
                                d.published().map(Object.class::cast), d.title(), d.category(), d.file().published(), d.file().size(),
                                d.placeholder()));
                    }
                    return rows;
                }));
    }
}
