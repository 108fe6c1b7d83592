package vn.congkhai.cli;

import vn.congkhai.deploy.DeployException;
import vn.congkhai.deploy.Releases;
import vn.congkhai.deploy.Targets;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;

/** {@code congkhai rollback}: {@code current} goes back to the release before it, in one step. */
final class RollbackCommand {
    private RollbackCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        DeployArgs a = DeployArgs.parse(args, err);
        if (a == null) {
            return 2;
        }
        try {
            List<String> fromTo = vn.congkhai.deploy.Deployments.rollback(a.settings(), System.getenv(), Clock.systemUTC());
            out.println("Đã quay lại bản phát hành " + fromTo.get(1) + " (bỏ " + fromTo.get(0) + ").");
            return 0;
        } catch (DeployException e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}
