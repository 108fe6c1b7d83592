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

/** A congkhai rebuilt or upgraded is another generator: its builds are never taken for the last one's. */
class GeneratorIdentityTest {
    @TempDir
    Path dir;

    @Test
    void aClassRewrittenInAClassFolderOrAReplacedJarChangesTheIdentity() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes/vn/congkhai"));
        Path portal = Files.write(classes.resolve("Portal.class"), new byte[]{1, 2, 3});
        Path jar = Files.write(dir.resolve("freemarker.jar"), new byte[]{4, 5});
        Files.setLastModifiedTime(portal, FileTime.fromMillis(1_000_000));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000));
        List<Path> classPath = List.of(dir.resolve("classes"), jar);
        String before = GeneratorIdentity.describe(classPath).orElseThrow();
        assertEquals(before, GeneratorIdentity.describe(classPath).orElseThrow(), "the same class path, the same generator");

        Files.setLastModifiedTime(portal, FileTime.fromMillis(2_000_000)); // recompiled: the folder's own time does not move
        String recompiled = GeneratorIdentity.describe(classPath).orElseThrow();
        assertNotEquals(before, recompiled);

        Files.write(jar, new byte[]{4, 5, 6}); // a new version of a library
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000));
        assertNotEquals(recompiled, GeneratorIdentity.describe(classPath).orElseThrow());
    }

    @Test
    void theRunningGeneratorListsItsOwnClasses() {
        String identity = GeneratorIdentity.describe().orElseThrow();
        assertTrue(identity.contains("UpToDate.class"), "congkhai's own class folder or jar is part of it");
        assertTrue(identity.startsWith("java\t"), "and the Java that runs it");
    }
}
