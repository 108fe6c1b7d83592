package vn.congkhai.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** "Thiếu 1 tiêu chí trừ 2 điểm": the criterion starts at its maximum and loses {@code perMissing} for each missing item. */
public record Checklist(BigDecimal perMissing, List<ChecklistItem> items) {
    public Optional<ChecklistItem> item(String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst();
    }
}
