package vn.congkhai;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A page's shard is fixed by its address: exactly one shard owns it, and shares are near equal. */
class ShardPlanTest {
    @Test
    void readsKOfNAndRefusesAnythingElse() {
        assertEquals(Optional.of(new ShardPlan(2, 4)), ShardPlan.parse(" 2/4 "));
        assertEquals(Optional.of(ShardPlan.WHOLE), ShardPlan.parse("1/1"));
        for (String wrong : new String[]{"0/4", "5/4", "2", "2/0", "-1/4", "a/b", "2/4/1", ""}) {
            assertEquals(Optional.empty(), ShardPlan.parse(wrong), wrong);
        }
    }

    @Test
    void everyPathBelongsToExactlyOneShardAndTheSharesAreNearlyEqual() {
        int[] counts = new int[4];
        for (int i = 0; i < 4000; i++) {
            String path = "don-vi/xa-" + i + ".html";
            int owners = (int) IntStream.rangeClosed(1, 4).filter(k -> new ShardPlan(k, 4).owns(path)).count();
            assertEquals(1, owners, path);
            counts[ShardPlan.shardOf(path, 4) - 1]++;
        }
        for (int c : counts) {
            assertTrue(c > 900 && c < 1100, java.util.Arrays.toString(counts));
        }
        assertTrue(ShardPlan.WHOLE.owns("index.html"));
    }
}
