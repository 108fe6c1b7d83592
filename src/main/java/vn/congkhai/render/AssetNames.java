package vn.congkhai.render;

import vn.congkhai.publish.SiteManifest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gives the portal's stylesheet and script names that carry a hash of their bytes
 * ({@code assets/css/congkhai.3f9a2c1b.css}): a page of one release never loads another release's CSS,
 * and a web server may let browsers cache them for a year. Only these (and the search page's script) are renamed: a ward's own
 * files under {@code assets/} are linked by name from its data (evidence files) and keep their names.
 *
 * @param files the assets to publish, with the two renamed (the plain names are not published)
 * @param view  the addresses templates use
 */
public record AssetNames(Map<String, Asset> files, Views.AssetsView view) {
    static final String CSS = "assets/css/congkhai.css";
    static final String JS = "assets/js/congkhai.js";
    /** The search page's script: its index format changes with it, so a stale cached copy must not be used. */
    static final String SEARCH_JS = "assets/js/tim-kiem.js";
    /** The release's machine-readable version file at the site root, linked from every footer. */
    public static final String VERSION_FILE = "phien-ban.json";

    public static AssetNames fingerprint(Map<String, Asset> assets) {
        Map<String, Asset> out = new TreeMap<>(assets);
        Map<String, String> renamed = new LinkedHashMap<>();
        for (String plain : new String[]{CSS, JS, SEARCH_JS}) {
            Asset asset = out.remove(plain);
            if (asset != null) {
                String named = hashed(plain, asset.sha256());
                out.put(named, asset);
                renamed.put(plain, named);
            }
        }
        return new AssetNames(out, new Views.AssetsView(renamed.getOrDefault(CSS, CSS), renamed.getOrDefault(JS, JS), VERSION_FILE,
                renamed.getOrDefault(SEARCH_JS, SEARCH_JS)));
    }

    /** {@code assets/css/congkhai.css} → {@code assets/css/congkhai.<first 8 hex of SHA-256>.css}. */
    static String hashed(String path, byte[] bytes) {
        return hashed(path, SiteManifest.sha256(bytes));
    }

    /** The same, from the hex SHA-256 of the bytes (computed by streaming the file). */
    static String hashed(String path, String sha256) {
        int dot = path.lastIndexOf('.');
        return path.substring(0, dot) + "." + sha256.substring(0, 8) + path.substring(dot);
    }
}
