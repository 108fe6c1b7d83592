package vn.congkhai.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import vn.congkhai.Problems;
import vn.congkhai.compute.ResultsCalculator;
import vn.congkhai.load.ContentLoader;
import vn.congkhai.load.DataLoader;
import vn.congkhai.load.ProjectProperties;
import vn.congkhai.model.Project;
import vn.congkhai.model.Publications;
import vn.congkhai.model.Results;
import vn.congkhai.render.PagePlanner;
import vn.congkhai.render.PageSpec;
import vn.congkhai.render.Views;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a ward project into the content of a Hugo site that shows the same unit, leaderboard and criterion pages
 * ({@code bench/vs-hugo}): those whose address {@link MainTextComparison} compares. The YAML is read, validated and scored by congkhai's own load and compute stages, and each
 * page's model is the one congkhai's templates receive ({@link PagePlanner}), written as the page's JSON front matter:
 * ranks, totals, the Vietnamese sentences, number formats and chart geometry are all precomputed, so Hugo only fills
 * templates and writes files. That favours Hugo, and is said so wherever the figures are shown.
 * <p>
 * Why not compute in Hugo's templates: the scoring rules (deductions, clamping, bonuses, tie-breakers, rating bands,
 * rank movement, how each step is explained) would be a second implementation in Go templates, free to drift from the
 * first; the comparison would then test that copy rather than the speed of building the same pages.
 * <p>
 * Layout of the output: {@code content/PATH.md} for congkhai's {@code PATH.html}, whose front matter holds
 * {@code url} (the same address), {@code layout} (the congkhai template's name without {@code .ftlh}, so a new page
 * kind needs a layout of the same name in {@code bench/hugo/layouts/_default/}) and the model's entries with every key
 * in lower case (Hugo lowercases front matter keys; doing it here leaves no doubt which spelling a template uses);
 * {@code page} becomes {@code meta}. What every page shares ({@code site}) goes once to {@code data/site.json}.
 */
public final class HugoExport {
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.LOWER_CASE)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private HugoExport() {
    }

    /** {@code HugoExport PROJECT HUGO_DIR DATE}: writes {@code content/} and {@code data/} of the Hugo site. */
    public static void main(String[] args) throws IOException {
        System.setProperty("org.freemarker.loggerLibrary", "none");
        int pages = export(Path.of(args[0]), Path.of(args[1]), LocalDate.parse(args[2]));
        System.out.println(pages + " pages exported to " + args[1]);
    }

    /**
     * Writes the Hugo site's {@code content/} and {@code data/} into {@code hugoDir} (replacing what was there).
     *
     * @return the number of pages written
     */
    public static int export(Path project, Path hugoDir, LocalDate buildDate) throws IOException {
        Problems problems = new Problems();
        DataLoader data = new DataLoader(project, problems);
        Publications publications = data.publications();
        Project loaded = new Project(data.site(), data.units(), data.rubrics(), data.sheets(), data.awards(),
                new ContentLoader(project, problems).load(), publications);
        boolean banner = "true".equals(ProjectProperties.read(project, problems).getString("congkhai.illustrative.banner", "false").trim());
        if (problems.hasErrors()) {
            throw new IllegalStateException("the project has errors: " + problems.sorted());
        }
        Results results = new ResultsCalculator().compute(loaded, buildDate);
        // the stylesheet and script names appear in <head> only, which the benchmark does not compare
        PagePlanner planner = new PagePlanner(results, buildDate, banner, "congkhai", new Views.AssetsView("", "", "", ""));
        // chosen by address, as the comparison chooses them: a new page kind there (a leaderboard's second page, say)
        // is exported too; Hugo silently skips a page whose layout is missing, so the comparison reports the page
        // missing until bench/hugo/layouts/_default/ has a layout of the template's name
        List<PageSpec> pages = planner.planData().stream().filter(p -> MainTextComparison.compared(p.path())).toList();

        vn.congkhai.TestProjects.deleteTree(hugoDir.resolve("content"));
        vn.congkhai.TestProjects.deleteTree(hugoDir.resolve("data"));
        Files.createDirectories(hugoDir.resolve("data"));
        pages.parallelStream().forEach(spec -> write(spec, hugoDir.resolve("content")));
        Views.SiteView site = (Views.SiteView) pages.get(0).model().get().get("site");
        JSON.writeValue(hugoDir.resolve("data/site.json").toFile(), site);
        return pages.size();
    }

    private static void write(PageSpec spec, Path content) {
        Map<String, Object> model = spec.model().get();
        Map<String, Object> front = new LinkedHashMap<>();
        front.put("title", spec.listing().title());
        front.put("url", "/" + spec.path());
        front.put("layout", spec.template().replace(".ftlh", ""));
        model.forEach((key, value) -> {
            if (!key.equals("site") && !key.equals("assets")) {
                front.put(key.equals("page") ? "meta" : key.toLowerCase(Locale.ROOT), value);
            }
        });
        Path file = content.resolve(spec.path().replaceFirst("\\.html$", ".md"));
        try {
            Files.createDirectories(file.getParent());
            // JSON front matter: the file is one JSON object and an empty body
            Files.write(file, JSON.writeValueAsBytes(front));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
