package vn.congkhai.model;

/** One item a checklist criterion requires (criterion 3: drinking water, wifi, ...). */
public record ChecklistItem(String id, String label) {
}
