package vn.congkhai;

import vn.congkhai.check.SiteChecker;
import vn.congkhai.compute.ResultsCalculator;
import vn.congkhai.load.ContentLoader;
import vn.congkhai.load.DataLoader;
import vn.congkhai.model.ContentDoc;
import vn.congkhai.model.Project;
import vn.congkhai.model.Results;
import vn.congkhai.model.SourceRef;
import vn.congkhai.publish.SitePublisher;
import vn.congkhai.publish.Staging;
import vn.congkhai.render.AsciidocConverter;
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
import java.util.HashMap;
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
        try (AsciidocConverter asciidoc = docs.isEmpty() ? null : new AsciidocConverter()) { // JRuby starts now, in the background
            DataLoader data = new DataLoader(project, problems);
            Project loaded = new Project(data.site(), data.units(), data.rubrics(), data.sheets(), docs);
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
            Map<String, String> html = new HashMap<>();
            for (ContentDoc d : docs) {
                html.put(d.sourcePath(), asciidoc.convert(d.asciidoc()));
            }
            List<PageSpec> pages = new PagePlanner(results, html, buildDate, banner, GENERATOR).plan();
            checkUniquePaths(pages, docs, problems);
            if (problems.hasErrors()) {
                return failed(output, problems, times);
            }
            SiteChecker checker = new SiteChecker(problems, project.relativize(output).toString().replace('\\', '/'));
            try (Staging staging = SitePublisher.begin(output)) {
                renderer.render(pages, page -> {
                    checker.inspect(page.path(), page.bytes());
                    staging.write(page.path(), page.bytes());
                }, problems);
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
                lap(times, "publish", t0);
                return new BuildResult(true, output, problems.sorted(), pages.size(), staging.written(), staging.unchanged(), times);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A content page must not take the address of a generated page, nor two pages one address. */
    private static void checkUniquePaths(List<PageSpec> pages, List<ContentDoc> docs, Problems problems) {
        Map<String, Long> count = new HashMap<>();
        pages.forEach(p -> count.merge(p.path(), 1L, Long::sum));
        for (ContentDoc d : docs) {
            if (count.getOrDefault(d.outputPath(), 0L) > 1) {
                problems.error(SourceRef.file(d.sourcePath()), "", "Trang này trùng địa chỉ `" + d.outputPath()
                        + "` với một trang khác của cổng.", "Đổi tên tệp hoặc chuyển sang thư mục khác.");
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
        return new BuildResult(false, output, problems.sorted(), 0, 0, 0, times);
    }

    private static long lap(Map<String, Long> times, String stage, long since) {
        long now = System.nanoTime();
        times.put(stage, (now - since) / 1_000_000);
        return now;
    }

}
