package vn.congkhai.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What congkhai keeps under {@code PREFIX/_congkhai/} on an S3 target, as JSON (readable by a person with
 * any S3 browser):
 * <pre>
 * _congkhai/state.json           which release is served, the releases kept, what awaits deletion
 * _congkhai/releases/ID.json     one release: its files (path → SHA-256) and its phien-ban.json fields
 * _congkhai/objects/SHA256       the bytes of every file of every kept release, so rollback can restore them
 * _congkhai/lock.json            the publish lock
 * </pre>
 * The site itself lives directly under the prefix, where nginx or the CDN reads it.
 */
final class S3Records {
    static final String STATE = "_congkhai/state.json";
    static final String LOCK = "_congkhai/lock.json";
    static final String OBJECTS = "_congkhai/objects/";
    static final String RELEASES = "_congkhai/releases/";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private S3Records() {
    }

    /** One release: every file's SHA-256 by site-relative path, and what its phien-ban.json says. */
    record Release(String id, String publishedAt, String commit, String builtAt, String version, Map<String, String> files) {
        Release {
            files = new TreeMap<>(files == null ? Map.of() : files);
        }

        static String key(String id) {
            return RELEASES + id + ".json";
        }
    }

    /** A file the served release no longer has, kept for readers of the one before until {@code since} + grace. */
    record Stale(String sha256, String since) {
    }

    /**
     * @param current  the release served; null before the first publish
     * @param releases the kept releases, in publishing order
     * @param stale    files still in the bucket that the served release does not have, by path
     * @param pending  paths a publish or rollback was changing when it stopped: what they hold is read anew
     */
    record State(String current, List<String> releases, Map<String, Stale> stale, List<String> pending) {
        State {
            releases = List.copyOf(releases == null ? List.of() : releases);
            stale = new TreeMap<>(stale == null ? Map.of() : stale);
            pending = List.copyOf(pending == null ? List.of() : new java.util.TreeSet<>(pending));
        }

        static final State EMPTY = new State(null, List.of(), Map.of(), List.of());
    }

    /** A publish lock: who holds it and until when (renewed while the publish runs). */
    record Lock(String owner, String acquiredAt, String expiresAt) {
    }

    static byte[] write(Object record) {
        try {
            return JSON.writeValueAsBytes(record);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T read(byte[] bytes, Class<T> type, String what) {
        try {
            return JSON.readValue(bytes, type);
        } catch (IOException e) {
            throw new DeployException("Tệp `" + what + "` trên kho S3 không đọc được (" + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage())
                    + "): có vẻ nó đã bị sửa bằng tay. Không thay đổi gì; hãy kiểm tra thư mục `_congkhai/` của phường.");
        }
    }
}
