package vn.congkhai.cli;

import vn.congkhai.deploy.Targets;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The options the deploying commands share: {@code --project DIR --site DIR --target T --keep N
 * --ssh-key FILE --known-hosts FILE}; what is not given comes from the environment (see {@link Targets}).
 */
final class DeployArgs {
    Path project = Path.of(".");
    Path site;
    String target;
    String keep;
    String sshKey;
    String knownHosts;
    /** S3 targets: how long files a release dropped stay ({@code 0}, {@code 30m}, {@code 7d}). */
    String pruneAfter;

    /** Parsed options, or null after telling {@code err} what is wrong. */
    static DeployArgs parse(String[] args, PrintStream err) {
        DeployArgs a = new DeployArgs();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (i + 1 >= args.length) {
                err.println("Tham số `" + arg + "` thiếu giá trị hoặc không có.");
                return null;
            }
            String value = args[++i];
            switch (arg) {
                case "--project" -> a.project = Path.of(value);
                case "--site" -> a.site = Path.of(value);
                case "--target" -> a.target = value;
                case "--keep" -> a.keep = value;
                case "--ssh-key" -> a.sshKey = value;
                case "--known-hosts" -> a.knownHosts = value;
                case "--prune-after" -> a.pruneAfter = value;
                default -> {
                    err.println("Không hiểu tham số `" + arg + "`.");
                    return null;
                }
            }
        }
        return a;
    }

    Path siteDir() {
        return site != null ? site : project.resolve("site");
    }

    Targets.Settings settings() {
        return new Targets.Settings(target, sshKey, knownHosts, keep).withEnvironment(System.getenv());
    }

    static final String USAGE = "[--project THƯ_MỤC] [--site THƯ_MỤC] [--target THƯ_MỤC|ssh://NGƯỜI_DÙNG@MÁY:CỔNG/ĐƯỜNG_DẪN] "
            + "[--keep SỐ] [--ssh-key TỆP] [--known-hosts TỆP] (hoặc --target s3://BUCKET/THƯ_MỤC [--prune-after 0|30m|7d])";
}
