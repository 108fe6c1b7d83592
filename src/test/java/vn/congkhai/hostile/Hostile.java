package vn.congkhai.hostile;

import vn.congkhai.BuildResult;
import vn.congkhai.model.Problem;
import vn.congkhai.model.Severity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * One hostile input: what it does to a copy of the sample portal, and what the build must answer.
 * The vocabulary of {@link HostileCases}: {@code replace}, {@code write}, ... to make the input;
 * {@code error}, {@code warning} for the problems expected; {@code publishes} when the build must go through.
 */
record Hostile(String name, Edit edit, Outcome outcome, List<Want> wants, SiteCheck check) {

    @Override
    public String toString() {
        return name;
    }

    /** What the build must do with the published site. */
    enum Outcome {
        /** Errors: nothing published, site/ byte for byte as before. */
        REFUSED,
        /** Published, and the site is byte for byte what it was (the input means the same as the sample's). */
        SAME_SITE,
        /** Published, with changes that {@link SiteCheck} inspects. */
        PUBLISHED
    }

    @FunctionalInterface
    interface Edit {
        void apply(Path project) throws IOException;

        default Edit then(Edit next) {
            return p -> {
                apply(p);
                next.apply(p);
            };
        }
    }

    @FunctionalInterface
    interface SiteCheck {
        void check(Path project, BuildResult result) throws IOException;
    }

    /** A problem the build must report: severity, place ("file:line:column" or "file"), field path, and fragments of its text. */
    record Want(Severity severity, String where, String field, List<String> fragments) {
        boolean matches(Problem p) {
            String text = p.format();
            return p.severity() == severity && p.where().toString().equals(where)
                    && (field == null || p.field().equals(field))
                    && fragments.stream().allMatch(text::contains);
        }

        @Override
        public String toString() {
            return severity.label() + " " + where + " [" + field + "] " + fragments;
        }
    }

    // ---- building a case ----

    static Hostile refused(String name, Edit edit, Want... wants) {
        return new Hostile(name, edit, Outcome.REFUSED, List.of(wants), (p, r) -> { });
    }

    static Hostile sameSite(String name, Edit edit, Want... wants) {
        return new Hostile(name, edit, Outcome.SAME_SITE, List.of(wants), (p, r) -> { });
    }

    static Hostile published(String name, Edit edit, SiteCheck check, Want... wants) {
        return new Hostile(name, edit, Outcome.PUBLISHED, List.of(wants), check);
    }

    static Want error(String where, String field, String... fragments) {
        return new Want(Severity.ERROR, where, field, Arrays.asList(fragments));
    }

    static Want warning(String where, String field, String... fragments) {
        return new Want(Severity.WARNING, where, field, Arrays.asList(fragments));
    }

    // ---- making the input ----

    /** Replaces the first occurrence of text that must be in the file (so a case cannot silently stop testing anything). */
    static Edit replace(String file, String from, String to) {
        return transform(file, text -> {
            if (!text.contains(from)) {
                fail("the case expects `" + from + "` in " + file);
            }
            int at = text.indexOf(from);
            return text.substring(0, at) + to + text.substring(at + from.length()); // the first only
        });
    }

    static Edit transform(String file, UnaryOperator<String> change) {
        return p -> {
            Path f = p.resolve(file);
            Files.writeString(f, change.apply(Files.readString(f, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        };
    }

    static Edit append(String file, String text) {
        return transform(file, t -> t + text);
    }

    static Edit write(String file, String text) {
        return writeBytes(file, text.getBytes(StandardCharsets.UTF_8));
    }

    static Edit writeBytes(String file, byte[] bytes) {
        return p -> {
            Path f = p.resolve(file);
            Files.createDirectories(f.getParent());
            Files.write(f, bytes);
        };
    }

    static Edit delete(String file) {
        return p -> Files.delete(p.resolve(file));
    }

    static Edit rename(String from, String to) {
        return p -> Files.move(p.resolve(from), p.resolve(to));
    }

    /** Replaces {@code file} by a symbolic link to {@code target} (absolute, or relative to the project). */
    static Edit symlink(String file, String target) {
        return p -> {
            Path link = p.resolve(file);
            Files.createDirectories(link.getParent());
            Files.deleteIfExists(link);
            Path t = Path.of(target);
            Files.createSymbolicLink(link, t.isAbsolute() ? t : p.resolve(target));
        };
    }

    static Edit bytes(String file, UnaryOperator<byte[]> change) {
        return p -> {
            Path f = p.resolve(file);
            Files.write(f, change.apply(Files.readAllBytes(f)));
        };
    }

    // ---- checking the output ----

    /** Asserts that the build's problems include each wanted one. */
    static void assertReported(List<Want> wants, BuildResult r) {
        List<String> missing = new ArrayList<>();
        for (Want w : wants) {
            if (r.problems().stream().noneMatch(w::matches)) {
                missing.add(w.toString());
            }
        }
        assertTrue(missing.isEmpty(), () -> "not reported: " + missing + "\nreported:\n"
                + String.join("\n", r.problems().stream().map(p -> p.format() + "  {field=" + p.field() + "}").toList()));
    }

    static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
