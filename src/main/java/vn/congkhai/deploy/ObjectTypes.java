package vn.congkhai.deploy;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code Content-Type} and {@code Cache-Control} of each published object: the same as
 * {@code deploy/nginx/congkhai.conf} gives when it serves the files from disk, so a ward moving between
 * the two targets changes nothing for readers or their browsers' caches.
 */
public final class ObjectTypes {
    /** nginx's {@code expires 1y}: the fingerprinted stylesheet and script never change under their name. */
    public static final String YEAR = "max-age=31536000";
    /** {@code expires 1h}: a ward's own files keep their names across releases. */
    public static final String HOUR = "max-age=3600";
    /** {@code expires 1m}: pages and everything else; a new release reaches readers within a minute. */
    public static final String MINUTE = "max-age=60";
    /** {@code expires -1}: which release is served is never cached. */
    public static final String NO_CACHE = "no-cache";

    private static final Pattern FINGERPRINTED = Pattern.compile("assets/.+\\.[0-9a-f]{8}\\.(?:css|js)");

    /** Types of Debian's mime.types, with nginx's {@code charset utf-8} on the text ones ({@code charset_types}). */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "application/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("svg", "image/svg+xml; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("xml", "text/xml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"));

    private ObjectTypes() {
    }

    public static String contentType(String path) {
        int dot = path.lastIndexOf('.');
        String ext = dot < 0 || dot < path.lastIndexOf('/') ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    public static String cacheControl(String path) {
        if (path.equals(vn.congkhai.render.AssetNames.VERSION_FILE)) {
            return NO_CACHE;
        }
        if (FINGERPRINTED.matcher(path).matches()) {
            return YEAR;
        }
        if (path.startsWith("assets/")) {
            return HOUR;
        }
        return MINUTE;
    }
}
