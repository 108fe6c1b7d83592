package vn.congkhai.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What bench/hugo's layouts read: one content file per unit, leaderboard and criterion page at congkhai's address,
 * with the layout of the same name and the model's keys in lower case. Runs without Hugo.
 */
class HugoExportTest {
    @TempDir
    Path dir;

    @Test
    void everyComparedPageGetsItsModelAsFrontMatterWithLowerCaseKeys() throws IOException {
        Path ward = dir.resolve("ward");
        SyntheticWards.write(ward, 3, Path.of("").toAbsolutePath());
        int pages = HugoExport.export(ward, dir.resolve("hugo"), LocalDate.parse("2024-12-01"));
        // 3 units, 3 rounds (the last two with risers and fallers, or not), the sample rubric's 16 criteria
        assertTrue(pages >= 3 + 3 + 16, "pages: " + pages);

        ObjectMapper json = new ObjectMapper();
        JsonNode unit = json.readTree(dir.resolve("hugo/content/don-vi/xa-1.md").toFile());
        assertEquals("/don-vi/xa-1.html", unit.get("url").asText());
        assertEquals("unit", unit.get("layout").asText());
        assertEquals("Xã Thử Nghiệm Số 1", unit.at("/unit/name").asText());
        assertEquals("../", unit.at("/meta/root").asText());
        assertTrue(unit.at("/meta/showsscores").asBoolean());
        assertEquals(3, unit.at("/unit/rounds").size());
        assertTrue(unit.at("/unit/rounds/0/boardhref").isTextual(), "record components in lower case: " + unit.at("/unit/rounds/0"));
        assertEquals(3, unit.get("unitcharts").size(), "one chart per round");

        JsonNode board = json.readTree(dir.resolve("hugo/content/xep-hang/thi-bo-phan-mot-cua-2024.md").toFile());
        assertEquals("leaderboard", board.get("layout").asText());
        assertEquals(3, board.at("/board/rows").size());

        JsonNode criterion = json.readTree(dir.resolve("hugo/content/tieu-chi/bo-phan-mot-cua-2024/5.1.md").toFile());
        assertEquals("/tieu-chi/bo-phan-mot-cua-2024/5.1.html", criterion.get("url").asText());
        assertEquals("criterion", criterion.get("layout").asText());
        assertEquals("5.1", criterion.at("/criterion/criterion/id").asText());

        JsonNode site = json.readTree(dir.resolve("hugo/data/site.json").toFile());
        assertTrue(site.get("portaltitle").isTextual(), site.toString());
        assertTrue(site.get("banners").isArray());
    }
}
