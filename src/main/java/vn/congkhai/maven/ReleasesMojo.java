package vn.congkhai.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import vn.congkhai.deploy.DeployException;
import vn.congkhai.deploy.Releases;
import vn.congkhai.deploy.Targets;

import java.time.Clock;

/** {@code mvn congkhai:releases}: lists the target's releases with their commit and build time. */
@Mojo(name = "releases", threadSafe = true, requiresProject = true)
public class ReleasesMojo extends DeployParameters {
    @Override
    public void execute() throws MojoFailureException {
        try {
            var all = vn.congkhai.deploy.Deployments.list(settings(), System.getenv(), Clock.systemUTC());
            if (all.isEmpty()) {
                getLog().info("Chưa có bản phát hành nào.");
            }
            for (Releases.Release r : all) {
                getLog().info((r.current() ? "* " : "  ") + r.id() + "  commit " + r.commit() + "  dựng " + r.builtAt()
                        + "  congkhai " + r.generatorVersion() + (r.current() ? "  (đang phục vụ)" : ""));
            }
        } catch (DeployException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }
}
