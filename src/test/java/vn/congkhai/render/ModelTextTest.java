package vn.congkhai.render;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The text a page's render key is made of: equal models read the same, different ones never do. */
class ModelTextTest {
    record Line(String name, List<String> steps, Optional<java.math.BigDecimal> points) {
    }

    record Page(String title, List<Line> lines, Map<String, Object> extra) {
    }

    private static Page page(String title, String step) {
        return new Page(title, List.of(new Line("Tiêu chí 1", List.of(step), Optional.of(new java.math.BigDecimal("7.5"))),
                new Line("Tiêu chí 2", List.of(), Optional.empty())), new TreeMap<>(Map.of("a", 1, "b", "hai")));
    }

    @Test
    void equalModelsReadTheSameAcrossInstances() {
        assertEquals(ModelText.of(page("Xã A", "Trừ 2 điểm")), ModelText.of(page("Xã A", "Trừ 2 điểm")));
    }

    @Test
    void everyNestedValueCounts() {
        String base = ModelText.of(page("Xã A", "Trừ 2 điểm"));
        assertNotEquals(base, ModelText.of(page("Xã B", "Trừ 2 điểm")));
        assertNotEquals(base, ModelText.of(page("Xã A", "Trừ 3 điểm")));
        assertNotEquals(ModelText.of(new Line("x", List.of(), Optional.of(new java.math.BigDecimal("7.5")))),
                ModelText.of(new Line("x", List.of(), Optional.of(new java.math.BigDecimal("7.50")))), "7.5 and 7.50 print differently");
    }

    @Test
    void aValueThatLooksLikeTheNextFieldDoesNotReadAsIt() {
        // with toString both read "Line[name=a, steps=[b], points=Optional.empty]"-like text; lengths tell them apart
        assertNotEquals(ModelText.of(List.of("a, b", "c")), ModelText.of(List.of("a", "b, c")));
        assertNotEquals(ModelText.of(List.of("1")), ModelText.of(List.of(1)), "a string and a number differ");
    }
}
