package vn.congkhai.deploy;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A target held for one publish or rollback: while it is held, no other publish or rollback of that target
 * can start, on this machine or any other. {@link ReleaseTarget#lock} takes it or refuses at once (never
 * waits) with {@link TargetBusyException}; {@link #close} lets it go.
 *
 * <p>A target implements it with whatever its storage makes atomic. The folder targets (local and SSH) use
 * {@link FlockHolder}: an flock(2) on {@code BASE/.congkhai.lock} held by a small shell on the target's
 * machine for exactly as long as the publish lives, so a killed publish can never leave a stale lock behind.
 */
public interface TargetLock extends AutoCloseable {

    /** Who holds it, as written into the lock for whoever is refused: {@link #ownerLine}. */
    String owner();

    /** Lets the target go; never throws (a lock whose holder already died is already free). */
    @Override
    void close();

    /**
     * What a lock says about its holder: the operation, user@host and process of the publisher, and when it
     * started, in UTC. Only letters, digits and {@code ._:@+-} and spaces: it is written into a shell script.
     */
    static String ownerLine(String operation) {
        String process = ManagementFactory.getRuntimeMXBean().getName(); // pid@host
        String user = System.getProperty("user.name", "?");
        String job = System.getenv().getOrDefault("CI_JOB_URL", System.getenv().getOrDefault("GITHUB_RUN_ID", ""));
        String line = operation + " by " + user + " pid " + process.replace("@", " on ")
                + " since " + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                + (job.isEmpty() ? "" : " job " + job);
        return line.replaceAll("[^A-Za-z0-9._:@+/ -]", "_");
    }
}
