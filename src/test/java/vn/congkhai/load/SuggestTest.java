package vn.congkhai.load;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SuggestTest {
    @Test
    void suggestsTheNearestValidName() {
        assertEquals(Optional.of("perMissing"), Suggest.nearest("perMising", List.of("perMissing", "items")));
        assertEquals(Optional.of("my-phuoc"), Suggest.nearest("my-phuc", List.of("my-phuoc", "my-binh", "my-long")));
    }

    @Test
    void suggestsNothingWhenNothingIsClose() {
        assertEquals(Optional.empty(), Suggest.nearest("xyz", List.of("title", "description")));
    }
}
