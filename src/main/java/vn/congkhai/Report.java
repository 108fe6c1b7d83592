package vn.congkhai;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The closing lines of a build, the same in the Maven log and on the command line. */
public final class Report {
    private Report() {
    }

    public static List<String> summary(BuildResult r, Path projectDir) {
        List<String> lines = new ArrayList<>();
        String out = projectDir.toAbsolutePath().normalize().relativize(r.output()).toString();
        if (r.published()) {
            lines.add("Đã dựng " + r.pages() + " trang vào " + out + "/ (" + r.written() + " tệp ghi mới, "
                    + r.unchanged() + " tệp không đổi; kiểm tra lại " + r.parsed() + " trang có thay đổi).");
        } else {
            lines.add("Không xuất bản: " + r.errorCount() + " lỗi, " + r.warningCount()
                    + " cảnh báo. Cổng đã xuất bản trước đó trong " + out + "/ được giữ nguyên.");
        }
        if (!r.conformance().isEmpty()) {
            lines.add("Mức độ đáp ứng quy định: " + r.conformance());
        }
        if (r.published() && !r.problems().isEmpty()) {
            lines.add(r.warningCount() + " cảnh báo.");
        }
        lines.add("Thời gian (ms): " + r.stageMillis().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        return lines;
    }

    /** Peak resident memory of this process in MiB, from Linux's /proc; -1 where unavailable. */
    public static long peakRssMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux
        }
        return -1;
    }
}
