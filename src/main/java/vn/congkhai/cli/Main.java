package vn.congkhai.cli;

import vn.congkhai.BuildConfig;
import vn.congkhai.BuildResult;
import vn.congkhai.Portal;
import vn.congkhai.Report;
import vn.congkhai.model.Lang;
import vn.congkhai.model.Problem;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

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
            case "publish" -> PublishCommand.run(args, out, err);
            case "rollback" -> RollbackCommand.run(args, out, err);
            case "releases" -> ReleasesCommand.run(args, out, err);
            case "serve" -> ServeCommand.run(args, out, err);
            default -> {
                err.println("Cách dùng: congkhai build [--project THƯ_MỤC] [--output THƯ_MỤC] [--date NĂM-THÁNG-NGÀY] [--lang vi|en] [--stats]");
                err.println("           congkhai publish|rollback|releases " + DeployArgs.USAGE);
                err.println("           " + ServeCommand.USAGE);
                yield 2;
            }
        };
    }

    /** {@code congkhai build [--project DIR] [--output DIR] [--date YYYY-MM-DD] [--lang vi|en] [--stats]} */
    private static int build(String[] args, PrintStream out, PrintStream err) {
        Path project = Path.of(".");
        Path output = null;
        LocalDate date = null;
        boolean stats = false;
        Lang lang = Lang.VI;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            try {
                switch (a) {
                    case "--project" -> project = Path.of(args[++i]);
                    case "--output" -> output = Path.of(args[++i]);
                    case "--date" -> date = LocalDate.parse(args[++i]);
                    case "--stats" -> stats = true;
                    case "--lang" -> {
                        String code = args[++i];
                        lang = Lang.parse(code).orElse(null);
                        if (lang == null) {
                            err.println("Ngôn ngữ `" + code + "` không có; dùng `vi` hoặc `en`.");
                            return 2;
                        }
                    }
                    default -> {
                        err.println("Không hiểu tham số `" + a + "`.");
                        return 2;
                    }
                }
            } catch (ArrayIndexOutOfBoundsException | DateTimeParseException e) {
                err.println("Tham số `" + a + "` thiếu giá trị hoặc giá trị sai.");
                return 2;
            }
        }
        if (!java.nio.file.Files.isDirectory(project)) {
            err.println("Không có thư mục dự án `" + project + "`.");
            return 2;
        }
        BuildConfig config = BuildConfig.of(project);
        if (output != null) {
            config = config.withOutput(output);
        }
        if (date != null) {
            config = config.withBuildDate(date);
        }
        long start = System.nanoTime();
        BuildResult result = Portal.build(config);
        long millis = (System.nanoTime() - start) / 1_000_000;
        for (Problem p : result.problems()) {
            (p.isError() ? err : out).println(p.format(lang));
        }
        if (!result.problems().isEmpty()) {
            (result.published() ? out : err).println(Report.total(result, lang));
        }
        Report.summary(result, project, lang).forEach(result.published() ? out::println : err::println);
        if (stats) {
            double seconds = millis / 1000.0;
            out.printf("stats: pages=%d wall_ms=%d pages_per_s=%.0f peak_rss_mib=%d%n", result.pages(), millis,
                    result.pages() / Math.max(seconds, 0.001), Report.peakRssMiB());
        }
        return result.published() ? 0 : 1;
    }
}
