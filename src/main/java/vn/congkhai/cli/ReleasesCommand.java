package vn.congkhai.cli;

import vn.congkhai.deploy.DeployException;
import vn.congkhai.deploy.Releases;
import vn.congkhai.deploy.Targets;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;

/** {@code congkhai releases}: the target's releases, oldest first, the current one marked. */
final class ReleasesCommand {
    private ReleasesCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        DeployArgs a = DeployArgs.parse(args, err);
        if (a == null) {
            return 2;
        }
        try {
            List<Releases.Release> all = vn.congkhai.deploy.Deployments.list(a.settings(), System.getenv(), Clock.systemUTC());
            if (all.isEmpty()) {
                out.println("Chưa có bản phát hành nào.");
            }
            for (Releases.Release r : all) {
                out.println(line(r));
            }
            return 0;
        } catch (DeployException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    static String line(Releases.Release r) {
        return (r.current() ? "* " : "  ") + r.id() + "  commit " + r.commit() + "  dựng " + r.builtAt()
                + "  congkhai " + r.generatorVersion() + (r.current() ? "  (đang phục vụ)" : "");
    }
}
