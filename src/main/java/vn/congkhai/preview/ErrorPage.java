package vn.congkhai.preview;

import org.jsoup.nodes.Entities;
import vn.congkhai.BuildResult;
import vn.congkhai.model.Lang;
import vn.congkhai.model.Problem;
import vn.congkhai.model.Say;

/**
 * What the preview shows instead of the portal while the data has errors: the same lines as the Maven log
 * and the command line, one per problem, sorted by file and line, with the count.
 */
final class ErrorPage {
    private ErrorPage() {
    }

    /** @param stylesheet the portal's stylesheet address, or empty */
    static String html(BuildResult result, Lang lang, String stylesheet) {
        StringBuilder s = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'">
                <title>%s</title>
                %s
                </head>
                <body>
                <main class="wrap">
                """.formatted(lang == Lang.EN ? "en" : "vi", Say.of("Dữ liệu có lỗi – xem trước", "The data has errors – preview").in(lang),
                stylesheet.isEmpty() ? "" : "<link rel=\"stylesheet\" href=\"" + Entities.escape(stylesheet) + "\">"));
        if (result == null) {
            s.append("<h1>").append(Say.of("Đang dựng cổng…", "Building the portal…").in(lang)).append("</h1>\n");
        } else {
            s.append("<h1>").append(Say.of("Dữ liệu có " + result.errorCount() + " lỗi, " + result.warningCount() + " cảnh báo",
                            "The data has " + result.errorCount() + " errors, " + result.warningCount() + " warnings").in(lang))
                    .append("</h1>\n<p>").append(Say.of("Cổng chưa được dựng lại. Sửa các lỗi dưới đây rồi lưu tệp: trang này tự tải lại.",
                            "The portal was not rebuilt. Fix the errors below and save: this page reloads by itself.").in(lang))
                    .append("</p>\n<ol class=\"problems\">\n");
            for (Problem p : result.problems()) {
                s.append("<li class=\"").append(p.isError() ? "error" : "warning").append("\"><code>")
                        .append(Entities.escape(p.format(lang))).append("</code></li>\n");
            }
            s.append("</ol>\n");
        }
        return s.append("</main>\n</body>\n</html>\n").toString();
    }
}
