package vn.congkhai;

import vn.congkhai.check.SiteChecker;
import vn.congkhai.compute.ResultsCalculator;
import vn.congkhai.load.ContentLoader;
import vn.congkhai.load.DataLoader;
import vn.congkhai.model.ContentDoc;
import vn.congkhai.model.Project;
import vn.congkhai.model.Results;
import vn.congkhai.model.SourceRef;
import vn.congkhai.model.Unit;
import vn.congkhai.publish.SiteManifest;
import vn.congkhai.publish.PublishingSink;
import vn.congkhai.publish.SitePublisher;
import vn.congkhai.publish.Staging;
import vn.congkhai.render.AsciidocCache;
import vn.congkhai.render.Assets;
import vn.congkhai.render.PagePlanner;
import vn.congkhai.render.PageSpec;
import vn.congkhai.render.SiteRenderer;
import vn.congkhai.validate.DataValidator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The front door: builds a ward's portal.
 * <pre>
 *   load ──► validate ──► compute ──► render ──► check ──► publish
 *   YAML,     references,   scores,     pages      links,     staging folder
 *   AsciiDoc  sums, ranges  ranks       (parallel) lang,      swapped in only
 *   headers                                        scripts    when all passed
 * </pre>
 * Problems from every stage are collected; the first stage that ends with errors stops the build
 * and the previously published site is left exactly as it was.
 */
public final class Portal {
    public static final String GENERATOR = "congkhai";
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Portal() {
    }

    public static BuildResult build(BuildConfig config) {
        Path project = config.projectDir().toAbsolutePath().normalize();
        Path output = config.outputDir().toAbsolutePath().normalize();
        Problems problems = new Problems();
        Map<String, Long> times = new LinkedHashMap<>();
        long t0 = System.nanoTime();

        // load
        List<ContentDoc> docs = new ContentLoader(project, problems).load();
        // AsciiDoc that changed since the last build is converted in the background from here on
        CompletableFuture<Map<String, String>> docHtml = problems.hasErrors()
                ? CompletableFuture.completedFuture(Map.of())
                : new AsciidocCache(project).convertAll(docs);
        DataLoader data = new DataLoader(project, problems);
        CompletableFuture<List<Unit>> units = CompletableFuture.supplyAsync(data::units); // beside the score sheets
        Project loaded = new Project(data.site(), List.of(), data.rubrics(), data.sheets(), docs);
        loaded = new Project(loaded.site(), units.join(), loaded.rubrics(), loaded.sheets(), docs);
        SiteRenderer renderer = new SiteRenderer(project);
        LocalDate buildDate = buildDate(config, renderer, problems);
        boolean banner = "true".equalsIgnoreCase(String.valueOf(renderer.config().get("congkhai.illustrative.banner")).strip());
        t0 = lap(times, "load", t0);

        // validate
        new DataValidator(problems).validate(loaded);
        t0 = lap(times, "validate", t0);
        if (problems.hasErrors()) {
            return failed(output, problems, times);
        }
        // compute
        Results results = new ResultsCalculator().compute(loaded);
        t0 = lap(times, "compute", t0);

        // render, with check and staging fed page by page
        PagePlanner planner = new PagePlanner(results, buildDate, banner, GENERATOR);
        List<PageSpec> dataPages = planner.planData();
        SiteChecker checker = new SiteChecker(problems, project.relativize(output).toString().replace('\\', '/'));
        try (Staging staging = SitePublisher.begin(output)) {
            PublishingSink sink = new PublishingSink(SiteManifest.open(project, output), staging, checker);
            renderer.render(dataPages, sink, problems);
            List<PageSpec> contentPages = planner.planContent(docHtml.join());
            checkUniquePaths(dataPages, contentPages, problems);
            if (problems.hasErrors()) {
                return failed(output, problems, times);
            }
            renderer.render(contentPages, sink, problems);
            Assets.collect(project).forEach((path, bytes) -> {
                checker.known(path);
                staging.write(path, bytes);
            });
            t0 = lap(times, "render", t0);

            // check
            checker.finish();
            t0 = lap(times, "check", t0);
            if (problems.hasErrors()) {
                return failed(output, problems, times);
            }

            // publish
            staging.commit();
            sink.saveManifest();
            lap(times, "publish", t0);
            int pages = dataPages.size() + contentPages.size();
            return new BuildResult(true, output, problems.sorted(), pages, staging.written(), staging.unchanged(),
                    checker.parsedPages(), times);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A content page must not take the address of a generated page. */
    private static void checkUniquePaths(List<PageSpec> dataPages, List<PageSpec> contentPages, Problems problems) {
        Set<String> taken = new HashSet<>();
        dataPages.forEach(p -> taken.add(p.path()));
        for (PageSpec p : contentPages) {
            if (!taken.add(p.path())) {
                problems.error(SourceRef.file("content/" + p.path().replaceAll("\\.html$", ".adoc")), "",
                        "Trang này trùng địa chỉ `" + p.path() + "` với một trang khác của cổng.",
                        "Đổi tên tệp hoặc chuyển sang thư mục khác.");
            }
        }
    }

    private static LocalDate buildDate(BuildConfig config, SiteRenderer renderer, Problems problems) {
        if (config.buildDate().isPresent()) {
            return config.buildDate().get();
        }
        Object configuredValue = renderer.config().get("congkhai.build.date");
        String configured = configuredValue == null ? null : configuredValue.toString();
        if (configured != null && !configured.isBlank()) {
            try {
                return LocalDate.parse(configured.strip());
            } catch (DateTimeParseException e) {
                problems.error(SourceRef.file("jbake.properties"), "congkhai.build.date", "Ngày `" + configured + "` không đúng dạng.",
                        "Viết dạng năm-tháng-ngày, ví dụ 2024-11-30, hoặc xóa dòng này để dùng ngày hôm nay.");
            }
        }
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d+")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch)).atZone(VIETNAM).toLocalDate();
        }
        return LocalDate.now(VIETNAM); // read once, before rendering starts
    }

    private static BuildResult failed(Path output, Problems problems, Map<String, Long> times) {
        return new BuildResult(false, output, problems.sorted(), 0, 0, 0, 0, times);
    }

    private static long lap(Map<String, Long> times, String stage, long since) {
        long now = System.nanoTime();
        times.put(stage, (now - since) / 1_000_000);
        return now;
    }

}
