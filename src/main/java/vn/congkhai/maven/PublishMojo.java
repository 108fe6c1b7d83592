package vn.congkhai.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import vn.congkhai.deploy.BuiltSite;
import vn.congkhai.deploy.DeployException;
import vn.congkhai.deploy.Releases;
import vn.congkhai.deploy.Targets;

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
            Targets.Settings settings = settings();
            BuiltSite site = BuiltSite.verify(projectDirectory.toPath(), outputDirectory.toPath());
            Releases.Published p = new Releases(Targets.open(settings), Clock.systemUTC()).publish(site, settings.keepCount());
            getLog().info("Đã xuất bản bản phát hành " + p.id() + p.previous().map(x -> " (thay cho " + x + ")").orElse("") + ".");
            getLog().info(p.transferred());
            if (!p.removed().isEmpty()) {
                getLog().info("Đã xóa các bản cũ: " + String.join(", ", p.removed()));
            }
        } catch (DeployException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }
}
