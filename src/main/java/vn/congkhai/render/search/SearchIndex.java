package vn.congkhai.render.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.congkhai.render.GeneratedFile;
import vn.congkhai.render.PageSpec;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The search index the portal's search page downloads, built from every page's title and description
 * (and the text of AsciiDoc pages), folded by {@link Folding}. Split so a search on a phone downloads
 * little: {@code tim-kiem/chi-muc.json} says how the index is cut; {@code chi-muc-X.json} holds, for
 * the words starting with X (or {@code chi-muc-XY.json} for those starting with XY, when X's file would be over
 * {@link #SPLIT_ABOVE} bytes; {@code split} in chi-muc.json lists those letters), the pages that have them in their title ({@code t}) or only in their text
 * ({@code b}), as base-36 gaps between page numbers with runs shortened ("0~4.a", see {@link #gaps}); {@code trang-N.json} holds the title,
 * address and summary of pages N×100 to N×100+99, fetched only for the results shown.
 * {@code chi-muc.json}'s {@code n} gives, one base-36 digit per page, how many words its title has (35 for 35 or
 * more): among pages that match alike, the one whose title the query fills most comes first ("thu tuc" finds the
 * page "Thủ tục hành chính" before "Tiêu chí 8: Trả kết quả thủ tục hành chính đúng hạn").
 */
public final class SearchIndex {
    public static final String FOLDER = "tim-kiem/";
    static final int CHUNK = 100;
    static final int SUMMARY_CHARS = 160;
    /**
     * Past this many bytes a letter's postings file is cut by two letters: a national portal's "1..." words (notice
     * numbers) fill 160 KB, which a phone should not fetch to look up one number; cut, about 15 KB each. A ward's files
     * (2 KB at most for the sample) stay whole.
     */
    static final int SPLIT_ABOVE = 16 * 1024;
    /**
     * Pages not worth finding: the search page itself, the "not found" page, print sheets (their document's page is
     * the answer), and the later pages of an archive (its first page is).
     */
    private static final Set<String> UNLISTED = Set.of("search", "404", "sheet", "archive-more");
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Doc(String title, String url, String summary, Set<String> titleTerms, Set<String> textTerms) {
    }

    private SearchIndex() {
    }

    /**
     * The order pages are numbered in, which is also the order results that score alike are shown: the portal's
     * own pages (home, leaderboards, units, rubrics, ...) first, as planned; then every published item (notice,
     * document, post, a month's or a quarter's archive) by the day it was published, then by address. A new notice
     * usually takes the last number, so the pages before it keep theirs and only the postings of its own words, the
     * last titles file and chi-muc.json change: the rest of the index keeps its bytes (and an S3 publish uploads
     * nothing for it). An item dated in the past, or a new page of the portal's own, still renumbers what follows it.
     */
    public static final Comparator<PageSpec> APPEND_ORDER = Comparator.comparing((PageSpec p) -> p.listing().issued().isPresent())
            .thenComparing(p -> p.listing().issued().orElse(LocalDate.MIN))
            .thenComparing(p -> p.listing().issued().isPresent() ? p.path() : "");

    /**
     * @param pages    every page of the portal, the portal's own pages in the order results that score alike are shown
     *                 (see {@link #APPEND_ORDER})
     * @param pageText the plain text of pages whose body is worth searching (AsciiDoc pages and posts), by path
     */
    public static List<GeneratedFile> files(List<PageSpec> pages, Map<String, String> pageText) {
        List<Doc> docs = new ArrayList<>();
        // a stable sort: the portal's own pages, all equal, keep the planned order
        for (PageSpec p : pages.stream().sorted(APPEND_ORDER).toList()) {
            if (UNLISTED.contains(p.listing().kind())) {
                continue;
            }
            Set<String> title = new LinkedHashSet<>(Folding.terms(p.listing().title()));
            Set<String> text = new LinkedHashSet<>(Folding.terms(p.listing().description() + " " + pageText.getOrDefault(p.path(), "")));
            text.removeAll(title);
            docs.add(new Doc(p.listing().title(), p.path(), summary(p.listing().description()), title, text));
        }
        Map<String, Map<String, Map<String, List<Integer>>>> byLetter = new TreeMap<>();
        for (int id = 0; id < docs.size(); id++) {
            Doc d = docs.get(id);
            post(byLetter, "t", d.titleTerms(), id, false);
            post(byLetter, "b", d.textTerms(), id, false);
        }
        // a letter whose postings are too big for one download on a phone is cut by the words' first two characters
        Map<String, byte[]> shards = new TreeMap<>();
        List<String> split = new ArrayList<>();
        byLetter.forEach((letter, tables) -> {
            byte[] whole = encode(tables);
            if (whole.length <= SPLIT_ABOVE) {
                shards.put(letter, whole);
                return;
            }
            split.add(letter);
            Map<String, Map<String, Map<String, List<Integer>>>> byTwo = new TreeMap<>();
            tables.forEach((table, postings) -> postings.forEach((term, ids) -> byTwo.computeIfAbsent(shardOf(term, true), k -> new TreeMap<>())
                    .computeIfAbsent(table, k -> new TreeMap<>()).put(term, ids)));
            byTwo.forEach((key, part) -> shards.put(key, encode(part)));
        });
        List<GeneratedFile> files = new ArrayList<>();
        Map<String, Object> meta = new TreeMap<>();
        meta.put("v", 3);
        meta.put("n", titleLengths(docs));
        meta.put("count", docs.size());
        meta.put("chunk", CHUNK);
        meta.put("shards", List.copyOf(shards.keySet()));
        meta.put("split", split);
        files.add(json(FOLDER + "chi-muc.json", meta));
        shards.forEach((key, bytes) -> files.add(new GeneratedFile(FOLDER + "chi-muc-" + key + ".json", () -> bytes)));
        for (int from = 0; from < docs.size(); from += CHUNK) {
            List<List<String>> chunk = docs.subList(from, Math.min(docs.size(), from + CHUNK)).stream()
                    .map(d -> List.of(d.title(), d.url(), d.summary())).toList();
            files.add(json(FOLDER + "trang-" + from / CHUNK + ".json", chunk));
        }
        return files;
    }

    /** One base-36 digit per page: the number of distinct words in its title, at most 35 (a longer title is "long" enough). */
    private static String titleLengths(List<Doc> docs) {
        StringBuilder n = new StringBuilder(docs.size());
        docs.forEach(d -> n.append(Character.forDigit(Math.min(35, d.titleTerms().size()), 36)));
        return n.toString();
    }

    /**
     * The words of an AsciiDoc page worth searching: its text without markup (as {@code AsciidocConverter} read it from
     * the cleaned HTML), and its tags.
     */
    public static String text(String plainText, List<String> tags) {
        return plainText + " " + String.join(" ", tags);
    }

    /**
     * The postings file a folded word belongs to: its first letter or digit, '_' for any other; when that letter's
     * file is {@code split}, its first two (the second the same way), or the one letter for a word of one letter.
     * tim-kiem.js's shardOf reads the same.
     */
    static String shardOf(String term, boolean split) {
        String first = String.valueOf(plain(term.charAt(0)));
        return split && term.length() > 1 ? first + plain(term.charAt(1)) : first;
    }

    private static char plain(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : '_';
    }

    private static void post(Map<String, Map<String, Map<String, List<Integer>>>> shards, String table, Set<String> terms, int id,
                             boolean split) {
        for (String t : terms) {
            shards.computeIfAbsent(shardOf(t, split), k -> new TreeMap<>()).computeIfAbsent(table, k -> new TreeMap<>())
                    .computeIfAbsent(t, k -> new ArrayList<>()).add(id);
        }
    }

    /** One postings file: for each table (t, b) each word's pages as {@link #gaps}. */
    private static byte[] encode(Map<String, Map<String, List<Integer>>> tables) {
        Map<String, Map<String, String>> encoded = new TreeMap<>();
        tables.forEach((table, postings) -> {
            Map<String, String> out = new TreeMap<>();
            postings.forEach((term, ids) -> out.put(term, gaps(ids)));
            encoded.put(table, out);
        });
        try {
            return JSON.writeValueAsString(encoded).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Ascending page numbers in base 36, the first as it is and each other as its gap from the one before,
     * separated by dots; a run of consecutive pages is written once with "~" and how many more follow:
     * [3, 5, 15] is "3.2.a", [3, 4, 14] is "3~1.a", [0 .. 9999] is "0~7pr". Words that every ward's page has (a national portal's
     * ten thousand "Xã ...") cost a few bytes instead of twenty thousand.
     */
    static String gaps(List<Integer> ids) {
        StringBuilder s = new StringBuilder();
        int last = 0;
        int i = 0;
        while (i < ids.size()) {
            int run = 0;
            while (i + run + 1 < ids.size() && ids.get(i + run + 1) == ids.get(i + run) + 1) {
                run++;
            }
            if (i > 0) {
                s.append('.');
            }
            s.append(Integer.toString(ids.get(i) - (i == 0 ? 0 : last), 36));
            if (run > 0) {
                s.append('~').append(Integer.toString(run, 36));
            }
            last = ids.get(i + run);
            i += run + 1;
        }
        return s.toString();
    }

    static String summary(String description) {
        String d = description.strip().replaceAll("\\s+", " ");
        if (d.length() <= SUMMARY_CHARS) {
            return d;
        }
        int cut = d.lastIndexOf(' ', SUMMARY_CHARS - 1);
        return d.substring(0, cut > 0 ? cut : SUMMARY_CHARS - 1) + "…";
    }

    private static GeneratedFile json(String path, Object value) {
        return new GeneratedFile(path, () -> {
            try {
                return JSON.writeValueAsString(value).getBytes(StandardCharsets.UTF_8);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
