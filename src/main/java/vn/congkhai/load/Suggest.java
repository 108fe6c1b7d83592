package vn.congkhai.load;

import vn.congkhai.model.Say;

import java.util.Collection;
import java.util.Optional;

/** "Có phải ý bạn là ...?": the nearest valid name to a misspelt key or id. */
public final class Suggest {
    private Suggest() {
    }

    public static Optional<String> nearest(String typed, Collection<String> valid) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : new java.util.TreeSet<>(valid)) { // sorted: ties resolve the same way every build
            int d = distance(typed.toLowerCase(), candidate.toLowerCase());
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        int allowed = Math.max(2, typed.length() / 3);
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** A hint sentence, or nothing when no valid name is close. */
    public static Say didYouMean(String typed, Collection<String> valid) {
        return nearest(typed, valid).map(s -> Say.of("Có phải ý bạn là `" + s + "`?", "Did you mean `" + s + "`?")).orElse(Say.NOTHING);
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
