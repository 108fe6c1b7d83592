package vn.congkhai.publish;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Which congkhai is building: every entry of the class path it runs from (its own classes, FreeMarker, JBake,
 * AsciidoctorJ, the plugin's default templates and rules), each by path, size and modification time, and the Java
 * that runs it. A page's bytes depend on all of these as much as on the ward's data, so a nothing-changed build is
 * only nothing-changed when this is the same too.
 *
 * <p>Why stat and not the bytes: the jars weigh tens of megabytes, and Maven replaces a jar or rewrites a class file
 * rather than editing it in place, which always moves its modification time. A class folder
 * ({@code target/classes}, while a developer rebuilds congkhai) is walked file by file, because a folder's own time
 * does not move when a file in it is rewritten.
 *
 * <p>The class path is read from the class loaders up from congkhai's own (the Maven plugin's realm lists its jars
 * there) and from {@code java.class.path} (the command line, the preview).
 */
final class GeneratorIdentity {
    private GeneratorIdentity() {
    }

    /** One line per class-path entry and one for the Java runtime; empty when an entry cannot be read. */
    static Optional<String> describe() {
        return describe(classPath());
    }

    /** {@link #describe()} over the given class-path entries. */
    static Optional<String> describe(java.util.Collection<Path> classPath) {
        StringBuilder s = new StringBuilder();
        s.append("java\t").append(System.getProperty("java.vm.vendor")).append('\t').append(System.getProperty("java.vm.version"))
                .append('\t').append(System.getProperty("java.home")).append('\n');
        try {
            for (Path entry : classPath) {
                describe(entry, s);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(s.toString());
    }

    private static TreeSet<Path> classPath() {
        TreeSet<Path> entries = new TreeSet<>();
        for (ClassLoader l = GeneratorIdentity.class.getClassLoader(); l != null; l = l.getParent()) {
            if (l instanceof URLClassLoader urls) {
                for (URL u : urls.getURLs()) {
                    toPath(u).ifPresent(entries::add);
                }
            }
        }
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(Path.of(entry).toAbsolutePath().normalize());
            }
        }
        var source = GeneratorIdentity.class.getProtectionDomain().getCodeSource();
        if (source != null) {
            toPath(source.getLocation()).ifPresent(entries::add);
        }
        return entries;
    }

    private static Optional<Path> toPath(URL url) {
        try {
            return "file".equals(url.getProtocol()) ? Optional.of(Path.of(url.toURI()).toAbsolutePath().normalize()) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void describe(Path entry, StringBuilder s) throws IOException {
        if (!Files.exists(entry)) {
            s.append("absent\t").append(entry).append('\n');
            return;
        }
        if (!Files.isDirectory(entry)) {
            s.append("file\t").append(entry).append('\t').append(Files.size(entry)).append('\t')
                    .append(Files.getLastModifiedTime(entry).toMillis()).append('\n');
            return;
        }
        List<String> lines = new ArrayList<>();
        Files.walkFileTree(entry, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                lines.add(entry.relativize(file) + "\t" + a.size() + "\t" + a.lastModifiedTime().toMillis());
                return FileVisitResult.CONTINUE;
            }
        });
        lines.sort(null);
        s.append("folder\t").append(entry).append('\n');
        lines.forEach(l -> s.append('\t').append(l).append('\n'));
    }
}
