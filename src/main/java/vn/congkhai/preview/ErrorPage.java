package vn.congkhai.preview;

import org.jsoup.nodes.Entities;
import vn.congkhai.BuildResult;
import vn.congkhai.model.Problem;

/**
 * What the preview shows instead of the portal while the data has errors: the same lines as the Maven log
 * and the command line, one per problem, sorted by file and line, with the count.
 */
final class ErrorPage {
    private ErrorPage() {
    }

    static String html(BuildResult result) {
        StringBuilder s = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="vi">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'">
                <title>Dữ liệu có lỗi – xem trước</title>
                <link rel="stylesheet" href="/assets/css/congkhai.css">
                </head>
                <body>
                <main class="wrap">
                """);
        if (result == null) {
            s.append("<h1>Đang dựng cổng…</h1>\n");
        } else {
            s.append("<h1>Dữ liệu có ").append(result.errorCount()).append(" lỗi, ").append(result.warningCount())
                    .append(" cảnh báo</h1>\n<p>Cổng chưa được dựng lại. Sửa các lỗi dưới đây rồi lưu tệp: trang này tự tải lại.</p>\n<ol class=\"problems\">\n");
            for (Problem p : result.problems()) {
                s.append("<li class=\"").append(p.isError() ? "error" : "warning").append("\"><code>")
                        .append(Entities.escape(p.format())).append("</code></li>\n");
            }
            s.append("</ol>\n");
        }
        return s.append("</main>\n</body>\n</html>\n").toString();
    }
}
