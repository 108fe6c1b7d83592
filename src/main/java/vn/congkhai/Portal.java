package vn.congkhai;

import vn.congkhai.check.ConformanceChecker;
import vn.congkhai.check.SiteChecker;
import vn.congkhai.compute.ResultsCalculator;
import vn.congkhai.load.ContentLoader;
import vn.congkhai.load.DataLoader;
import vn.congkhai.load.RuleLoader;
import vn.congkhai.model.Conformance;
import vn.congkhai.model.Rule;
import vn.congkhai.model.ContentDoc;
import vn.congkhai.model.Project;
import vn.congkhai.model.Results;
import vn.congkhai.model.Say;
import vn.congkhai.model.SourceRef;
import vn.congkhai.model.Unit;
import vn.congkhai.publish.SiteManifest;
import vn.congkhai.model.Problem;
import vn.congkhai.publish.BuildLock;
import vn.congkhai.publish.BuildRecord;
import vn.congkhai.publish.VersionFile;
import vn.congkhai.render.AssetNames;
import vn.congkhai.publish.OutputGuard;
import vn.congkhai.publish.PublishingSink;
import vn.congkhai.publish.SitePublisher;
import vn.congkhai.publish.Staging;
import vn.congkhai.publish.UpToDate;
import vn.congkhai.publish.ShardRecord;
import vn.congkhai.publish.ShardSet;
import vn.congkhai.render.PageShares;
import vn.congkhai.render.AsciidocCache;
import vn.congkhai.render.AsciidocConverter;
import vn.congkhai.render.AsciidocWarnings;
import vn.congkhai.render.Asset;
import vn.congkhai.render.AssetLimits;
import vn.congkhai.render.Assets;
import vn.congkhai.check.AssetContent;
import vn.congkhai.model.StoredFile;
import vn.congkhai.render.ConformanceViews;
import vn.congkhai.render.GeneratedFiles;
import vn.congkhai.render.search.SearchIndex;
import vn.congkhai.render.PagePlanner;
import vn.congkhai.render.PageSpec;
import vn.congkhai.render.SiteRenderer;
import vn.congkhai.validate.DataValidator;
import vn.congkhai.model.Publications;
import vn.congkhai.render.GeneratedFile;
import vn.congkhai.validate.PublicationValidator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        return build(config, Progress.NONE);
    }

    /**
     * A build that reports its progress while it renders (the Maven log, the command line). With
     * {@link BuildConfig#shards} other than {@link ShardPlan#WHOLE}, only that shard's per-item pages are rendered,
     * checked and published, with a {@link ShardRecord} for {@link #merge}.
     */
    public static BuildResult build(BuildConfig config, Progress progress) {
        progress.start();
        try {
            return buildLocked(config, progress, null);
        } finally {
            progress.stop();
        }
    }

    public static BuildResult merge(BuildConfig config, List<Path> shardDirs) {
        return merge(config, shardDirs, Progress.NONE);
    }

    /**
     * Joins the shards of a sharded build ({@code congkhai merge}): loads, validates and computes like a build,
     * adopts the shards' pages as they were rendered, renders what spans the portal (home, first pages of lists
     * and leaderboards, site map, search, sitemap, open data, conformance), checks the whole site and publishes
     * it as a build would. The result is byte for byte the site one unsharded build makes.
     *
     * @param shardDirs the output folder of every shard, 1 … N, inside the project
     */
    public static BuildResult merge(BuildConfig config, List<Path> shardDirs, Progress progress) {
        progress.start();
        try {
            return buildLocked(config.withShards(ShardPlan.WHOLE), progress, List.copyOf(shardDirs));
        } finally {
            progress.stop();
        }
    }

    private static BuildResult buildLocked(BuildConfig config, Progress progress, List<Path> mergeFrom) {
        Path project = config.projectDir().toAbsolutePath().normalize();
        Path output = config.outputDir().toAbsolutePath().normalize();
        Problems problems = new Problems();
        Map<String, Long> times = new LinkedHashMap<>();
        Optional<Problem> unsafeOutput = OutputGuard.check(project, output);
        if (unsafeOutput.isPresent()) {
            problems.add(unsafeOutput.get());
            return failed(output, problems, times);
        }
        try (BuildLock lock = BuildLock.tryAcquire(project).orElse(null)) {
            if (lock == null) {
                problems.error(SourceRef.file(".congkhai/build.lock"), "", Say.of("Một lần dựng cổng khác của dự án này đang chạy.",
                        "Another build of this project is running."), Say.of("Chờ lần dựng đó xong rồi chạy lại.", "Wait for it to finish, then run again."));
                return failed(output, problems, times);
            }
            vn.congkhai.publish.ClassArchiveFolder.prepare(project); // the JVM's class archive is written as it exits
            SitePublisher.restoreInterrupted(output);
            long t0 = System.nanoTime();
            // a shard or a merge always builds: the up-to-date check is for a whole portal built in one go
            boolean whole = config.shards().isWhole() && mergeFrom == null;
            UpToDate.Verdict verdict = UpToDate.check(project, output, config.buildDate(), LocalDate.now(VIETNAM), config.force() || !whole);
            if (verdict.current().isPresent()) {
                lap(times, "up-to-date", t0); // nothing loaded, rendered or written: the last build's site stands
                UpToDate.Record last = verdict.current().get();
                return new BuildResult(true, output, last.problems(), last.pages(), 0, last.files(), 0, times, last.conformance(), true);
            }
            // deploying refuses a site whose last build failed: a build that dies half-way counts as failed
            BuildRecord.write(project, output, false);
            UpToDate.forget(project, output);
            if (!config.shards().isWhole()) {
                ShardRecord.markStarted(output); // likewise a shard's record: a merge refuses a shard whose build did not finish
            }
            SourcesRead read = new SourcesRead();
            BuildResult result = build(config, project, output, problems, times, progress, mergeFrom, read);
            if (whole && result.published()) {
                // the fingerprint taken before the build read anything, unless the build read other folders than the check hashed
                Optional<String> fingerprint = read.roots.equals(verdict.roots()) ? verdict.fingerprint()
                        : UpToDate.fingerprint(project, output, read.roots);
                int files = UpToDate.filesPublished(project, output);
                fingerprint.ifPresent(f -> UpToDate.save(project, output, new UpToDate.Record(f, read.roots, read.dateSource, read.date,
                        result.pages(), files, result.conformanceLine(), result.problems())));
            }
            BuildRecord.write(project, output, result.published());
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a build read, for the up-to-date check of the next one: its source folders and its date, and whence. */
    private static final class SourcesRead {
        List<String> roots = UpToDate.DEFAULT_ROOTS;
        String dateSource = UpToDate.DATE_TODAY;
        LocalDate date;
    }

    private static BuildResult build(BuildConfig config, Path project, Path output, Problems problems, Map<String, Long> times,
                                     Progress progress, List<Path> mergeFrom, SourcesRead read) {
        ShardPlan shard = config.shards();
        long t0 = System.nanoTime();
        AsciidocCache.startEngineOnFirstBuild(project); // a cold build's longest path: JRuby's start (issue 13)

        // load
        // jbake.properties says where content and assets are; read without expanding ${env:…} or ${file:…}
        SiteRenderer renderer = new SiteRenderer(project, vn.congkhai.load.ProjectProperties.read(project, problems));
        List<Path> folders = sourceFolders(project, renderer, problems);
        if (!problems.hasErrors()) {
            vn.congkhai.render.TemplateLinks.check(project, folders.get(1), problems);
        }
        OutputGuard.check(project, output, folders, SiteManifest.exists(project, output)).forEach(problems::add);
        if (problems.hasErrors()) {
            return failed(output, problems, times);
        }
        read.roots = roots(project, folders);
        LocalDate buildDate = buildDate(config, project, renderer, problems, read);
        List<Path> inputs = List.of(project.resolve("data"), folders.get(0), folders.get(1), folders.get(2), project.resolve("jbake.properties"));
        ShardSet shardSet = null;
        if (mergeFrom != null) { // checked before the data is read: the shards must have been built from these very inputs
            shardSet = ShardSet.read(project, mergeFrom, output, ShardRecord.fingerprint(project, buildDate, inputs), problems);
            if (shardSet == null) {
                return failed(output, problems, times);
            }
        }
        // what this build renders itself: all; a shard, its share of the per-item pages; a merge, the rest
        java.util.function.Predicate<PageSpec> renders = mergeFrom != null ? p -> !PageShares.perItem(p)
                : shard.isWhole() ? p -> true : p -> PageShares.perItem(p) && shard.owns(p.path());
        java.util.function.Predicate<String> rendersFile = mergeFrom != null ? p -> false : shard::owns; // documents' files, QR codes
        List<ContentDoc> docs = new ContentLoader(project, folders.get(0), problems).load();
        AsciidocCache asciidocCache = new AsciidocCache(project, buildDate);
        asciidocCache.startEngineIfMissing(docs); // JRuby's seconds of start-up overlap the YAML below
        DataLoader data = new DataLoader(project, problems);
        Publications publications = data.publications(); // notices carry AsciiDoc bodies: read them first
        List<ContentDoc> asciidoc = new ArrayList<>(docs);
        asciidoc.addAll(PagePlanner.embeddedAsciidoc(publications));
        if (!shard.isWhole()) {
            asciidoc.removeIf(d -> !shard.owns(d.outputPath())); // a shard converts its own pages; the merge all, for search
        }
        // AsciiDoc that changed since the last build is converted in the background from here on
        CompletableFuture<Map<String, AsciidocConverter.Conversion>> converted = problems.hasErrors()
                ? CompletableFuture.completedFuture(Map.of())
                : asciidocCache.convertAll(asciidoc);
        CompletableFuture<List<Unit>> units = CompletableFuture.supplyAsync(data::units); // beside the score sheets
        Project loaded = new Project(data.site(), List.of(), data.rubrics(), data.sheets(), data.awards(), docs, publications);
        loaded = new Project(loaded.site(), units.join(), loaded.rubrics(), loaded.sheets(), loaded.awards(), docs, publications);
        List<Rule> rules = new RuleLoader(project, problems).load();
        boolean banner = onOff(project, renderer.config().get("congkhai.illustrative.banner"), "congkhai.illustrative.banner", problems);
        t0 = lap(times, "load", t0);

        // validate
        Map<String, Asset> assets = publishedAsTheyAre(project, folders.get(2), renderer, publications, problems); // listed once: checked here, published below
        new DataValidator(problems).validate(loaded, problems.filesWithErrors(), assets::containsKey);
        new PublicationValidator(problems).validate(loaded, buildDate);
        t0 = lap(times, "validate", t0);
        if (problems.hasErrors()) {
            return failed(output, problems, times);
        }
        // compute
        Results results = new ResultsCalculator().compute(loaded, buildDate);
        t0 = lap(times, "compute", t0);

        // render, with check and staging fed page by page
        AssetNames named = AssetNames.fingerprint(assets);
        PagePlanner planner = new PagePlanner(results, buildDate, banner, GENERATOR, named.view());
        List<PageSpec> dataPages = planner.planData();
        progress.planned(dataPages.size() + docs.size() + 2); // content pages, the site map and the conformance page to come
        List<PageSpec> skipped = new ArrayList<>(); // planned, not rendered here: another shard's, or a shard's in a merge
        SiteChecker checker = new SiteChecker(problems, project.relativize(output).toString().replace('\\', '/'),
                PagePlanner.basePath(loaded.site().baseUrl()));
        try (Staging staging = SitePublisher.begin(output)) {
            PublishingSink sink = new PublishingSink(SiteManifest.open(project, output), staging, checker, progress::pageDone);
            renderer.render(share(dataPages, renders, skipped), sink, problems);
            Map<String, String> docHtml = new LinkedHashMap<>();
            Map<String, Integer> bodyLine = new HashMap<>(); // a notice's body starts below its `body:` key
            publications.notices().forEach(n -> bodyLine.put(n.where().at().file(), n.where().of("body").line()));
            Map<String, AsciidocConverter.Conversion> conversions = converted.join();
            conversions.forEach((source, c) -> {
                docHtml.put(source, c.html());
                c.warnings().forEach(w -> {
                    SourceRef at = new SourceRef(source, Math.max(w.line(), 1) + bodyLine.getOrDefault(source, 0), 1);
                    String field = bodyLine.containsKey(source) ? "body" : "";
                    if (AsciidocWarnings.isError(w.message())) { // a link the page would run, or a page not converted: refused
                        SourceRef where = w.line() > 0 ? at : bodyLine.containsKey(source) ? new SourceRef(source, bodyLine.get(source), 1)
                                : SourceRef.file(source);
                        problems.error(where, field, AsciidocWarnings.explain(w.message()), AsciidocWarnings.fix(w.message()));
                    } else {
                        problems.warning(at, field, AsciidocWarnings.explain(w.message()),
                                Say.of("Sửa nội dung tại dòng này để hiện đúng.", "Correct the text at this line so that it shows as meant."));
                    }
                });
            });
            asciidoc.forEach(d -> checker.sourceOf(d.outputPath(), d.sourcePath()));
            List<PageSpec> contentPages = planner.planContent(docHtml);
            progress.planned(dataPages.size() + contentPages.size() + 2);
            checkUniquePaths(dataPages, contentPages, problems, ConformanceViews.PAGE, PagePlanner.SITE_MAP); // both rendered last
            if (problems.hasErrors()) {
                return failed(output, problems, times);
            }
            renderer.render(share(contentPages, renders, skipped), sink, problems);
            List<PageSpec> allPages = new ArrayList<>(dataPages);
            allPages.addAll(contentPages);
            allPages.add(planner.conformanceListed()); // rendered after the check, listed with the rest
            PageSpec siteMap = planner.siteMap(allPages); // lists every page, so planned last
            renderer.render(share(List.of(siteMap), renders, skipped), sink, problems);
            allPages.add(siteMap);
            Map<String, String> pageText = new LinkedHashMap<>();
            asciidoc.forEach(d -> pageText.put(d.outputPath(), SearchIndex.text(
                    Optional.ofNullable(conversions.get(d.sourcePath())).map(AsciidocConverter.Conversion::text).orElse(""), d.tags())));
            List<GeneratedFile> generated = new ArrayList<>();
            List<String> notMine = new ArrayList<>(skipped.stream().map(PageSpec::path).toList());
            planner.files().forEach(f -> {
                if (rendersFile.test(f.path())) {
                    generated.add(f);
                } else {
                    notMine.add(f.path());
                }
            });
            // the files made from every page span the portal: a merge's or a whole build's (a shard only knows their names)
            List<GeneratedFile> spanning = planner.planFiles(allPages, shard.isWhole() ? pageText : Map.of());
            if (shard.isWhole()) {
                generated.addAll(spanning);
            } else {
                spanning.forEach(f -> checker.known(f.path()));
            }
            GeneratedFiles.write(generated, sink); // through the sink: staged, in the manifest (deploying checks every file), kept when unchanged
            if (shardSet != null) {
                adopt(shardSet, notMine, sink, problems);
            } else {
                notMine.forEach(checker::known); // another shard renders them: links to them are fine
            }
            Map<String, Asset> files = new java.util.TreeMap<>(named.files());
            if (shard.isWhole()) { // a shard does not publish it: the digest of every input is not read for nothing
                files.put(AssetNames.VERSION_FILE, Asset.shipped(VersionFile.json(project, buildDate, GENERATOR, inputs,
                        List.of(named.view().css(), named.view().js(), named.view().search()))));
            } else {
                checker.known(AssetNames.VERSION_FILE);
            }
            files.forEach((path, asset) -> {
                if (!shard.isWhole()) {
                    checker.known(path); // the merge publishes the assets
                    return;
                }
                if (staging.has(path)) {
                    problems.error(SourceRef.file(path), "", Say.of("Tệp này trùng địa chỉ `" + path + "` với một trang của cổng.",
                                    "This file has the address `" + path + "` of a page of the portal."),
                            Say.of("Đổi tên tệp trong thư mục tài nguyên, hoặc đổi tên trang.", "Rename the asset, or the page."));
                    return;
                }
                if (path.endsWith(".html")) {
                    // a page like any other (its content was held to the stricter asset rules, hence at most 2 MB)
                    try (java.io.InputStream in = asset.open()) {
                        checker.inspect(path, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                } else {
                    checker.known(path);
                }
                if (asset.onDisk().isPresent()) {
                    sink.copyFile(path, asset); // streamed: an asset is never held whole in memory
                } else {
                    sink.writeFile(path, asset.shipped());
                }
            });
            t0 = lap(times, "render", t0);

            // check: every page was checked as it was staged; links between them are settled here (the
            // conformance page and its JSON, which every footer links to, come after and are promised now)
            checker.known(ConformanceViews.PAGE);
            checker.known(ConformanceViews.JSON);
            checker.finish();
            if (problems.hasErrors()) {
                return failed(output, problems, times);
            }
            if (!shard.isWhole()) { // the conformance rules read the whole site: the merge runs them
                sink.writeFile(ShardRecord.FILE, new ShardRecord(shard.index(), shard.count(), ShardRecord.fingerprint(project, buildDate, inputs),
                        true, sink.stagedDigests()).json());
                staging.commit();
                sink.saveManifest();
                lap(times, "publish", t0);
                int pages = (int) allPages.stream().filter(renders).count();
                return new BuildResult(true, output, problems.sorted(), pages, staging.written(), staging.unchanged(),
                        checker.parsedPages(), times, Say.NOTHING);
            }
            // then the conformance rules read the staged site, and the page reporting on them is rendered and
            // checked like any other (its links are settled by a second finish: problems are never listed twice)
            Conformance conformance = new ConformanceChecker(loaded, buildDate).check(rules, staging.dir(), problems);
            renderer.render(List.of(planner.conformance(conformance)), sink, problems);
            sink.writeFile(ConformanceViews.JSON, ConformanceViews.json(conformance)); // recorded in the manifest, like every file
            checker.finish();
            t0 = lap(times, "check", t0);
            if (problems.hasErrors()) {
                return new BuildResult(false, output, problems.sorted(), 0, 0, 0, 0, times, conformance.line());
            }

            // publish
            staging.commit();
            sink.saveManifest();
            lap(times, "publish", t0);
            int pages = allPages.size(); // the conformance page among them
            return new BuildResult(true, output, problems.sorted(), pages, staging.written(), staging.unchanged(),
                    checker.parsedPages(), times, conformance.line());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The content, template and asset folders (JBake's {@code content.folder}, {@code template.folder},
     * {@code asset.folder}): each must be inside the project, and one named in jbake.properties must exist.
     */
    private static List<Path> sourceFolders(Path project, SiteRenderer renderer, Problems problems) {
        List<Path> folders = new ArrayList<>();
        String[][] keys = {{"content.folder", "content"}, {"template.folder", "templates"}, {"asset.folder", "assets"}};
        java.io.File[] configured = {renderer.config().getContentFolder(), renderer.wardTemplateFolder(), renderer.config().getAssetFolder()};
        for (int i = 0; i < keys.length; i++) {
            Path folder = configured[i].toPath().toAbsolutePath().normalize();
            SourceRef at = propertyLine(project, keys[i][0]);
            // links resolved: `templates/` may itself be a link out of the project
            if (!folder.startsWith(project) || java.nio.file.Files.exists(folder) && !vn.congkhai.load.ProjectFiles.isInside(project, folder)) {
                String example = keys[i][0] + "=" + keys[i][1];
                String shown = folder.startsWith(project) ? project.relativize(folder).toString() : configured[i].toString();
                problems.error(at, keys[i][0], Say.of("Thư mục `" + shown + "` nằm ngoài dự án.",
                                "The folder `" + shown + "` is outside the project."),
                        Say.of("Dùng một thư mục bên trong dự án, ví dụ `" + example + "`.", "Use a folder inside the project, e.g. `" + example + "`."));
            } else if (at.line() > 0 && !java.nio.file.Files.isDirectory(folder)) {
                problems.error(at, keys[i][0], Say.of("Không có thư mục `" + project.relativize(folder) + "`.",
                                "There is no folder `" + project.relativize(folder) + "`."),
                        Say.of("Sửa tên thư mục ở dòng này, hoặc xóa dòng để dùng `" + keys[i][1] + "`.",
                                "Correct the folder's name on this line, or delete the line to use `" + keys[i][1] + "`."));
            }
            folders.add(folder);
        }
        return folders;
    }

    /**
     * The ward's assets and the files its documents and notices attach: listed (hidden names, links out of the
     * project, sizes refused there) and their content checked, since each is published as it is from the portal's
     * own address, where a script in it would run as the portal.
     */
    private static Map<String, Asset> publishedAsTheyAre(Path project, Path assetFolder, SiteRenderer renderer, Publications publications,
                                                         Problems problems) {
        AssetLimits limits = AssetLimits.read(renderer.config()::get, key -> propertyLine(project, key), problems);
        List<StoredFile> attached = new ArrayList<>();
        publications.documents().forEach(d -> attached.add(d.file()));
        publications.notices().forEach(n -> n.attachments().forEach(a -> attached.add(a.file())));
        attached.removeIf(f -> f.source().isEmpty());
        long attachedBytes = attached.stream().mapToLong(StoredFile::size).sum();
        Map<String, Asset> assets = Assets.collect(project, assetFolder, limits, attachedBytes, problems);
        AssetContent content = new AssetContent(problems);
        assets.forEach((path, asset) -> asset.onDisk().ifPresent(file -> content.check(project.relativize(assetFolder).resolve(
                path.substring("assets/".length())).toString().replace('\\', '/'), file)));
        new java.util.TreeMap<>(attached.stream().collect(java.util.stream.Collectors.toMap(StoredFile::source, StoredFile::location, (a, b) -> a)))
                .forEach((source, file) -> {
                    if (Assets.inHiddenFolder(project, file)) {
                        problems.error(SourceRef.file(source), "", Say.of("Tệp `" + source + "` nằm trong một thư mục ẩn (tên bắt đầu bằng dấu chấm, như .git).",
                                        "The file `" + source + "` is in a hidden folder (its name starts with a dot, like .git)."),
                                Say.of("Chép tệp vào content/tep/ và sửa đường dẫn.", "Copy the file into content/tep/ and correct the path."));
                    } else {
                        content.check(source, file);
                    }
                });
        return assets;
    }

    /** The pages this build renders itself; the others are added to {@code skipped}. */
    private static List<PageSpec> share(List<PageSpec> pages, java.util.function.Predicate<PageSpec> renders, List<PageSpec> skipped) {
        List<PageSpec> mine = new ArrayList<>();
        for (PageSpec p : pages) {
            (renders.test(p) ? mine : skipped).add(p);
        }
        return mine;
    }

    /**
     * Stages the shards' pages and files in a merge, each verified against the digest its shard recorded: exactly
     * the pages and files the merge planned and left to the shards, no more, no fewer.
     */
    private static void adopt(ShardSet shards, List<String> expected, PublishingSink sink, Problems problems) {
        Set<String> wanted = new HashSet<>(expected);
        List<ShardSet.Adopted> files = shards.files(problems);
        files.parallelStream().forEach(f -> {
            SourceRef at = SourceRef.file(f.shardName() + "/" + f.path());
            if (!wanted.contains(f.path())) {
                problems.error(at, "", Say.of("Phần dựng có tệp `" + f.path() + "` mà cổng không có (hoặc lần gộp tự dựng).",
                                "The shard holds the file `" + f.path() + "`, which the portal does not have (or the merge renders itself)."),
                        Say.of("Dựng lại mọi phần từ cùng dữ liệu với lần gộp.", "Build every shard again from the same data as the merge."));
            } else if (!sink.adopt(f.path(), f.file(), f.sha256())) {
                problems.error(at, "", Say.of("Tệp này không còn đúng như lúc phần dựng ghi lại (thiếu, hoặc nội dung đã đổi sau khi dựng).",
                                "This file is no longer what its shard recorded (missing, or changed after the build)."),
                        Say.of("Đừng sửa tay thư mục phần dựng: dựng lại phần đó rồi gộp lại.",
                                "Do not edit a shard's folder by hand: build that shard again, then merge."));
            }
        });
        Set<String> held = new HashSet<>();
        files.forEach(f -> held.add(f.path()));
        expected.stream().filter(p -> !held.contains(p)).sorted().limit(20).forEach(p ->
                problems.error(SourceRef.file(p), "", Say.of("Không phần dựng nào có trang `" + p + "`.", "No shard holds the page `" + p + "`."),
                        Say.of("Dựng lại mọi phần (cùng N, cùng dữ liệu) rồi gộp lại.", "Build every shard again (the same N, the same data), then merge.")));
    }

    /** A content page must not take the address of a generated page. */
    private static void checkUniquePaths(List<PageSpec> dataPages, List<PageSpec> contentPages, Problems problems, String... reserved) {
        Set<String> taken = new HashSet<>(List.of(reserved));
        dataPages.forEach(p -> taken.add(p.path()));
        for (PageSpec p : contentPages) {
            if (!taken.add(p.path())) {
                problems.error(SourceRef.file("content/" + p.path().replaceAll("\\.html$", ".adoc")), "",
                        Say.of("Trang này trùng địa chỉ `" + p.path() + "` với một trang khác của cổng.",
                                "This page has the address `" + p.path() + "` of another page of the portal."),
                        Say.of("Đổi tên tệp hoặc chuyển sang thư mục khác.", "Rename the file or move it to another folder."));
            }
        }
    }

    /** A switch in jbake.properties: a typo must not silently turn off, say, the illustrative-figures banner. */
    /** Where a key is set in jbake.properties, for messages; the file alone when it cannot be found. */
    static SourceRef propertyLine(Path project, String key) {
        return vn.congkhai.load.ProjectProperties.lineOf(project, key);
    }

    private static boolean onOff(Path project, Object value, String key, Problems problems) {
        String v = value == null ? "" : value.toString().strip().toLowerCase();
        switch (v) {
            case "true", "yes", "on", "1", "có":
                return true;
            case "", "false", "no", "off", "0", "không":
                return false;
            default:
                problems.error(propertyLine(project, key), key, Say.of("Giá trị `" + value + "` của " + key + " không rõ là bật hay tắt.",
                                "The value `" + value + "` of " + key + " is neither on nor off."),
                        Say.of("Viết `" + key + "=true` để bật hoặc `" + key + "=false` để tắt.",
                                "Write `" + key + "=true` to switch it on or `" + key + "=false` to switch it off."));
                return false;
        }
    }

    /**
     * The sources the up-to-date check hashes: jbake.properties, {@code data/}, {@code content/} (where attachments
     * must be) and the content, template and asset folders it names, project-relative and sorted.
     */
    private static List<String> roots(Path project, List<Path> folders) {
        java.util.TreeSet<String> roots = new java.util.TreeSet<>(List.of(vn.congkhai.load.ProjectProperties.FILE, "data", "content"));
        folders.forEach(f -> roots.add(project.relativize(f).toString().replace('\\', '/')));
        return List.copyOf(roots);
    }

    private static LocalDate buildDate(BuildConfig config, Path project, SiteRenderer renderer, Problems problems, SourcesRead read) {
        read.date = resolveDate(config, project, renderer, problems, read);
        return read.date;
    }

    private static LocalDate resolveDate(BuildConfig config, Path project, SiteRenderer renderer, Problems problems, SourcesRead read) {
        read.dateSource = UpToDate.DATE_GIVEN;
        if (config.buildDate().isPresent()) {
            return config.buildDate().get();
        }
        read.dateSource = UpToDate.DATE_PROPERTIES;
        Object configuredValue = renderer.config().get("congkhai.build.date");
        String configured = configuredValue == null ? null : configuredValue.toString();
        if (configured != null && !configured.isBlank()) {
            try {
                return LocalDate.parse(configured.strip());
            } catch (DateTimeParseException e) {
                problems.error(propertyLine(project, "congkhai.build.date"), "congkhai.build.date",
                        Say.of("Ngày `" + configured + "` không đúng dạng hoặc không có thật.",
                                "The date `" + configured + "` is badly written or does not exist."),
                        Say.of("Viết dạng năm-tháng-ngày, ví dụ 2024-11-30, hoặc xóa dòng này để dùng ngày hôm nay.",
                                "Write it year-month-day, e.g. 2024-11-30, or delete the line to use today's date."));
            }
        }
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d+")) {
            read.dateSource = UpToDate.DATE_EPOCH;
            return Instant.ofEpochSecond(Long.parseLong(epoch)).atZone(VIETNAM).toLocalDate();
        }
        read.dateSource = UpToDate.DATE_TODAY;
        return LocalDate.now(VIETNAM); // read once, before rendering starts
    }

    private static BuildResult failed(Path output, Problems problems, Map<String, Long> times) {
        return new BuildResult(false, output, problems.sorted(), 0, 0, 0, 0, times, Say.NOTHING);
    }

    private static long lap(Map<String, Long> times, String stage, long since) {
        long now = System.nanoTime();
        times.put(stage, (now - since) / 1_000_000);
        return now;
    }

}
