package vn.congkhai.load;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlugsTest {
    @Test
    void foldsVietnameseIntoAnAddress() {
        assertEquals("gioi-thieu-phuong-dong-xuyen", Slugs.slugify("Giới thiệu phường Đông Xuyên"));
        assertEquals("thu-tuc-dat-dai", Slugs.slugify("  Thủ tục đất đai! "));
        assertEquals("a-e-i-o-u-y-d", Slugs.slugify("ắ ề ị ỗ ữ ỹ đ"));
    }

    @Test
    void recognisesSlugPaths() {
        assertTrue(Slugs.isSlugPath("tin-tuc/2024/khai-mac"));
        assertFalse(Slugs.isSlugPath("Giới thiệu"));
        assertFalse(Slugs.isSlugPath("tin tuc"));
        assertFalse(Slugs.isSlugPath("../etc"));
    }
}
