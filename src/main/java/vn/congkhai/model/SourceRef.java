package vn.congkhai.model;

/** Where a value was written: a project-relative file, 1-based line and column (0 when unknown). */
public record SourceRef(String file, int line, int column) {
    public static SourceRef file(String file) {
        return new SourceRef(file, 0, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
