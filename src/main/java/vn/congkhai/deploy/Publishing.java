package vn.congkhai.deploy;

import vn.congkhai.publish.BuildLock;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code publish} as the command line and the Maven goal run it: under the project's build lock, so that
 * no build swaps {@code site/} while it is being copied (and two publishes of one project never overlap),
 * the built site is verified, then published to the configured target.
 */
public final class Publishing {
    private Publishing() {
    }

    public static Releases.Published publish(Path project, Path site, Targets.Settings settings, Clock clock) {
        ReleaseTarget target = Targets.open(settings);
        int keep = settings.keepCount();
        try (BuildLock lock = BuildLock.tryAcquire(project).orElse(null)) {
            if (lock == null) {
                throw new DeployException("Cổng đang được dựng (hoặc xuất bản) ở một tiến trình khác: chờ xong rồi chạy lại.");
            }
            return new Releases(target, clock).publish(BuiltSite.verify(project, site), keep);
        } catch (IOException e) {
            throw new DeployException("Không giữ được khóa `.congkhai/build.lock` của dự án: " + e.getMessage(), e);
        }
    }

    /** The lines a publish reports, the same on the command line and in the Maven log. */
    public static List<String> report(Releases.Published p) {
        List<String> lines = new ArrayList<>();
        lines.add("Đã xuất bản bản phát hành " + p.id() + p.previous().map(x -> " (thay cho " + x + ")").orElse("") + ".");
        lines.add(p.transferred());
        if (!p.removed().isEmpty()) {
            lines.add("Đã xóa các bản cũ: " + String.join(", ", p.removed()));
        }
        return lines;
    }
}
