package vn.congkhai.model;

/** A ward leader as the portal must present them (NĐ 224 Điều 9 k1c): role, duties, contacts, short biography. */
public record Leader(String name, String title, String duties, String phone, String email, String biography) {
}
