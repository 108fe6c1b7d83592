package vn.congkhai.publish;

import vn.congkhai.model.Problem;
import vn.congkhai.model.Say;
import vn.congkhai.model.Severity;
import vn.congkhai.model.SourceRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The up-to-date check, as Gradle and Bazel do it: before anything heavy is loaded (YAML, templates, JRuby), a
 * fingerprint of everything the site depends on is compared with the one the last successful build recorded, and
 * when it is the same and the published folder is still exactly what that build wrote, nothing is built: the
 * build reports "0 written" and shows again the warnings that build had, so an editor still sees them.
 *
 * <p>What the fingerprint covers, and why each:
 * <ul>
 *   <li>the bytes of every source file ({@link SourceDigest}): data, content, the folders jbake.properties names,
 *       jbake.properties; attachments must lie under {@code content/}, so they are among them;</li>
 *   <li>which congkhai builds ({@link GeneratorIdentity}): its classes, the default templates and rules it ships,
 *       its libraries, the Java running it;</li>
 *   <li>the project and output folders, and what the version file prints: the commit
 *       ({@code GITHUB_SHA}, {@code CI_COMMIT_SHA} or git's HEAD) and {@code SOURCE_DATE_EPOCH};</li>
 *   <li>the build date, kept beside the fingerprint with where it came from: a date from jbake.properties is as
 *       current as the file's bytes, one that was "today" is current only today.</li>
 * </ul>
 * The fingerprint is computed before the build reads its inputs and recorded only after it published, so a file
 * saved while a build runs makes the next build a full one. {@link BuildRecord} still says whether the last
 * build passed; a record is trusted only when it says so, no staging folder was left behind, and the output
 * folder is the one recorded. Kept in {@code .congkhai/up-to-date-SITE.txt}; a missing or damaged record only
 * means a full build.
 */
public final class UpToDate {
    /** Change when what a record holds changes: an older record then means one full build. */
    static final String VERSION = "congkhai-up-to-date-1";
    /** Where the build date came from: the build's own setting, jbake.properties, SOURCE_DATE_EPOCH, the clock. */
    public static final String DATE_GIVEN = "given", DATE_PROPERTIES = "properties", DATE_EPOCH = "epoch", DATE_TODAY = "today";

    /** What the last successful build recorded, shown again when nothing changed. */
    public record Record(String fingerprint, List<String> roots, String dateSource, LocalDate date, int pages, int files,
                         Say conformance, List<Problem> problems) {
    }

    /**
     * What the check found: the last build's record when nothing changed; else the fingerprint of the inputs as
     * they are now (over {@code roots}), for the full build to record if it publishes.
     */
    public record Verdict(Optional<Record> current, Optional<String> fingerprint, List<String> roots) {
    }

    private UpToDate() {
    }

    /** The source folders a ward has when jbake.properties names none: where to look before any build recorded them. */
    public static final List<String> DEFAULT_ROOTS = List.of("assets", "content", "data", "jbake.properties", "templates");

    /**
     * @param givenDate the build's own date ({@code --date}, {@code congkhai.buildDate}), if any
     * @param today     today's date where the portal is
     * @param force     build in full whatever the check says ({@code --force}, {@code congkhai.force})
     */
    public static Verdict check(Path project, Path output, Optional<LocalDate> givenDate, LocalDate today, boolean force) {
        Optional<Record> last = read(project, output);
        List<String> roots = last.map(Record::roots).orElse(DEFAULT_ROOTS);
        // the published folder's walk runs beside the hashing of the sources: on two cores the two overlap
        CompletableFuture<Integer> site = last.isPresent() && !force ? onItsOwnThread(() -> SiteAsRecorded.files(project, output))
                : CompletableFuture.completedFuture(-1);
        Optional<String> now = fingerprint(project, output, roots);
        if (force || last.isEmpty() || now.isEmpty() || !now.get().equals(last.get().fingerprint())
                || !sameDate(last.get(), givenDate, today) || !BuildRecord.PASSED.equals(BuildRecord.read(project, output))
                || site.join() != last.get().files()) {
            return new Verdict(Optional.empty(), now, roots);
        }
        return new Verdict(last, now, roots);
    }

    /** Whether the date the last build used is still the one this build would use. */
    private static boolean sameDate(Record last, Optional<LocalDate> givenDate, LocalDate today) {
        if (givenDate.isPresent()) {
            return givenDate.get().equals(last.date()); // whatever gave it last time, the pages are of that date
        }
        return switch (last.dateSource()) {
            case DATE_PROPERTIES, DATE_EPOCH -> true; // jbake.properties and SOURCE_DATE_EPOCH are in the fingerprint
            case DATE_TODAY -> today.equals(last.date());
            default -> false; // given last time, not now: which date applies is for the full build to find out
        };
    }

    /** The fingerprint of the inputs over {@code roots}; empty when a file could not be read. */
    public static Optional<String> fingerprint(Path project, Path output, List<String> roots) {
        // git's start (a process) and the class path's listing overlap the hashing of the sources
        CompletableFuture<String> commit = onItsOwnThread(() -> VersionFile.commit(project));
        CompletableFuture<Optional<String>> generator = onItsOwnThread(GeneratorIdentity::describe);
        Optional<String> sources = SourceDigest.of(project, roots);
        if (generator.join().isEmpty() || sources.isEmpty()) {
            return Optional.empty();
        }
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        String all = VERSION + "\nproject\t" + project.toAbsolutePath().normalize() + "\noutput\t" + output.toAbsolutePath().normalize()
                + "\ncommit\t" + commit.join() + "\nsource-date-epoch\t" + (epoch == null ? "" : epoch)
                + "\nsources\t" + sources.get() + "\n" + generator.join().get();
        MessageDigest sha = SourceDigest.newSha256();
        return Optional.of(HexFormat.of().formatHex(sha.digest(all.getBytes(StandardCharsets.UTF_8))));
    }

    /** A thread of its own, not the common pool's: the sources are hashed there, and it has one thread on two cores. */
    private static <T> CompletableFuture<T> onItsOwnThread(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, run -> {
            Thread t = new Thread(run, "congkhai-up-to-date");
            t.setDaemon(true);
            t.start();
        });
    }

    static Path file(Path project, Path output) {
        return project.resolve(".congkhai/up-to-date-" + output.getFileName() + ".txt");
    }

    /** How many files the manifest of the site just published lists (read without its links). */
    public static int filesPublished(Path project, Path output) {
        return SiteAsRecorded.recorded(project, output).size();
    }

    /** Called as a full build starts: until it publishes, no record can call its output current. */
    public static void forget(Path project, Path output) {
        try {
            Files.deleteIfExists(file(project, output));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Called once a build published, before {@link BuildRecord} says it passed. */
    public static void save(Path project, Path output, Record r) {
        Path file = file(project, output);
        StringBuilder s = new StringBuilder(VERSION).append('\t').append(output.toAbsolutePath().normalize()).append('\n');
        s.append(line("fingerprint", r.fingerprint()));
        s.append(line("roots", r.roots().toArray(String[]::new)));
        s.append(line("date", r.dateSource(), r.date().toString()));
        s.append(line("pages", Integer.toString(r.pages()), Integer.toString(r.files())));
        s.append(line("conformance", r.conformance().vi(), r.conformance().en()));
        for (Problem p : r.problems()) {
            s.append(line("problem", p.severity().name(), p.where().file(), Integer.toString(p.where().line()),
                    Integer.toString(p.where().column()), p.field(), p.message(), p.hint(), p.englishMessage(), p.englishHint()));
        }
        try {
            AtomicFile.replace(file, s.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(String key, String... fields) {
        StringBuilder s = new StringBuilder(key);
        for (String f : fields) {
            s.append('\t').append(SiteManifest.encode(f));
        }
        return s.append('\n').toString();
    }

    static Optional<Record> read(Path project, Path output) {
        Path file = file(project, output);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(VERSION + "\t" + output.toAbsolutePath().normalize())) {
                return Optional.empty();
            }
            String fingerprint = null;
            List<String> roots = null;
            String dateSource = null;
            LocalDate date = null;
            int pages = -1;
            int files = -1;
            Say conformance = Say.NOTHING;
            List<Problem> problems = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = Arrays.stream(line.split("\t", -1)).map(SiteManifest::decode).toArray(String[]::new);
                switch (f[0]) {
                    case "fingerprint" -> fingerprint = f[1];
                    case "roots" -> roots = List.of(Arrays.copyOfRange(f, 1, f.length));
                    case "date" -> {
                        dateSource = f[1];
                        date = LocalDate.parse(f[2]);
                    }
                    case "pages" -> {
                        pages = Integer.parseInt(f[1]);
                        files = Integer.parseInt(f[2]);
                    }
                    case "conformance" -> conformance = Say.of(f[1], f[2]);
                    case "problem" -> problems.add(new Problem(Severity.valueOf(f[1]), new SourceRef(f[2], Integer.parseInt(f[3]),
                            Integer.parseInt(f[4])), f[5], f[6], f[7], f[8], f[9]));
                    default -> {
                        return Optional.empty();
                    }
                }
            }
            if (fingerprint == null || roots == null || dateSource == null || pages < 0) {
                return Optional.empty();
            }
            return Optional.of(new Record(fingerprint, roots, dateSource, date, pages, files, conformance, List.copyOf(problems)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // damaged: one full build writes it again
        }
    }
}
