package vn.congkhai.render;

import vn.congkhai.Problems;
import vn.congkhai.model.Say;
import vn.congkhai.model.SourceRef;

import java.util.function.Function;

/**
 * How large the ward's own static files may be: one file, and all of them together (with the documents' and
 * notices' files). A portal is read on phones; and a file too large for the server's disk or for an editor's
 * review is a mistake, or an attack, that should stop the build before anything is read.
 * Set in {@code jbake.properties}: {@code congkhai.assets.maxFileMB} (default 20) and
 * {@code congkhai.assets.maxTotalMB} (default 200).
 */
public record AssetLimits(long maxFileBytes, long maxTotalBytes) {
    public static final String MAX_FILE_KEY = "congkhai.assets.maxFileMB";
    public static final String MAX_TOTAL_KEY = "congkhai.assets.maxTotalMB";
    static final long MB = 1024L * 1024;
    public static final AssetLimits DEFAULT = new AssetLimits(20 * MB, 200 * MB);
    /** Above this a limit is surely a typo (and would let a file fill the server's disk). */
    private static final long MOST_MB = 10_000;

    /**
     * @param config the value of a key of jbake.properties, or null
     * @param lineOf where a key is written, for messages
     */
    public static AssetLimits read(Function<String, Object> config, Function<String, SourceRef> lineOf, Problems problems) {
        return new AssetLimits(megabytes(MAX_FILE_KEY, DEFAULT.maxFileBytes, config, lineOf, problems),
                megabytes(MAX_TOTAL_KEY, DEFAULT.maxTotalBytes, config, lineOf, problems));
    }

    private static long megabytes(String key, long fallback, Function<String, Object> config, Function<String, SourceRef> lineOf,
                                  Problems problems) {
        Object value = config.apply(key);
        String text = value == null ? "" : value.toString().strip();
        if (text.isEmpty()) {
            return fallback;
        }
        if (text.matches("[0-9]{1,6}") && Long.parseLong(text) > 0 && Long.parseLong(text) <= MOST_MB) {
            return Long.parseLong(text) * MB;
        }
        // the value itself is not repeated: it is the editor's own line, and may hold anything
        problems.error(lineOf.apply(key), key, Say.of("Giới hạn " + key + " phải là một số MB từ 1 đến " + MOST_MB + ".",
                        "The limit " + key + " must be a number of MB from 1 to " + MOST_MB + "."),
                Say.of("Viết ví dụ `" + key + "=" + fallback / MB + "`, hoặc xóa dòng để dùng " + fallback / MB + " MB.",
                        "Write e.g. `" + key + "=" + fallback / MB + "`, or delete the line to use " + fallback / MB + " MB."));
        return fallback;
    }

    static String mb(long bytes) {
        return (bytes + MB - 1) / MB + " MB"; // rounded up: a file just over the limit never reads as equal to it
    }
}
