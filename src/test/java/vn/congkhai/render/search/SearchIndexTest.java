package vn.congkhai.render.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congkhai.render.GeneratedFile;
import vn.congkhai.render.PageSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /**
     * A national-like index (12,000 notices "Thông báo số i", 3,000 wards): the number words overflow their letter's
     * file, which is cut by two letters; the real tim-kiem.js, under Node, finds every word of every postings file
     * with exactly the pages the file lists, and a query over several files, and the start of a word over a split letter.
     */
    @Test
    void searchOverSplitPostingsFilesFindsEveryWordInEveryFile() throws Exception {
        List<PageSpec> pages = new ArrayList<>();
        for (int i = 0; i < 12000; i++) {
            pages.add(page("thong-bao/tb-" + i + ".html", "Thông báo số " + i + " của xã", "Ủy ban nhân dân xã thông báo nội dung số " + i + "."));
        }
        for (int i = 0; i < 3000; i++) {
            pages.add(page("don-vi/xa-" + i + ".html", "Xã Thử Nghiệm Số " + i, "Kết quả chấm điểm của xã."));
        }
        Path dir = work.resolve("tim-kiem");
        java.nio.file.Files.createDirectories(dir);
        for (GeneratedFile f : SearchIndex.files(pages, Map.of())) {
            java.nio.file.Files.write(work.resolve(f.path()), f.bytes().get());
        }
        ObjectMapper json = new ObjectMapper();
        var meta = json.readTree(dir.resolve("chi-muc.json").toFile());
        List<String> split = new ArrayList<>();
        meta.get("split").forEach(n -> split.add(n.asText()));
        assertTrue(split.containsAll(List.of("1", "2")), "the number words are cut: " + split);
        assertFalse(split.contains("x"), "a small letter stays whole");
        long biggest = 0;
        try (var files = java.nio.file.Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("chi-muc-")).toList()) {
                biggest = Math.max(biggest, java.nio.file.Files.size(f));
            }
        }
        assertTrue(biggest <= SearchIndex.SPLIT_ABOVE, "every postings file at most " + SearchIndex.SPLIT_ABOVE + " bytes: " + biggest);
        String out = Node.runWithSearchScript(work, """
                const dir = args[0];
                const cache = {};
                const load = name => Promise.resolve(cache[name] = cache[name] || JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')));
                const meta = await load('chi-muc.json');
                let words = 0;
                const wrong = [];
                for (const key of meta.shards) {
                  const file = await load('chi-muc-' + key + '.json');
                  const all = {};
                  for (const table of ['t', 'b']) {
                    for (const [word, postings] of Object.entries(file[table] || {})) {
                      (all[word] = all[word] || new Set());
                      api.decode(postings).forEach(id => all[word].add(id));
                    }
                  }
                  for (const [word, ids] of Object.entries(all)) {
                    words++;
                    const r = await api.search(word, load, {prefix: false});
                    const got = r.hits.map(h => h.id).sort((a, b) => a - b).join(',');
                    const want = [...ids].sort((a, b) => a - b).join(',');
                    if (got !== want) wrong.push(key + ':' + word);
                  }
                }
                const q = await api.search('thong bao so 1234', load);
                const first = await api.describe(q, 0, 1, load);
                const one = await api.search('thong bao so 1', load);
                process.stdout.write(JSON.stringify({shards: meta.shards.length, words, wrong: wrong.slice(0, 5),
                    first: first[0].url, hits: q.hits.length, startsWithOne: one.hits.length}));
                """, dir.toString());
        var result = json.readTree(out);
        assertEquals("[]", result.get("wrong").toString(), out);
        assertTrue(result.get("words").asInt() > 9000, out);
        assertEquals("thong-bao/tb-1234.html", result.get("first").asText(), out);
        assertEquals(1, result.get("hits").asInt(), "no other number below 12000 starts with 1234: " + out);
        // "1" while typing: every notice whose number starts with 1 (1, 10-19, 100-199, 1000-1999, 10000-11999), over all of 1's files
        assertEquals(1 + 10 + 100 + 1000 + 2000, result.get("startsWithOne").asInt(), out);
    }

    private static PageSpec page(String path, String title, String description) {
        return new PageSpec(path, "page.ftlh", Map::of, new PageSpec.Listing(title, description, "page", java.util.Optional.empty()));
    }
}
