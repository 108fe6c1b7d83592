package vn.congkhai.render.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SearchIndexTest {
    @TempDir
    Path work;

    @Test
    void postingsAreGapsInBase36WithRunsShortened() {
        assertEquals("3.2.a", SearchIndex.gaps(List.of(3, 5, 15)));
        assertEquals("3~1.a", SearchIndex.gaps(List.of(3, 4, 14)));
        assertEquals("0~3.a", SearchIndex.gaps(List.of(0, 1, 2, 3, 13)));
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            all.add(i);
        }
        assertEquals("0~" + Integer.toString(9999, 36), SearchIndex.gaps(all));
        assertEquals("7", SearchIndex.gaps(List.of(7)));
    }

    @Test
    void theBrowserDecodesWhatJavaEncodes() throws Exception {
        Random random = new Random(5);
        List<List<Integer>> cases = new ArrayList<>();
        for (int c = 0; c < 200; c++) {
            List<Integer> ids = new ArrayList<>();
            int id = random.nextInt(50);
            for (int k = random.nextInt(60); k >= 0; k--) {
                ids.add(id);
                id += random.nextInt(3) == 0 ? 1 + random.nextInt(2000) : 1;
            }
            cases.add(ids);
        }
        List<String> encoded = cases.stream().map(SearchIndex::gaps).toList();
        ObjectMapper json = new ObjectMapper();
        String out = Node.runWithSearchScript(work, "process.stdout.write(JSON.stringify(JSON.parse(args[0]).map(api.decode)));",
                json.writeValueAsString(encoded));
        assertEquals(json.writeValueAsString(cases), out);
    }
}
