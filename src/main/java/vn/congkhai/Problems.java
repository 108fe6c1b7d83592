package vn.congkhai;

import vn.congkhai.model.Problem;
import vn.congkhai.model.Say;
import vn.congkhai.model.SourceRef;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems of one build, collected by every stage so an editor sees all of them at once.
 * Thread-safe: the load stage reads files in parallel.
 */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public synchronized void add(Problem p) {
        list.add(p);
    }

    /**
     * An error, said in Vietnamese and English side by side:
     * {@code problems.error(at, field, Say.of("Thiếu ...", "Missing ..."), Say.of("Thêm ...", "Add ..."))}.
     */
    public void error(SourceRef where, String field, Say message, Say hint) {
        add(Problem.error(where, field, message, hint));
    }

    public void warning(SourceRef where, String field, Say message, Say hint) {
        add(Problem.warning(where, field, message, hint));
    }

    /*
     * The two String overloads below say a problem in Vietnamese only. They stay for tests; main code must use the
     * Say versions above, so that `--lang en` / -Dcongkhai.lang=en gives every message and hint in English.
     */

    /** An error in Vietnamese only: English readers get it in Vietnamese. Prefer {@link #error(SourceRef, String, Say, Say)}. */
    public void error(SourceRef where, String field, String message, String hint) {
        add(Problem.error(where, field, message, hint));
    }

    /** A warning in Vietnamese only. Prefer {@link #warning(SourceRef, String, Say, Say)}. */
    public void warning(SourceRef where, String field, String message, String hint) {
        add(Problem.warning(where, field, message, hint));
    }

    public synchronized boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    /** The files with at least one error so far: checks that depend on them are skipped, not piled on. */
    public synchronized java.util.Set<String> filesWithErrors() {
        java.util.Set<String> files = new java.util.HashSet<>();
        list.stream().filter(Problem::isError).forEach(p -> files.add(p.where().file()));
        return files;
    }

    /** All problems, sorted by file, line and column, duplicates removed. */
    public synchronized List<Problem> sorted() {
        return list.stream().distinct().sorted(Problem.BY_PLACE).toList();
    }
}
