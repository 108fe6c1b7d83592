package vn.congkhai;

import vn.congkhai.model.Lang;
import vn.congkhai.model.Say;

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
        return summary(r, projectDir, Lang.VI);
    }

    public static List<String> summary(BuildResult r, Path projectDir, Lang lang) {
        List<String> lines = new ArrayList<>();
        String out = projectDir.toAbsolutePath().normalize().relativize(r.output()).toString();
        if (r.upToDate()) {
            lines.add(Say.of("Không có gì thay đổi kể từ lần dựng trước: 0 tệp ghi, " + r.unchanged() + " tệp giữ nguyên ("
                            + r.pages() + " trang trong " + out + "/).",
                    "Nothing changed since the last build: 0 files written, " + r.unchanged() + " unchanged (" + r.pages()
                            + " pages in " + out + "/).").in(lang));
        } else if (r.published()) {
            lines.add(Say.of("Đã dựng " + r.pages() + " trang vào " + out + "/ (" + r.written() + " tệp ghi mới, "
                            + r.unchanged() + " tệp không đổi; kiểm tra lại " + r.parsed() + " trang có thay đổi).",
                    "Built " + r.pages() + " pages into " + out + "/ (" + r.written() + " files written, "
                            + r.unchanged() + " unchanged; " + r.parsed() + " changed pages checked again).").in(lang));
        } else {
            lines.add(Say.of("Không xuất bản: " + r.errorCount() + " lỗi, " + r.warningCount()
                            + " cảnh báo. Cổng đã xuất bản trước đó trong " + out + "/ được giữ nguyên.",
                    "Nothing published: " + count(r.errorCount(), "error") + ", " + count(r.warningCount(), "warning")
                            + ". The portal published before in " + out + "/ is left as it was.").in(lang));
        }
        if (!r.conformance().isEmpty()) {
            lines.add(Say.of("Mức độ đáp ứng quy định: ", "Conformance with the rules: ").in(lang) + r.conformance(lang));
        }
        if (r.published() && !r.problems().isEmpty()) {
            lines.add(Say.of(r.warningCount() + " cảnh báo.", count(r.warningCount(), "warning") + ".").in(lang));
        }
        lines.add(Say.of("Thời gian (ms): ", "Time (ms): ").in(lang) + r.stageMillis().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        // the folder's name and the conformance text can come from the project: one line each, whatever they hold
        return lines.stream().map(vn.congkhai.model.HiddenChars::escape).toList();
    }

    /** The count after the list of problems: "Tổng cộng: 2 lỗi, 1 cảnh báo." */
    public static String total(BuildResult r, Lang lang) {
        return Say.of("Tổng cộng: " + r.errorCount() + " lỗi, " + r.warningCount() + " cảnh báo.",
                "In all: " + count(r.errorCount(), "error") + ", " + count(r.warningCount(), "warning") + ".").in(lang);
    }

    /** "1 error", "2 errors", "0 warnings": English counts take a plural, Vietnamese ones do not. */
    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
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
