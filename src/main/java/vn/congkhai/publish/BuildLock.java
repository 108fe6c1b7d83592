package vn.congkhai.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/** One build at a time per project: two builds publishing into the same folder would undo each other. */
public final class BuildLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private BuildLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another build of this project holds it. */
    public static Optional<BuildLock> tryAcquire(Path projectDir) throws IOException {
        Path file = projectDir.resolve(".congkhai/build.lock");
        Files.createDirectories(file.getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new BuildLock(channel, lock));
        } catch (OverlappingFileLockException e) {
            channel.close(); // held by another build in this same JVM
            return Optional.empty();
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
