package vn.congkhai.cli;

import vn.congkhai.BuildConfig;
import vn.congkhai.model.Lang;
import vn.congkhai.preview.Preview;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * {@code congkhai serve [--project DIR] [--port N] [--date YYYY-MM-DD] [--lang vi|en]}: the live preview, until Ctrl-C.
 * The portal is built into {@code target/congkhai-preview/}, never into {@code site/}.
 */
final class ServeCommand {
    static final String USAGE = "congkhai serve [--project THƯ_MỤC] [--port CỔNG] [--date NĂM-THÁNG-NGÀY] [--lang vi|en]";

    private ServeCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Path project = Path.of(".");
        int port = 8080;
        LocalDate date = null;
        Lang lang = Lang.VI;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            try {
                switch (a) {
                    case "--project" -> project = Path.of(args[++i]);
                    case "--port" -> port = Integer.parseInt(args[++i]);
                    case "--date" -> date = LocalDate.parse(args[++i]);
                    case "--lang" -> {
                        String code = args[++i];
                        lang = Lang.parse(code).orElse(null);
                        if (lang == null) {
                            err.println("Ngôn ngữ `" + code + "` không có; dùng `vi` hoặc `en`.");
                            return 2;
                        }
                    }
                    default -> {
                        err.println("Không hiểu tham số `" + a + "`. Cách dùng: " + USAGE);
                        return 2;
                    }
                }
            } catch (ArrayIndexOutOfBoundsException | NumberFormatException | DateTimeParseException e) {
                err.println("Tham số `" + a + "` thiếu giá trị hoặc giá trị sai.");
                return 2;
            }
        }
        if (port < 0 || port > 65535) {
            err.println("Cổng " + port + " không hợp lệ (0–65535).");
            return 2;
        }
        if (!Files.isDirectory(project)) {
            err.println("Không có thư mục dự án `" + project + "`.");
            return 2;
        }
        BuildConfig config = BuildConfig.of(project);
        if (date != null) {
            config = config.withBuildDate(date);
        }
        try (Preview preview = Preview.start(config, port, lang, out::println)) {
            out.println("Xem trước tại " + preview.address() + " (tự dựng lại khi sửa content/, data/, templates/, assets/; Ctrl-C để dừng).");
            Thread.currentThread().join();
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            err.println("Không mở được máy chủ xem trước: " + e.getMessage());
            return 1;
        }
    }
}
