package vn.congkhai;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a build is asked to do. The Maven goal, the command line and the tests all make one of these
 * and call {@link Portal#build(BuildConfig)}.
 *
 * @param projectDir the ward's repository: {@code content/}, {@code data/}, {@code templates/}, {@code assets/}
 * @param outputDir  where the portal is published, normally {@code projectDir/site}
 * @param buildDate  the date the portal is "as of"; when empty it comes from {@code jbake.properties}
 *                   ({@code congkhai.build.date}), then {@code SOURCE_DATE_EPOCH}, then today's date,
 *                   read once before anything is rendered
 * @param shards     which share of the per-item pages to render ({@link ShardPlan#WHOLE}: all of the portal);
 *                   the shards are joined by {@link Portal#merge}
 * @param force      build in full even when nothing changed since the last build ({@code --force},
 *                   {@code congkhai.force}); see {@link vn.congkhai.publish.UpToDate}
 */
public record BuildConfig(Path projectDir, Path outputDir, Optional<LocalDate> buildDate, ShardPlan shards, boolean force) {

    public BuildConfig(Path projectDir, Path outputDir, Optional<LocalDate> buildDate) {
        this(projectDir, outputDir, buildDate, ShardPlan.WHOLE, false);
    }

    public BuildConfig(Path projectDir, Path outputDir, Optional<LocalDate> buildDate, boolean force) {
        this(projectDir, outputDir, buildDate, ShardPlan.WHOLE, force);
    }

    public BuildConfig(Path projectDir, Path outputDir, Optional<LocalDate> buildDate, ShardPlan shards) {
        this(projectDir, outputDir, buildDate, shards, false);
    }

    public static BuildConfig of(Path projectDir) {
        return new BuildConfig(projectDir, projectDir.resolve("site"), Optional.empty());
    }

    public BuildConfig withOutput(Path outputDir) {
        return new BuildConfig(projectDir, outputDir, buildDate, shards, force);
    }

    public BuildConfig withBuildDate(LocalDate date) {
        return new BuildConfig(projectDir, outputDir, Optional.of(date), shards, force);
    }

    public BuildConfig withShards(ShardPlan plan) {
        return new BuildConfig(projectDir, outputDir, buildDate, plan, force);
    }

    /** The same build, run in full whatever the up-to-date check would say. */
    public BuildConfig forced() {
        return new BuildConfig(projectDir, outputDir, buildDate, shards, true);
    }

    /** Where a shard goes when no output folder is named: {@code site-shard-K}, beside {@code site}. */
    public static Path shardOutput(Path projectDir, ShardPlan plan) {
        return projectDir.resolve("site-shard-" + plan.index());
    }
}
