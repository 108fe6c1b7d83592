package vn.congkhai.render;

import vn.congkhai.compute.Points;
import vn.congkhai.model.Bonus;
import vn.congkhai.model.ChecklistItem;
import vn.congkhai.model.Criterion;

import java.util.ArrayList;
import java.util.List;

/** A criterion's scoring rules told in plain Vietnamese, for the rubric page. */
final class RuleText {
    private RuleText() {
    }

    static List<String> describe(Criterion c) {
        List<String> out = new ArrayList<>();
        String max = Points.format(c.max());
        if (c.isGroup()) {
            out.add("Điểm là tổng điểm các tiêu chí "
                    + String.join(", ", c.children().stream().map(Criterion::id).toList()) + ".");
            return out;
        }
        if (!c.startsFromMax()) {
            out.add("Tổ chấm cho điểm từ 0 đến " + max + ".");
        } else {
            out.add("Bắt đầu từ điểm chuẩn " + max + ", trừ điểm theo quy tắc dưới đây.");
        }
        c.checklist().ifPresent(cl -> out.add("Thiếu mỗi mục trừ " + Points.format(cl.perMissing()) + " điểm. Các mục: "
                + String.join("; ", cl.items().stream().map(ChecklistItem::label).toList()) + "."));
        c.incidents().ifPresent(i -> out.add("Mỗi trường hợp " + i.incident() + " trừ " + Points.format(i.perIncident()) + " điểm."));
        for (Bonus b : c.bonuses()) {
            out.add("Cộng " + Points.format(b.points()) + " điểm nếu " + b.condition() + ".");
        }
        out.add("Điểm không vượt quá " + max + " và không thấp hơn 0.");
        return out;
    }
}
