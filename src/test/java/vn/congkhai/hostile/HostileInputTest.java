package vn.congkhai.hostile;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.congkhai.BuildConfig;
import vn.congkhai.BuildResult;
import vn.congkhai.Portal;
import vn.congkhai.TestProjects;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hostile-input corpus ({@link HostileCases}): each case changes a copy of the sample portal that
 * was built once, builds it again, and checks the answer: the problems expected (file, line, column,
 * field path, words of the message) and, whenever the build is refused, that the published site is
 * exactly as it was, byte for byte.
 * <p>The sample is built once for the whole class and copied with its manifest and AsciiDoc cache, so a
 * case costs a copy and an incremental build, not a cold one.
 */
class HostileInputTest {
    static final LocalDate DATE = LocalDate.of(2024, 11, 22);
    private static final String VERSION_FILE = "phien-ban.json";
    private static Path root;
    private static Path base;
    private static Map<String, String> baseSite;

    @BeforeAll
    static void buildTheSampleOnce() throws IOException {
        root = Files.createTempDirectory("congkhai-hostile");
        base = TestProjects.copySample(root.resolve("base"));
        // the date in the configuration, not on the command line, so that a case can break it
        TestProjects.write(base, "jbake.properties", TestProjects.read(base.resolve("jbake.properties"))
                .replace("congkhai.build.date=\n", "congkhai.build.date=" + DATE + "\n"));
        BuildResult r = Portal.build(BuildConfig.of(base));
        assertTrue(r.published(), r.problems()::toString);
        baseSite = hashes(base.resolve("site"));
    }

    @AfterAll
    static void cleanUp() throws IOException {
        deleteTree(root);
    }

    /** All cases; {@code -Dhostile.only=name,name} runs a few while working on them. */
    static List<Hostile> cases() {
        String only = System.getProperty("hostile.only", "");
        List<Hostile> all = new java.util.ArrayList<>(HostileCases.all());
        all.addAll(HostileAssetCases.all()); // files published as they are (issue 11)
        return all.stream().filter(c -> only.isEmpty() || List.of(only.split(",")).contains(c.name())).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theBuildAnswersAsSpecifiedAndNeverBreaksThePublishedSite(Hostile c) throws IOException {
        Path project = copyOfBase(c.name());
        c.edit().apply(project);
        BuildResult r = Portal.build(BuildConfig.of(project));
        Hostile.assertReported(c.wants(), r);
        switch (c.outcome()) {
            case REFUSED -> {
                assertFalse(r.published(), "the build must be refused");
                assertTrue(r.errorCount() > 0);
                assertEquals(baseSite, hashes(project.resolve("site")), "site/ must be left exactly as it was");
            }
            case SAME_SITE -> {
                assertTrue(r.published(), () -> "must publish: " + r.problems());
                // every page the same; only phien-ban.json differs, whose digest names the input bytes (a BOM, CRLF, NFD)
                Map<String, String> site = hashes(project.resolve("site"));
                Map<String, String> expected = new TreeMap<>(baseSite);
                site.remove(VERSION_FILE);
                expected.remove(VERSION_FILE);
                assertEquals(expected, site, "the same data must give the same site");
            }
            case PUBLISHED -> assertTrue(r.published(), () -> "must publish: " + r.problems());
        }
        c.check().check(project, r);
        everyProblemIsToldInEnglishToo(r);
        deleteTree(project);
    }

    /** Words that mark a sentence as Vietnamese; names and values quoted in a message are left out before looking. */
    private static final java.util.regex.Pattern VIETNAMESE = java.util.regex.Pattern.compile(
            "(?iu)\\b(không|của|được|phải|trong|Có phải|Cách sửa|tệp|trường|lỗi)\\b");

    private static void everyProblemIsToldInEnglishToo(BuildResult r) {
        for (vn.congkhai.model.Problem p : r.problems()) {
            assertTrue(p.hasEnglish(), () -> "no English for: " + p.format());
            String english = p.format(vn.congkhai.model.Lang.EN);
            String said = p.message(vn.congkhai.model.Lang.EN) + " " + p.hint(vn.congkhai.model.Lang.EN);
            String unquoted = said.replaceAll("`[^`]*`|\"[^\"]*\"|\\([^)]*\\)|\\[[^\\]]*\\]", "");
            assertFalse(VIETNAMESE.matcher(unquoted).find(), () -> "not English: " + english);
            assertTrue(english.contains(p.isError() ? ": error: " : ": warning: "), english);
        }
    }

    @Test
    void theCorpusIsLargeAndEveryCaseHasItsOwnName() {
        List<Hostile> all = new java.util.ArrayList<>(HostileCases.all());
        all.addAll(HostileAssetCases.all());
        assertTrue(all.size() >= 60, "at least 60 cases, found " + all.size());
        Set<String> names = new HashSet<>();
        all.forEach(c -> assertTrue(names.add(c.name()), "two cases named " + c.name()));
        all.forEach(c -> assertTrue(c.outcome() != Hostile.Outcome.REFUSED || !c.wants().isEmpty(),
                c.name() + " is refused without saying why"));
    }

    private static Path copyOfBase(String name) throws IOException {
        Path to = root.resolve("case-" + name);
        try (Stream<Path> files = Files.walk(base)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(base.relativize(f).toString());
                if (Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else {
                    // mtimes kept: the manifest then lets the build reuse the pages a case does not change
                    Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }

    /** SHA-256 of every file of a site, by relative path. */
    static Map<String, String> hashes(Path site) {
        Map<String, String> out = new TreeMap<>();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            TestProjects.snapshot(site).forEach((path, bytes) -> out.put(path, HexFormat.of().formatHex(sha.digest(bytes))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
