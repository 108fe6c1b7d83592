package vn.congkhai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.model.Site;
import vn.congkhai.render.data.CsvReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sample portal's open data: the catalogue page, and CSV and JSON files that say what the pages say. */
class OpenDataTest {
    static final String ROUND = "thi-bo-phan-mot-cua-2024";
    @TempDir
    static Path dir;
    static Path site;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void build() {
        Path project = TestProjects.copySample(dir.resolve("p"));
        site = project.resolve("site");
        BuildResult result = Portal.build(BuildConfig.of(project).withBuildDate(LocalDate.of(2024, 11, 22)));
        assertTrue(result.published(), () -> String.join("\n", result.problems().stream().map(p -> p.format()).toList()));
    }

    static JsonNode json(String path) throws IOException {
        return JSON.readTree(site.resolve(path).toFile());
    }

    static List<List<String>> csv(String path) throws IOException {
        byte[] bytes = Files.readAllBytes(site.resolve(path));
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]), path + " starts with a BOM");
        return CsvReader.read(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void theCatalogueListsEveryDatasetWithItsFieldsLicenceDateAndBothFiles() throws IOException {
        Document page = Jsoup.parse(site.resolve("du-lieu/index.html").toFile(), "UTF-8");
        List<String> ids = new ArrayList<>();
        for (Element section : page.select("section.dataset")) {
            String id = section.selectFirst("h2").id().substring(3);
            ids.add(id);
            assertEquals(List.of(id + ".csv", id + ".json"), section.select("a[href]").eachAttr("href").stream()
                    .map(h -> h.replace("../du-lieu/", "")).toList());
            JsonNode data = json("du-lieu/" + id + ".json");
            assertEquals(data.get("title").asText(), section.selectFirst("h2").text());
            List<String> fields = new ArrayList<>();
            data.get("fields").forEach(f -> fields.add(f.get("name").asText() + " | " + f.get("description").asText()));
            assertEquals(fields, section.select("tbody tr").stream()
                    .map(tr -> tr.child(0).text() + " | " + tr.child(1).text()).toList());
            assertEquals("22/11/2024", section.selectFirst("time[datetime=2024-11-22]").text());
            assertEquals("2024-11-22", data.get("updated").asText());
            assertEquals("CC BY 4.0", data.get("license").get("name").asText());
        }
        assertEquals(List.of("xep-hang-" + ROUND, "diem-" + ROUND, "tieu-chi-bo-phan-mot-cua-2024", "khen-thuong-" + ROUND,
                "thong-bao", "van-ban", "chi-so-mot-cua-2024"), ids);
        assertEquals(Site.DEFAULT_DATA_LICENSE_URL, page.selectFirst("main a[href^=https://creativecommons.org]").attr("href"));
    }

    @Test
    void theRankingFilesHoldWhatTheLeaderboardShowsAndNotScoredIsEmptyNeverZero() throws IOException {
        JsonNode rows = json("du-lieu/xep-hang-" + ROUND + ".json").get("rows");
        Document board = Jsoup.parse(site.resolve("xep-hang/" + ROUND + ".html").toFile(), "UTF-8");
        List<String> shown = board.select("table tbody tr").stream().map(tr -> tr.selectFirst("a").text()).toList();
        List<String> published = new ArrayList<>();
        rows.forEach(r -> published.add(r.get("unitName").asText()));
        assertEquals(shown, published);
        JsonNode myPhuoc = rows.get(published.indexOf("Phường Mỹ Phước"));
        assertEquals(3, myPhuoc.get("rank").asInt());
        assertEquals(94, myPhuoc.get("total").asInt());
        JsonNode binhDuc = rows.get(published.indexOf("Phường Bình Đức"));
        assertTrue(binhDuc.get("rank").isNull() && binhDuc.get("total").isNull(), binhDuc.toString());
        assertEquals(85, binhDuc.get("scoredSoFar").asInt());

        List<List<String>> table = csv("du-lieu/xep-hang-" + ROUND + ".csv");
        List<String> header = new ArrayList<>();
        json("du-lieu/xep-hang-" + ROUND + ".json").get("fields").forEach(f -> header.add(f.get("name").asText()));
        assertEquals(header, table.get(0));
        for (int i = 0; i < rows.size(); i++) {
            List<String> expected = new ArrayList<>();
            rows.get(i).forEach(v -> expected.add(v.isNull() ? "" : v.asText()));
            assertEquals(expected, table.get(i + 1));
        }
        assertEquals(List.of("", "binh-duc", "Phường Bình Đức", "", "85"), table.get(rows.size()).subList(0, 5));
    }

    @Test
    void theScoreFilesGiveEveryScoredCriterionOfEveryUnit() throws IOException {
        List<List<String>> table = csv("du-lieu/diem-" + ROUND + ".csv");
        List<String> h = table.get(0);
        assertEquals(2 + 14 + 1, h.indexOf("total") + 1, "unit, name, 14 scored criteria (5 is split into 5.1–5.5), total");
        List<String> binhDuc = table.stream().filter(r -> r.get(0).equals("binh-duc")).findFirst().orElseThrow();
        assertEquals("", binhDuc.get(h.indexOf("criterion_8")), "chưa chấm is empty, not 0");
        assertEquals("", binhDuc.get(h.indexOf("total")));
        JsonNode rows = json("du-lieu/diem-" + ROUND + ".json").get("rows");
        assertEquals(table.size() - 1, rows.size());
        JsonNode myPhuoc = null;
        for (JsonNode r : rows) {
            myPhuoc = r.get("unit").asText().equals("my-phuoc") ? r : myPhuoc;
        }
        assertEquals(94, myPhuoc.get("total").asInt());
        double sum = 0;
        for (String f : h) {
            sum += f.startsWith("criterion_") ? myPhuoc.get(f).asDouble() : 0;
        }
        assertEquals(94, sum, 1e-9, "the criteria add up to the total");
        assertTrue(rows.get(0).get("criterion_8").isNumber());
    }

    @Test
    void theAwardFilesListEverySignedDecisionsRecipients() throws IOException {
        JsonNode rows = json("du-lieu/khen-thuong-" + ROUND + ".json").get("rows");
        assertTrue(rows.size() > 0);
        for (JsonNode r : rows) {
            assertTrue(r.get("date").asText().matches("\\d{4}-\\d\\d-\\d\\d") && !r.get("decision").asText().isEmpty(), r.toString());
        }
        assertEquals(rows.size() + 1, csv("du-lieu/khen-thuong-" + ROUND + ".csv").size());
    }

    @Test
    void theLicenceIsConfiguredInSiteYamlAndDefaultsToCcBy() {
        Path plain = dir.resolve("plain");
        TestProjects.write(plain, "data/site.yaml", MiniWard.SITE);
        Site s = Loaded.project(plain, new Problems()).site();
        assertEquals(List.of("CC BY 4.0", Site.DEFAULT_DATA_LICENSE_URL), List.of(s.dataLicense(), s.dataLicenseUrl()));

        Path other = dir.resolve("other");
        TestProjects.write(other, "data/site.yaml", MiniWard.SITE + "dataLicense: ODC-BY 1.0\n");
        s = Loaded.project(other, new Problems()).site();
        assertEquals(List.of("ODC-BY 1.0", ""), List.of(s.dataLicense(), s.dataLicenseUrl()), "another licence does not borrow CC BY's address");

        Path bad = dir.resolve("bad");
        TestProjects.write(bad, "data/site.yaml", MiniWard.SITE + "dataLicenseUrl: creativecommons.org\n");
        Problems problems = new Problems();
        Loaded.project(bad, problems);
        assertTrue(problems.sorted().stream().anyMatch(p -> p.isError() && p.format().contains("dataLicenseUrl")), problems.sorted().toString());
    }
}
