package vn.congkhai.deploy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where releases go. Layout, the same on every target:
 * <pre>
 * BASE/releases/ID/        one complete release each (ID: {@link ReleaseIds})
 * BASE/releases/ID.R.partial one being copied (R: random); never served, removed by the next publish
 * BASE/current          →  releases/ID, switched by renaming a new link over it
 * BASE/.congkhai.lock      held by the publish or rollback under way ({@link #lock})
 * </pre>
 * {@code releases/} and the releases in it are real folders: a symbolic link there is refused, never followed
 * (removing old releases through a link would delete folders that are not the portal's).
 */
public interface ReleaseTarget {
    /** The target as people read it, for messages. */
    String describe();

    /** The base path ({@code BASE} above) as the target's machine writes it. */
    String base();

    /**
     * What the target holds.
     *
     * @throws DeployException when {@code releases/}, or an entry in it named like a release, is a symbolic link
     */
    TargetState inspect();

    /**
     * Holds the target for one {@code operation} ("publish", "rollback"): every publish and rollback takes it
     * before it reads or changes anything and keeps it to the end. Never waits.
     *
     * @throws TargetBusyException while another publish or rollback, from any machine, holds it
     */
    TargetLock lock(String operation);

    /** Creates the base folder's {@code releases/} when missing (the base's parent must exist). */
    void prepare();

    /** Removes {@code releases/*.partial} folders and temporary links left by a publish that was killed. */
    void clearLeftovers();

    /**
     * Copies {@code files} of {@code site} into a new {@code releases/ID.R.partial/}, files identical to those of
     * {@code previous} as hard links to them, then renames the folder to {@code releases/ID}.
     *
     * @return what was transferred, in words
     */
    String upload(Path site, List<String> files, String id, Optional<String> previous);

    /**
     * Hard-links {@code files} of {@code releases/FROM} into {@code releases/TO} where TO has no such file:
     * the fingerprinted stylesheet and script of the release being left, so that a page it served a moment
     * before the switch still finds them afterwards.
     */
    void carry(String from, String to, List<String> files);

    /** Points {@code current} at {@code releases/ID} in one atomic rename. */
    void switchCurrent(String id);

    void remove(String id);

    /** Each release's {@code phien-ban.json} as text, empty where it has none. */
    Map<String, String> versionFiles(List<String> ids);
}
