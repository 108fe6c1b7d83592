package vn.congkhai.deploy;

import vn.congkhai.publish.BuildLock;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deploying commands as the command line and the Maven goals run them, whatever the target: an
 * {@code s3://BUCKET/PREFIX} target goes to {@link S3Releases}, a folder or {@code ssh://} one to
 * {@link Releases} through {@link Publishing}. {@code env} is the process environment (a test passes its own).
 */
public final class Deployments {
    /** How long files a release dropped stay on an S3 target, when neither the option nor this variable says. */
    public static final String PRUNE_AFTER = "CONGKHAI_PRUNE_AFTER";
    private static final Pattern SPAN = Pattern.compile("(\\d{1,6})\\s*(s|m|h|d)?");

    private Deployments() {
    }

    public static Releases.Published publish(Path project, Path site, Targets.Settings settings, String pruneAfter,
                                             Map<String, String> env, Clock clock) {
        Optional<S3Location> s3 = S3Location.parse(settings.target());
        if (s3.isEmpty()) {
            return Publishing.publish(project, site, settings, clock);
        }
        int keep = settings.keepCount();
        Duration grace = pruneAfter(pruneAfter, env);
        try (BuildLock lock = BuildLock.tryAcquire(project).orElse(null); S3Releases releases = S3Releases.open(s3.get(), env, clock)) {
            if (lock == null) {
                throw new DeployException("Cổng đang được dựng (hoặc xuất bản) ở một tiến trình khác: chờ xong rồi chạy lại.");
            }
            return releases.publish(BuiltSite.verify(project, site), keep, grace);
        } catch (IOException e) {
            throw new DeployException("Không giữ được khóa `.congkhai/build.lock` của dự án: " + e.getMessage(), e);
        }
    }

    /** Goes back one release; returns {from, to}. */
    public static List<String> rollback(Targets.Settings settings, Map<String, String> env, Clock clock) {
        Optional<S3Location> s3 = S3Location.parse(settings.target());
        if (s3.isEmpty()) {
            return new Releases(Targets.open(settings), clock).rollback();
        }
        try (S3Releases releases = S3Releases.open(s3.get(), env, clock)) {
            return releases.rollback();
        }
    }

    public static List<Releases.Release> list(Targets.Settings settings, Map<String, String> env, Clock clock) {
        Optional<S3Location> s3 = S3Location.parse(settings.target());
        if (s3.isEmpty()) {
            return new Releases(Targets.open(settings), clock).list();
        }
        try (S3Releases releases = S3Releases.open(s3.get(), env, clock)) {
            return releases.list();
        }
    }

    /**
     * {@code --prune-after}: {@code 0} (the default) deletes what a release dropped at the next publish;
     * {@code 30m}, {@code 12h}, {@code 7d} keep it until a publish at least that long after it was dropped.
     */
    static Duration pruneAfter(String given, Map<String, String> env) {
        String value = given != null && !given.isBlank() ? given : env.get(PRUNE_AFTER);
        if (value == null || value.isBlank()) {
            return Duration.ZERO;
        }
        Matcher m = SPAN.matcher(value.strip());
        if (!m.matches()) {
            throw new DeployException("Thời gian giữ tệp cũ `" + value + "` không hiểu được: viết một số với đơn vị s, m, h hoặc d, ví dụ 30m hoặc 7d.");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2) == null ? "s" : m.group(2)) {
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            default -> Duration.ofSeconds(n);
        };
    }
}
