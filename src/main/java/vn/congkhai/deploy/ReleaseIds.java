package vn.congkhai.deploy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Release ids: the UTC time of publishing and the short commit, {@code 20261122T104512Z-3f9a2c1}. Their
 * text order is their publishing order: a new id is always later than every existing one, even when the
 * clock says otherwise (two publishes in one second, a clock set back).
 */
public final class ReleaseIds {
    static final Pattern ID = Pattern.compile("\\d{8}T\\d{6}Z-[0-9a-z]{1,40}");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ReleaseIds() {
    }

    private static final Pattern PARTIAL = Pattern.compile("(" + ID.pattern() + ")(?:\\.[0-9a-f]{16})?\\.partial");
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /**
     * The folder a release is copied into before it is complete: {@code ID.RANDOM.partial}. Its own random
     * part, so that two publishes that chose the same id (same second, same commit) never write into one
     * folder, even if the target's lock were broken by hand.
     */
    static String partial(String id) {
        if (!isId(id)) {
            throw new IllegalArgumentException("not a release id: " + id);
        }
        return id + "." + java.util.HexFormat.of().toHexDigits(RANDOM.nextLong()) + ".partial";
    }

    /** A folder a killed publish left: {@code ID.RANDOM.partial}, or {@code ID.partial} from older versions. */
    static boolean isPartial(String name) {
        return PARTIAL.matcher(name).matches();
    }

    public static boolean isId(String name) {
        return ID.matcher(name).matches();
    }

    static String next(Instant now, String commit, List<String> existing) {
        Instant at = now.truncatedTo(ChronoUnit.SECONDS);
        for (String id : existing) {
            Instant taken = Instant.from(STAMP.parse(id.substring(0, 16)));
            if (!at.isAfter(taken)) {
                at = taken.plusSeconds(1);
            }
        }
        String shortCommit = commit.matches("[0-9a-f]{7,}") ? commit.substring(0, 7) : "khongro";
        return STAMP.format(at) + "-" + shortCommit;
    }
}
