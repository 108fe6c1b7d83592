package vn.congkhai.cli;

import vn.congkhai.deploy.BuiltSite;
import vn.congkhai.deploy.DeployException;
import vn.congkhai.deploy.Releases;
import vn.congkhai.deploy.Targets;

import java.io.PrintStream;
import java.time.Clock;

/** {@code congkhai publish}: the built site becomes a new release on the target, switched in atomically. */
final class PublishCommand {
    private PublishCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        DeployArgs a = DeployArgs.parse(args, err);
        if (a == null) {
            return 2;
        }
        try {
            Targets.Settings settings = a.settings();
            BuiltSite site = BuiltSite.verify(a.project, a.siteDir());
            Releases releases = new Releases(Targets.open(settings), Clock.systemUTC());
            Releases.Published p = releases.publish(site, settings.keepCount());
            out.println("Đã xuất bản bản phát hành " + p.id() + p.previous().map(x -> " (thay cho " + x + ")").orElse("") + ".");
            out.println(p.transferred());
            if (!p.removed().isEmpty()) {
                out.println("Đã xóa các bản cũ: " + String.join(", ", p.removed()));
            }
            return 0;
        } catch (DeployException e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}
