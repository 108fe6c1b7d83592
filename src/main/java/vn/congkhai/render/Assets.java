package vn.congkhai.render;

import vn.congkhai.load.ProjectFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The static files of the portal (CSS, the small sorting script): the defaults shipped in the
 * plugin, overridden file by file by the ward's own {@code assets/}.
 */
public final class Assets {
    /** The default assets shipped in the plugin jar (a jar cannot be listed portably); a test keeps it equal to {@code assets/}. */
    public static final List<String> DEFAULTS = List.of("css/congkhai.css", "js/congkhai.js", "js/tim-kiem.js");
    private static final String DEFAULTS_ROOT = "/vn/congkhai/defaults/assets/";

    private Assets() {
    }

    /** Every asset by site-relative path, sorted. */
    public static Map<String, byte[]> collect(Path projectDir, Path own) {
        Map<String, byte[]> out = new TreeMap<>();
        for (String name : DEFAULTS) {
            try (InputStream in = Assets.class.getResourceAsStream(DEFAULTS_ROOT + name)) {
                if (in != null) {
                    out.put("assets/" + name, in.readAllBytes());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (Files.isDirectory(own)) {
            try (Stream<Path> files = Files.walk(own)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    if (ProjectFiles.isInside(projectDir, f)) {
                        out.put("assets/" + own.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
