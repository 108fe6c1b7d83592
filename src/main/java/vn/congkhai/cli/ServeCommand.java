package vn.congkhai.cli;

import vn.congkhai.BuildConfig;
import vn.congkhai.model.Lang;
import vn.congkhai.preview.Preview;

import java.io.PrintStream;
import java.util.Set;

/**
 * {@code congkhai serve [--project DIR] [--port N] [--date YYYY-MM-DD] [--lang vi|en]}: the live preview, until Ctrl-C.
 * The portal is built into {@code target/congkhai-preview/}, never into {@code site/}.
 */
final class ServeCommand {
    static final String USAGE = "congkhai serve [--project THƯ_MỤC] [--port CỔNG] [--date NĂM-THÁNG-NGÀY] [--lang vi|en]";

    private ServeCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Options o = new Options();
        if (!o.read(args, Set.of("--port"), Set.of(), err)) {
            err.println("Cách dùng: " + USAGE);
            return 2;
        }
        String portText = o.value("--port").orElse("8080");
        int port = portText.matches("\\d{1,5}") ? Integer.parseInt(portText) : -1;
        if (port < 0 || port > 65535) {
            err.println("Cổng `" + portText + "` không hợp lệ: viết một số từ 0 đến 65535 (0: chọn cổng trống bất kỳ).");
            return 2;
        }
        Lang lang = o.lang;
        BuildConfig config = o.config();
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
