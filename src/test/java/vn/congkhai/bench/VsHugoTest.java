package vn.congkhai.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The ratios of bench/vs-hugo's last line: congkhai over Hugo within each pair, then the median of the pairs. */
class VsHugoTest {
    @Test
    void ratiosArePairedByPairThenTheMedianIsTaken() {
        List<VsHugo.Run> runs = List.of(
                new VsHugo.Run(1, "congkhai", "cold", 2000, 0, 0, ""), new VsHugo.Run(1, "hugo", "cold", 1000, 0, 0, ""),
                new VsHugo.Run(2, "congkhai", "cold", 3000, 0, 0, ""), new VsHugo.Run(3, "hugo", "cold", 4000, 0, 0, ""),
                new VsHugo.Run(2, "hugo", "cold", 6000, 0, 0, ""), new VsHugo.Run(3, "congkhai", "cold", 4000, 0, 0, ""),
                new VsHugo.Run(1, "congkhai", "nothing changed", 500, 0, 0, ""), new VsHugo.Run(1, "hugo", "full build again", 1000, 0, 0, ""));
        assertEquals(1.0, VsHugo.medianRatio(runs, "cold", "cold"), 1e-9, "ratios 2, 0.5 and 1");
        assertEquals(0.5, VsHugo.medianRatio(runs, "nothing changed", "full build again"), 1e-9);
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(2.5, VsHugo.median(List.of(4.0, 1.0, 3.0, 2.0)), 1e-9);
        assertEquals(3.0, VsHugo.median(List.of(5.0, 3.0, 1.0)), 1e-9);
    }
}
