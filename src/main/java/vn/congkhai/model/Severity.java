package vn.congkhai.model;

/** An error stops the build before anything is published; a warning is reported and the build goes on. */
public enum Severity {
    ERROR("lỗi"), WARNING("cảnh báo");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The Vietnamese word shown to editors. */
    public String label() {
        return label;
    }
}
