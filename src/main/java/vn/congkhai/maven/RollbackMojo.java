package vn.congkhai.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import vn.congkhai.deploy.DeployException;
import vn.congkhai.deploy.Releases;
import vn.congkhai.deploy.Targets;

import java.time.Clock;
import java.util.List;

/** {@code mvn congkhai:rollback}: the target's {@code current} goes back to the previous release in one step. */
@Mojo(name = "rollback", threadSafe = true, requiresProject = true)
public class RollbackMojo extends DeployParameters {
    @Override
    public void execute() throws MojoFailureException {
        try {
            List<String> fromTo = vn.congkhai.deploy.Deployments.rollback(settings(), System.getenv(), Clock.systemUTC());
            getLog().info("Đã quay lại bản phát hành " + fromTo.get(1) + " (bỏ " + fromTo.get(0) + ").");
        } catch (DeployException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }
}
