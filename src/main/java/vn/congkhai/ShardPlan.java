package vn.congkhai;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * Which share of a portal's per-item pages one build renders: shard {@code index} of {@code count}
 * ({@code congkhai build --shard 2/4}). A page belongs to the shard whose number is the SHA-256 of its output
 * path, modulo {@code count}, plus one: by its address, not its place in a list, so a page stays in its shard
 * when other pages are added or removed, and shards are built on separate CI machines without talking.
 *
 * @param index 1 … {@code count}
 * @param count how many shards the portal is built in; {@link #WHOLE} (1 of 1) is an ordinary build
 */
public record ShardPlan(int index, int count) {
    public static final ShardPlan WHOLE = new ShardPlan(1, 1);

    public ShardPlan {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count);
        }
    }

    public boolean isWhole() {
        return count == 1;
    }

    /** Whether the page or file at this site-relative path is this shard's to render. */
    public boolean owns(String path) {
        return count == 1 || shardOf(path, count) == index;
    }

    /** The shard (1 … count) a path belongs to. */
    public static int shardOf(String path, int count) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
            return new BigInteger(1, digest).mod(BigInteger.valueOf(count)).intValue() + 1;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads {@code K/N} as written on the command line or in {@code congkhai.shard}; empty when it is not that. */
    public static Optional<ShardPlan> parse(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("[0-9]{1,4}/[0-9]{1,4}")) {
            return Optional.empty();
        }
        int k = Integer.parseInt(t.substring(0, t.indexOf('/')));
        int n = Integer.parseInt(t.substring(t.indexOf('/') + 1));
        return k >= 1 && k <= n ? Optional.of(new ShardPlan(k, n)) : Optional.empty();
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
