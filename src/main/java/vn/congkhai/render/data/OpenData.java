package vn.congkhai.render.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.congkhai.model.Results;
import vn.congkhai.render.GeneratedFile;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The portal's open data (NĐ 224/2026 Điều 11 k5: JSON/CSV downloads of the published data): every dataset
 * of every registered source as {@code du-lieu/ID.json} and {@code du-lieu/ID.csv}, and the views of the
 * catalogue page {@code du-lieu/index.html}. To publish a new kind of data, write a {@link DatasetSource}
 * and add it to {@link #SOURCES}.
 */
public final class OpenData {
    public static final String FOLDER = "du-lieu/";
    /** Every kind of published data, in the order of the catalogue. */
    static final List<DatasetSource> SOURCES = List.of(new RankingData(), new ScoreData(), new RubricData(), new AwardData(),
            new NoticeData(), new DocumentData(), new KpiData());

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The licence every dataset is published under, named and linked in every file and on the catalogue. */
    public record Licence(String name, String url) {
    }

    /** A dataset as the catalogue shows it; addresses are site-relative. */
    public record DatasetView(String id, String title, String description, List<FieldView> fields, String csvHref,
                              String jsonHref, String updated, String isoUpdated) {
    }

    public record FieldView(String name, String meaning, String type) {
    }

    private final List<Dataset> datasets;
    private final Licence licence;
    private final String publisher;
    private final LocalDate updated;

    /**
     * @param updated the day the data was last published: the build date (the data files carry no date of their own)
     */
    public OpenData(Results results, Licence licence, String publisher, LocalDate updated) {
        this.datasets = new ArrayList<>();
        SOURCES.forEach(s -> datasets.addAll(s.datasets(results)));
        this.licence = licence;
        this.publisher = publisher;
        this.updated = updated;
    }

    public List<DatasetView> catalogue(java.time.format.DateTimeFormatter dayFormat) {
        return datasets.stream().map(d -> new DatasetView(d.id(), d.title(), d.description(),
                d.fields().stream().map(f -> new FieldView(f.name(), f.meaning(), f.type().words)).toList(),
                FOLDER + d.id() + ".csv", FOLDER + d.id() + ".json", dayFormat.format(updated), updated.toString())).toList();
    }

    public Licence licence() {
        return licence;
    }

    public List<GeneratedFile> files() {
        List<GeneratedFile> files = new ArrayList<>();
        for (Dataset d : datasets) {
            files.add(new GeneratedFile(FOLDER + d.id() + ".csv", () -> Csv.write(d.fields(), d.rows().get())));
            files.add(new GeneratedFile(FOLDER + d.id() + ".json", () -> json(d)));
        }
        return files;
    }

    /** The dataset with what a reuser needs to know: its fields, licence, publisher and date, then its rows as objects. */
    private byte[] json(Dataset d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", d.id());
        out.put("title", d.title());
        out.put("description", d.description());
        out.put("publisher", publisher);
        Map<String, String> license = new LinkedHashMap<>(); // Map.of would iterate in a different order in each JVM
        license.put("name", licence.name());
        license.put("url", licence.url());
        out.put("license", license);
        out.put("updated", updated.toString());
        out.put("fields", d.fields().stream().map(f -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("name", f.name());
            m.put("description", f.meaning());
            m.put("type", f.type().json);
            return m;
        }).toList());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<Object> row : d.rows().get()) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < d.fields().size(); i++) {
                m.put(d.fields().get(i).name(), Values.json(row.get(i)));
            }
            rows.add(m);
        }
        out.put("rows", rows);
        try {
            return (JSON.writeValueAsString(out) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
