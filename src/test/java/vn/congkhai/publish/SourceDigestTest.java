package vn.congkhai.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sources' digest follows their bytes, also where it keeps each file's digest by its size and times. */
class SourceDigestTest {
    @TempDir
    Path dir;

    private String digest(long settledMillis) {
        return SourceDigest.of(dir, List.of("data", "jbake.properties", "templates"), settledMillis).orElseThrow();
    }

    /**
     * Even with no settling time a file changed in the very millisecond the digest reads the clock is not kept (its
     * nanosecond times are not before that millisecond): the files of a test written just before must be a tick older.
     */
    private static void nextMillisecond() {
        long now = System.currentTimeMillis();
        while (System.currentTimeMillis() == now) {
            Thread.onSpinWait();
        }
    }

    @Test
    void oneByteChangedWithItsSizeAndTimePutBackChangesTheDigest() throws Exception {
        Path scores = Files.createDirectories(dir.resolve("data/scores")).resolve("vong-1.yaml");
        Files.writeString(scores, "a: 9\n");
        Files.writeString(dir.resolve("jbake.properties"), "content.folder=content\n");
        nextMillisecond();
        String first = digest(0); // every file's digest kept at once
        assertTrue(Files.readString(dir.resolve(".congkhai/source-digests.tsv")).contains("data/scores/vong-1.yaml\t5\t"));
        assertEquals(first, digest(0), "nothing changed");

        FileTime time = Files.getLastModifiedTime(scores);
        Files.writeString(scores, "a: 8\n");
        Files.setLastModifiedTime(scores, time); // its change time still moves: that is what tells
        String changed = digest(0);
        assertNotEquals(first, changed);

        Files.writeString(Files.createDirectories(dir.resolve("templates")).resolve("page.ftlh"), "x");
        assertNotEquals(changed, digest(0), "a new file (here in a folder that was absent)");
    }

    @Test
    void aFileChangedJustNowIsReadAgainNextTime() throws Exception {
        Path units = Files.createDirectories(dir.resolve("data")).resolve("units.yaml");
        Files.writeString(units, "units: []\n");
        digest(SourceDigest.SETTLED);
        assertTrue(!Files.exists(dir.resolve(".congkhai/source-digests.tsv"))
                        || !Files.readString(dir.resolve(".congkhai/source-digests.tsv")).contains("units.yaml"),
                "a file written in the last two seconds is not kept: a second write in the same clock tick would not show");
    }

    @Test
    void aLinkOutOfTheProjectIsNotFollowedAndALinkInsideIsReadThrough(@TempDir Path outside) throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path real = Files.writeString(Files.createDirectories(dir.resolve("content/tep")).resolve("a.yaml"), "a: 1\n");
        Files.createSymbolicLink(data.resolve("a.yaml"), real);
        String through = digest(0);
        Files.writeString(real, "a: 2\n");
        assertNotEquals(through, digest(0), "the link's target is what the loaders read");

        Files.createSymbolicLink(data.resolve("secret.yaml"), Files.writeString(outside.resolve("secret.yaml"), "token: x\n"));
        assertTrue(SourceDigest.of(dir, List.of("data"), 0).isEmpty(), "unknown: the full build reports the link, nothing outside is read");
    }
}
