package vn.congkhai.cli;

import vn.congkhai.BuildConfig;
import vn.congkhai.BuildResult;
import vn.congkhai.Portal;
import vn.congkhai.Progress;
import vn.congkhai.Report;
import vn.congkhai.model.Lang;
import vn.congkhai.model.Problem;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The command line: {@code congkhai <command> ...}, one class per command so that each stays small.
 * <p>Exit status: 0 done, 1 the command ran and failed (for {@code build}: the data or templates have errors,
 * nothing published), 2 bad arguments.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String command = args.length == 0 ? "" : args[0];
        return switch (command) {
            case "build" -> build(args, out, err);
            case "merge" -> MergeCommand.run(args, out, err);
            case "publish" -> PublishCommand.run(args, out, err);
            case "rollback" -> RollbackCommand.run(args, out, err);
            case "releases" -> ReleasesCommand.run(args, out, err);
            case "serve" -> ServeCommand.run(args, out, err);
            default -> {
                err.println("Cách dùng: congkhai build [--project THƯ_MỤC] [--output THƯ_MỤC] [--date NĂM-THÁNG-NGÀY] [--lang vi|en] [--stats] [--force] [--shard K/N]");
                err.println("           " + MergeCommand.USAGE);
                err.println("           congkhai publish|rollback|releases " + DeployArgs.USAGE);
                err.println("           " + ServeCommand.USAGE);
                yield 2;
            }
        };
    }

    /**
     * On a terminal one line rewritten in place; anywhere else (CI logs, a file) one whole line each time,
     * because a carriage return there leaves every state of the animation glued on one line.
     */
    static Consumer<String> progressLines(PrintStream out, boolean terminal) {
        if (!terminal) {
            return out::println;
        }
        return line -> {
            out.print("\r" + line + "\u001b[K"); // ESC[K: clear what a longer line left behind
            out.flush();
        };
    }

    /** {@code congkhai build [--project DIR] [--output DIR] [--date YYYY-MM-DD] [--lang vi|en] [--stats] [--force] [--shard K/N]} */
    private static int build(String[] args, PrintStream out, PrintStream err) {
        Options o = new Options();
        if (!o.read(args, Set.of("--output", "--shard"), Set.of("--stats", "--force"), err)) {
            return 2;
        }
        BuildConfig config = o.config();
        if (o.has("--force")) {
            config = config.forced(); // build in full even when nothing changed
        }
        if (o.value("--shard").isPresent()) {
            java.util.Optional<vn.congkhai.ShardPlan> plan = vn.congkhai.ShardPlan.parse(o.value("--shard").get());
            if (plan.isEmpty()) {
                err.println("Tham số `--shard " + o.value("--shard").get() + "` phải có dạng K/N, 1 ≤ K ≤ N, ví dụ `--shard 2/4`"
                        + " (--shard must read K/N with 1 ≤ K ≤ N, e.g. `--shard 2/4`).");
                return 2;
            }
            config = config.withShards(plan.get()).withOutput(vn.congkhai.BuildConfig.shardOutput(o.project, plan.get()));
        }
        BuildConfig built = config;
        config = o.value("--output").map(Path::of).map(built::withOutput).orElse(built);
        BuildConfig finalConfig = config;
        return report(o, out, err, progress -> Portal.build(finalConfig, progress));
    }

    /** Runs a build or a merge with progress lines, then prints its problems, summary and (--stats) figures. */
    static int report(Options o, PrintStream out, PrintStream err, java.util.function.Function<Progress, BuildResult> run) {
        Path project = o.project;
        Lang lang = o.lang;
        long start = System.nanoTime();
        boolean terminal = System.console() != null;
        Progress progress = new Progress(lang, System::nanoTime, progressLines(out, terminal));
        BuildResult result = run.apply(progress);
        if (terminal && progress.printed()) {
            out.println(); // ends the line the progress kept rewriting
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        for (Problem p : result.problems()) {
            (p.isError() ? err : out).println(p.format(lang));
        }
        if (!result.problems().isEmpty()) {
            (result.published() ? out : err).println(Report.total(result, lang));
        }
        Report.summary(result, project, lang).forEach(result.published() ? out::println : err::println);
        if (o.has("--stats")) {
            double seconds = millis / 1000.0;
            out.printf("stats: pages=%d wall_ms=%d pages_per_s=%.0f peak_rss_mib=%d%n", result.pages(), millis,
                    result.pages() / Math.max(seconds, 0.001), Report.peakRssMiB());
        }
        return result.published() ? 0 : 1;
    }
}
