package vn.congkhai;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.publish.BuildRecord;
import vn.congkhai.publish.UpToDate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build with nothing changed since the last successful one writes nothing and says so; any change to what the site
 * depends on (a source's bytes, the date, the published folder, a failed build) makes it a full build again.
 */
class UpToDateBuildTest {
    private static final LocalDate DATE = LocalDate.of(2024, 12, 1);

    @TempDir
    Path dir;

    private BuildResult build() {
        return build(BuildConfig.of(dir).withBuildDate(DATE));
    }

    private static BuildResult build(BuildConfig config) {
        BuildResult r = Portal.build(config);
        assertTrue(r.published(), r.problems()::toString);
        return r;
    }

    /** The sample, built once: the state every test changes one thing of. */
    private BuildResult built() {
        TestProjects.copySample(dir);
        BuildResult first = build();
        assertFalse(first.upToDate(), "the first build is a full one");
        return first;
    }

    /** After a change: a full build ran, and a build right after it has nothing to do. */
    private BuildResult fullBuildThenNothing() {
        BuildResult r = build();
        assertFalse(r.upToDate(), "a change makes a full build");
        assertTrue(build().upToDate(), "and the build after it has nothing to do");
        return r;
    }

    private String page(String path) {
        return TestProjects.read(dir.resolve("site").resolve(path));
    }

    @Test
    void aSecondBuildWithNothingChangedWritesNothingAndShowsTheWarningsAgain() {
        BuildResult first = built();
        Map<String, byte[]> before = TestProjects.snapshot(dir.resolve("site"));
        assertFalse(first.problems().isEmpty(), "the sample at this date has warnings (milestones done after it)");

        BuildResult again = build();
        assertTrue(again.upToDate());
        assertEquals(0, again.written());
        assertEquals(before.size(), again.unchanged(), "every file of the site is kept");
        assertEquals(first.pages(), again.pages());
        assertEquals(first.problems(), again.problems(), "an editor still sees the warnings");
        assertEquals(first.conformanceLine(), again.conformanceLine());
        Map<String, byte[]> after = TestProjects.snapshot(dir.resolve("site"));
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
        assertTrue(Report.summary(again, dir).get(0).startsWith("Không có gì thay đổi kể từ lần dựng trước: 0 tệp ghi, "
                + before.size() + " tệp giữ nguyên"), Report.summary(again, dir)::toString);
        assertEquals(BuildRecord.PASSED, BuildRecord.read(dir, dir.resolve("site")), "deploying still sees a passed build");
    }

    @Test
    void oneByteOfDataMakesAFullBuild() {
        built();
        Path site = dir.resolve("data/site.yaml");
        TestProjects.write(dir, "data/site.yaml", TestProjects.read(site).replace("portalTitle: Trang thông tin điện tử phường Mỹ Phước",
                "portalTitle: Trang thông tin điện tử phường Mỹ Phướk"));
        fullBuildThenNothing();
        assertTrue(page("index.html").contains("Mỹ Phướk"));
    }

    @Test
    void aChangedTemplateMakesAFullBuild() throws IOException {
        built();
        Path template = dir.resolve("templates/404.ftlh");
        assertTrue(Files.exists(template));
        Files.writeString(template, "<#ftl output_format=\"HTML\"><!DOCTYPE html><html lang=\"vi\"><head>"
                + "<meta charset=\"utf-8\"><title>404</title></head><body><p>Không có trang này.</p></body></html>");
        fullBuildThenNothing();
        assertTrue(page("404.html").contains("Không có trang này."));
    }

    @Test
    void aChangedAssetMakesAFullBuild() throws IOException {
        built();
        Path script = dir.resolve("assets/js/tim-kiem.js");
        Files.writeString(script, Files.readString(script) + "\n// một dòng mới\n");
        fullBuildThenNothing();
        try (var files = Files.walk(dir.resolve("site"))) {
            assertTrue(files.filter(Files::isRegularFile).anyMatch(f -> TestProjects.read(f).contains("// một dòng mới")),
                    "the new script is published");
        }
    }

    @Test
    void aChangedAttachmentMakesAFullBuild() throws IOException {
        built();
        Path pdf = dir.resolve("content/tep/du-toan-ngan-sach-2026.pdf");
        byte[] bytes = Files.readAllBytes(pdf);
        bytes[bytes.length - 2] ^= 1; // one bit, same size
        FileTime time = Files.getLastModifiedTime(pdf);
        Files.write(pdf, bytes);
        Files.setLastModifiedTime(pdf, time); // even with its time put back: the bytes are what counts
        fullBuildThenNothing();
        try (var files = Files.walk(dir.resolve("site"))) {
            assertTrue(files.filter(f -> f.getFileName().toString().equals("du-toan-ngan-sach-2026.pdf"))
                    .anyMatch(f -> {
                        try {
                            return java.util.Arrays.equals(Files.readAllBytes(f), bytes);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }), "the new attachment is published");
        }
    }

    @Test
    void aChangedJbakePropertiesMakesAFullBuild() throws IOException {
        built();
        Path properties = dir.resolve("jbake.properties");
        Files.writeString(properties, Files.readString(properties) + "# một dòng ghi chú\n");
        String before = page("phien-ban.json");
        fullBuildThenNothing();
        assertFalse(page("phien-ban.json").equals(before), "the version file's digest of the inputs covers jbake.properties");
    }

    @Test
    void anotherBuildDateMakesAFullBuild() {
        built();
        BuildResult r = build(BuildConfig.of(dir).withBuildDate(DATE.plusDays(1)));
        assertFalse(r.upToDate());
        assertTrue(page("index.html").contains("02/12/2024"));
        assertTrue(build(BuildConfig.of(dir).withBuildDate(DATE.plusDays(1))).upToDate());
    }

    @Test
    void aSiteBuiltAsOfTodayIsCurrentOnlyToday() {
        MiniWard.write(dir); // no date given, no jbake.properties: the date is SOURCE_DATE_EPOCH's, else today's
        build(BuildConfig.of(dir));
        Path site = dir.resolve("site");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        assertTrue(UpToDate.check(dir, site, Optional.empty(), today, false).current().isPresent());
        assertTrue(UpToDate.check(dir, site, Optional.of(today.plusDays(1)), today, false).current().isEmpty(), "another date given");
        if (System.getenv("SOURCE_DATE_EPOCH") == null) {
            assertTrue(UpToDate.check(dir, site, Optional.empty(), today.plusDays(1), false).current().isEmpty(),
                    "a site built as of today is built again tomorrow");
        }
        assertTrue(UpToDate.check(dir, site, Optional.empty(), today, true).current().isEmpty(), "forced");
    }

    @Test
    void aDeletedEditedOrExtraPublishedFileMakesAFullBuildThatPutsTheSiteRight() throws IOException {
        built();
        Path site = dir.resolve("site");
        Map<String, byte[]> published = TestProjects.snapshot(site);

        Files.delete(site.resolve("index.html"));
        fullBuildThenNothing();
        assertEquals(published.keySet(), TestProjects.snapshot(site).keySet());

        Path home = site.resolve("index.html");
        long size = Files.size(home);
        Files.writeString(home, "x".repeat((int) size)); // the same size: its time tells
        fullBuildThenNothing();
        assertArrayEquals(published.get("index.html"), Files.readAllBytes(home));

        Files.writeString(site.resolve("them.html"), "<p>không phải của lần dựng</p>");
        fullBuildThenNothing();
        assertEquals(published.keySet(), TestProjects.snapshot(site).keySet(), "the extra file is gone");

        Files.createDirectories(dir.resolve("site.staging-123/a")); // a killed build's staging folder
        fullBuildThenNothing();
        assertFalse(Files.exists(dir.resolve("site.staging-123")));
    }

    @Test
    void aFailedBuildMakesTheNextOneFull() throws IOException {
        built();
        Path units = dir.resolve("data/units.yaml");
        String good = Files.readString(units);
        Files.writeString(units, good.replaceFirst("name:", "ten:"));
        assertFalse(Portal.build(BuildConfig.of(dir).withBuildDate(DATE)).published());
        Files.writeString(units, good); // the inputs are those of the last published build again
        fullBuildThenNothing();

        BuildRecord.write(dir, dir.resolve("site"), false); // a build killed half-way leaves this
        fullBuildThenNothing();
    }

    @Test
    void forceBuildsInFullAndAnotherOutputFolderIsBuiltOnItsOwn() {
        built();
        BuildResult forced = build(BuildConfig.of(dir).withBuildDate(DATE).forced());
        assertFalse(forced.upToDate());
        assertEquals(0, forced.written(), "a full build that finds every byte the same");
        assertTrue(build().upToDate());

        BuildConfig elsewhere = BuildConfig.of(dir).withBuildDate(DATE).withOutput(dir.resolve("ban-in"));
        assertFalse(build(elsewhere).upToDate());
        assertTrue(build(elsewhere).upToDate());
        assertTrue(build().upToDate(), "each output folder has its own record");
    }
}
