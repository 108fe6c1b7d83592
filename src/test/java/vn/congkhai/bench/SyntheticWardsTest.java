package vn.congkhai.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The national shape has the country's real proportions, so the figures measured on it mean something. */
class SyntheticWardsTest {
    @Test
    void everyProvinceGetsANearlyEqualShareOfTheCommunes() {
        assertEquals(34, SyntheticWards.PROVINCES.stream().distinct().count(), "34 distinct provinces since 01/07/2025");
        Map<String, Integer> communes = new TreeMap<>();
        IntStream.range(0, SyntheticWards.NATIONAL_UNITS)
                .forEach(i -> communes.merge(SyntheticWards.province(i, SyntheticWards.NATIONAL_UNITS), 1, Integer::sum));
        assertEquals(34, communes.size(), "every province has communes");
        assertEquals(3_321, communes.values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(communes.values().stream().allMatch(c -> c == 97 || c == 98), communes.toString());
    }

    @Test
    void provincesAreConsecutiveSoAProvincesCommunesSitTogether() {
        int changes = 0;
        for (int i = 1; i < SyntheticWards.NATIONAL_UNITS; i++) {
            if (!SyntheticWards.province(i, SyntheticWards.NATIONAL_UNITS).equals(SyntheticWards.province(i - 1, SyntheticWards.NATIONAL_UNITS))) {
                changes++;
            }
        }
        assertEquals(33, changes);
    }
}
