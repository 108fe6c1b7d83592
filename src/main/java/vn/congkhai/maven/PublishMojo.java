package vn.congkhai.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import vn.congkhai.deploy.DeployException;
import vn.congkhai.deploy.Releases;
import vn.congkhai.deploy.Publishing;

import java.time.Clock;

/**
 * {@code mvn congkhai:publish}: the site of the last successful build becomes a new release on the
 * target, and {@code current} is switched to it atomically. Refuses a site whose last build failed or
 * whose files changed since, and a target whose {@code current} was changed by hand.
 */
@Mojo(name = "publish", threadSafe = true, requiresProject = true)
public class PublishMojo extends DeployParameters {
    @Override
    public void execute() throws MojoFailureException {
        try {
            Releases.Published p = vn.congkhai.deploy.Deployments.publish(projectDirectory.toPath(), outputDirectory.toPath(), settings(), pruneAfter, System.getenv(), Clock.systemUTC());
            Publishing.report(p).forEach(getLog()::info);
        } catch (DeployException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }
}
