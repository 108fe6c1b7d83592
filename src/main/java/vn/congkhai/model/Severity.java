package vn.congkhai.model;

/** An error stops the build before anything is published; a warning is reported and the build goes on. */
public enum Severity {
    ERROR("lỗi", "error"), WARNING("cảnh báo", "warning");

    private final String label;
    private final String english;

    Severity(String label, String english) {
        this.label = label;
        this.english = english;
    }

    /** The Vietnamese word shown to editors. */
    public String label() {
        return label;
    }

    public String label(Lang lang) {
        return lang == Lang.EN ? english : label;
    }
}
