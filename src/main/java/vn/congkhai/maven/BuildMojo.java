package vn.congkhai.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import vn.congkhai.BuildConfig;
import vn.congkhai.BuildResult;
import vn.congkhai.Portal;
import vn.congkhai.Progress;
import vn.congkhai.Report;
import vn.congkhai.ShardPlan;
import vn.congkhai.model.Lang;
import vn.congkhai.model.Problem;
import vn.congkhai.model.Say;

import java.io.File;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * {@code mvn congkhai:build}: builds the ward portal from {@code content/}, {@code data/},
 * {@code templates/} and {@code assets/} into {@code site/}. Fails the Maven build, publishing
 * nothing, when the data has errors; every error is logged with its file, line and column.
 * With {@code -Dcongkhai.shard=K/N} it builds one shard of a sharded build (into {@code site-shard-K/} unless
 * another output is named), for {@code congkhai:merge} to join.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = true)
public class BuildMojo extends AbstractMojo {

    /** The ward's repository. */
    @Parameter(property = "congkhai.projectDirectory", defaultValue = "${project.basedir}", required = true)
    private File projectDirectory;

    /** Where the portal is published. */
    @Parameter(property = "congkhai.outputDirectory", defaultValue = "${project.basedir}/site", required = true)
    private File outputDirectory;

    /** The date the portal is "as of" (YYYY-MM-DD); by default jbake.properties, then SOURCE_DATE_EPOCH, then today. */
    @Parameter(property = "congkhai.buildDate")
    private String buildDate;

    /** The language of the problems and the summary in the log: {@code vi} (default) or {@code en}. */
    @Parameter(property = "congkhai.lang", defaultValue = "vi")
    private String lang;

    /** {@code K/N}: build only shard K of N of the per-item pages (one CI job each), for {@code congkhai:merge}. */
    @Parameter(property = "congkhai.shard")
    private String shard;

    @Parameter(property = "congkhai.skip", defaultValue = "false")
    private boolean skip;

    /** Build in full even when nothing changed since the last successful build (by default such a build writes nothing). */
    @Parameter(property = "congkhai.force", defaultValue = "false")
    private boolean force;

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("congkhai: bỏ qua (congkhai.skip=true)");
            return;
        }
        BuildConfig config = config(projectDirectory, outputDirectory, buildDate);
        if (force) {
            config = config.forced(); // build in full even when nothing changed
        }
        if (shard != null && !shard.isBlank()) {
            ShardPlan plan = ShardPlan.parse(shard).orElseThrow(() -> new MojoFailureException("congkhai.shard `" + shard
                    + "` phải có dạng K/N, 1 ≤ K ≤ N, ví dụ 2/4 (must read K/N with 1 ≤ K ≤ N, e.g. 2/4)."));
            config = config.withShards(plan);
            if (outputDirectory.toPath().toAbsolutePath().normalize().equals(projectDirectory.toPath().resolve("site").toAbsolutePath().normalize())) {
                config = config.withOutput(BuildConfig.shardOutput(projectDirectory.toPath(), plan)); // a shard never replaces the site
            }
        }
        Lang language = language(lang);
        BuildConfig finalConfig = config;
        logAndCheck(this, projectDirectory, language, Portal.build(finalConfig, new Progress(language, System::nanoTime, getLog()::info)));
    }

    static BuildConfig config(File projectDirectory, File outputDirectory, String buildDate) throws MojoFailureException {
        BuildConfig config = BuildConfig.of(projectDirectory.toPath()).withOutput(outputDirectory.toPath());
        if (buildDate != null && !buildDate.isBlank()) {
            try {
                config = config.withBuildDate(LocalDate.parse(buildDate.strip()));
            } catch (DateTimeParseException e) {
                throw new MojoFailureException("congkhai.buildDate `" + buildDate + "` phải có dạng năm-tháng-ngày, ví dụ 2024-11-30.");
            }
        }
        return config;
    }

    static Lang language(String lang) throws MojoFailureException {
        return Lang.parse(lang).orElseThrow(() -> new MojoFailureException("congkhai.lang `" + lang + "`: dùng `vi` hoặc `en`."));
    }

    /** Logs a build's or a merge's problems and summary; fails the Maven build when it published nothing. */
    static void logAndCheck(AbstractMojo mojo, File projectDirectory, Lang language, BuildResult result) throws MojoFailureException {
        for (Problem p : result.problems()) {
            if (p.isError()) {
                mojo.getLog().error(p.format(language));
            } else {
                mojo.getLog().warn(p.format(language));
            }
        }
        for (String line : Report.summary(result, projectDirectory.toPath(), language)) {
            mojo.getLog().info(line);
        }
        if (!result.published()) {
            throw new MojoFailureException(Say.of("Dữ liệu cổng có " + result.errorCount() + " lỗi (xem danh sách ở trên); chưa xuất bản gì.",
                    "The portal's data has " + result.errorCount() + " errors (listed above); nothing was published.").in(language));
        }
    }
}
