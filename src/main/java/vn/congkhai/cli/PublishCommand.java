package vn.congkhai.cli;

import vn.congkhai.deploy.DeployException;
import vn.congkhai.deploy.Releases;
import vn.congkhai.deploy.Publishing;

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
            Releases.Published p = vn.congkhai.deploy.Deployments.publish(a.project, a.siteDir(), a.settings(), a.pruneAfter, System.getenv(), Clock.systemUTC());
            Publishing.report(p).forEach(out::println);
            return 0;
        } catch (DeployException e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}
