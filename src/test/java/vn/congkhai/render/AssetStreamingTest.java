package vn.congkhai.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.Problems;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A ward's asset is listed by its size and hashed in blocks, never read whole: proven on a sparse file larger than
 * any Java array (over 2 GiB; a hole, so it costs no disk), which {@code readAllBytes} could not even hold.
 */
class AssetStreamingTest {
    /** One byte more than the largest array Java can allocate. */
    static final long BEYOND_ANY_ARRAY = Integer.MAX_VALUE + 1L;

    @TempDir
    Path project;

    private Path sparse(String rel, long length) throws IOException {
        Path f = project.resolve(rel);
        Files.createDirectories(f.getParent());
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(length);
        }
        return f;
    }

    /** SHA-256 of 2^31 zero bytes, from coreutils: {@code head -c 2147483648 /dev/zero | sha256sum}. */
    static final String SHA256_OF_2_GIB_OF_ZEROS = "a7c744c13cc101ed66c29f672f92455547889cc586ce6d44fe76ae824958ea51";

    @Test
    void aFileLargerThanAnyArrayIsHashedInBlocks() throws IOException {
        Path f = sparse("assets/video/lon.mp4", BEYOND_ANY_ARRAY);
        assertEquals(SHA256_OF_2_GIB_OF_ZEROS, Asset.file(f).sha256());
        assertEquals(BEYOND_ANY_ARRAY, Asset.file(f).size());
    }

    @Test
    void listingTheAssetsReadsNoneOfThem() throws IOException {
        sparse("assets/video/lon.mp4", 3L << 30);
        Files.writeString(project.resolve("assets/ghi-chu.txt"), "ghi chú");
        Problems problems = new Problems();
        Map<String, Asset> assets = Assets.collect(project, project.resolve("assets"),
                new AssetLimits(4L << 30, 8L << 30), 0, problems); // limits raised so the big file is kept
        assertFalse(problems.hasErrors(), problems.sorted()::toString);
        assertTrue(assets.get("assets/video/lon.mp4").onDisk().isPresent(), "kept as a file on disk, not as bytes");
        assertEquals(3L << 30, assets.get("assets/video/lon.mp4").size());
        assertEquals(null, assets.get("assets/video/lon.mp4").shipped());
    }

    @Test
    void theLimitsAreTheDocumentedDefaults() {
        assertEquals(20L << 20, AssetLimits.DEFAULT.maxFileBytes());
        assertEquals(200L << 20, AssetLimits.DEFAULT.maxTotalBytes());
    }
}
