package vn.congkhai.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;
import vn.congkhai.deploy.Targets;

import java.io.File;

/**
 * What the deploying goals share. Unset values come from the environment ({@code CONGKHAI_TARGET},
 * {@code CONGKHAI_SSH_KEY}, {@code CONGKHAI_SSH_KNOWN_HOSTS}, {@code CONGKHAI_KEEP}), so a ward's pom
 * need not name its server and CI passes the key and host as secrets.
 */
abstract class DeployParameters extends AbstractMojo {

    @Parameter(property = "congkhai.projectDirectory", defaultValue = "${project.basedir}", required = true)
    protected File projectDirectory;

    /** The built portal to publish. */
    @Parameter(property = "congkhai.outputDirectory", defaultValue = "${project.basedir}/site", required = true)
    protected File outputDirectory;

    /** A folder of this machine, {@code ssh://USER@HOST[:PORT]/PATH}, or {@code s3://BUCKET/PREFIX} (keys from {@code AWS_*}, {@code CONGKHAI_S3_ENDPOINT}). */
    @Parameter(property = "congkhai.target")
    protected String target;

    /** How many releases to keep on the target (default 5). */
    @Parameter(property = "congkhai.keep")
    protected String keep;

    /** The private key file for SSH. */
    @Parameter(property = "congkhai.sshKey")
    protected String sshKey;

    /** A known_hosts file holding the server's public host key. */
    @Parameter(property = "congkhai.knownHosts")
    protected String knownHosts;

    /** S3 targets: how long files a release dropped stay ({@code 0}: until the next publish; {@code 30m}, {@code 7d}). */
    @Parameter(property = "congkhai.pruneAfter")
    protected String pruneAfter;

    protected Targets.Settings settings() {
        return new Targets.Settings(target, sshKey, knownHosts, keep).withEnvironment(System.getenv());
    }
}
