package vn.congkhai.preview;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches the folders an editor writes in and reports the files that changed, in batches: an editor's
 * save (or a {@code git pull}) touches several files within milliseconds and is one rebuild, not ten.
 * Only the source folders are watched, never the output: a build must not trigger the next one.
 */
final class SourceWatcher implements AutoCloseable {
    /**
     * How long the folders must stay quiet before a batch of changes is reported: an editor's save (write, rename,
     * delete of a backup) takes a few milliseconds; a {@code git pull} writes its files closer together than this.
     * Short, because it is waited on every edit (issue 13: an edited notice back in the preview in 300 ms).
     */
    static final long QUIET_MILLIS = 60;
    /** Files at the project's top level that are sources too. */
    private static final Set<String> TOP_LEVEL_FILES = Set.of("jbake.properties");

    private final Path project;
    private final List<Path> folders;
    private final WatchService service;
    private final Map<WatchKey, Path> watched = new ConcurrentHashMap<>();
    private final Thread thread;

    /**
     * @param folders  the folders watched with everything below them (content, data, templates, assets)
     * @param onChange receives the project-relative paths of a batch of changes
     */
    SourceWatcher(Path project, List<Path> folders, Consumer<Set<String>> onChange) throws IOException {
        this.project = project;
        this.folders = folders;
        this.service = FileSystems.getDefault().newWatchService();
        watch(project);
        for (Path f : folders) {
            if (Files.isDirectory(f)) {
                watchTree(f);
            }
        }
        thread = new Thread(() -> loop(onChange), "congkhai-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop(Consumer<Set<String>> onChange) {
        try {
            while (true) {
                Set<String> batch = new TreeSet<>();
                take(service.take(), batch);
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    take(more, batch);
                }
                if (!batch.isEmpty()) {
                    onChange.accept(batch);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the preview stops
        }
    }

    private void take(WatchKey key, Set<String> batch) {
        Path dir = watched.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (dir == null || event.kind() == StandardWatchEventKinds.OVERFLOW) {
                batch.add("*"); // events were lost: rebuild anyway
                continue;
            }
            Path changed = dir.resolve((Path) event.context());
            if (dir.equals(project) && !isSource(changed)) {
                continue; // site/, target/, .congkhai/ and the like: written by builds
            }
            if (isEditorScratch(changed.getFileName().toString())) {
                continue; // an editor saving its swap file every few seconds is no reason to rebuild
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    watchTree(changed); // a new folder (say content/tin-tuc/2025) is watched too
                } catch (IOException e) {
                    batch.add("*");
                }
            }
            batch.add(project.relativize(changed).toString().replace('\\', '/'));
        }
        if (!key.reset()) {
            watched.remove(key);
        }
    }

    /** Swap, backup and probe files of common editors (vim, emacs, gedit): never part of the portal. */
    static boolean isEditorScratch(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.equals("4913") || (name.startsWith("#") && name.endsWith("#"));
    }

    private boolean isSource(Path topLevel) {
        return TOP_LEVEL_FILES.contains(topLevel.getFileName().toString()) || folders.contains(topLevel);
    }

    private void watchTree(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path d : dirs.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                watch(d);
            }
        }
    }

    private void watch(Path dir) throws IOException {
        WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                StandardWatchEventKinds.ENTRY_MODIFY);
        watched.put(key, dir);
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
