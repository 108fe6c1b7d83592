package vn.congkhai.deploy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The publish lock of an S3 target: the object {@code _congkhai/lock.json}, created with a conditional write
 * ({@code If-None-Match: *}), so that on a store that honours it (Amazon S3, MinIO, recent Ceph RGW) of two
 * publishes (two CI jobs, a job and a person) exactly one creates it. A store that ignores the condition
 * (S3Proxy, which the tests run) still gets a best-effort lock: a live lock is read before writing, and the
 * lock is read back after, so only two publishes starting within one round trip of each other could both
 * believe they hold it; the lock names a random token so that the later writer wins and the other gives way.
 * It names its owner and an expiry that a background thread pushes forward while the publish runs: a
 * publisher that was killed leaves a lock that expires within {@link #TTL}, so the next publish is held up
 * for at most that long, never forever.
 */
final class S3Lock implements AutoCloseable {
    static final Duration TTL = Duration.ofMinutes(2);

    private final S3Store store;
    private final Clock clock;
    private final String owner;
    private final ScheduledExecutorService renewer;
    /** Set when the lock object names another publisher: ours expired (renewals failed past TTL) and it took over. */
    private volatile boolean lost;

    private S3Lock(S3Store store, Clock clock, String owner) {
        this.store = store;
        this.clock = clock;
        this.owner = owner;
        this.renewer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "congkhai-s3-lock");
            t.setDaemon(true);
            return t;
        });
    }

    static S3Lock acquire(S3Store store, Clock clock) {
        String owner = ProcessHandle.current().pid() + "@" + host() + "#" + java.util.UUID.randomUUID();
        S3Lock lock = new S3Lock(store, clock, owner);
        try {
            // Stores that ignore If-None-Match (S3Proxy, older Ceph) still see a live lock here.
            Optional<S3Records.Lock> held = lock.held();
            if (held.isPresent() && !expired(held.get(), clock.instant())) {
                throw busy(store, held.get());
            }
            if (held.isPresent()) {
                store.delete(S3Records.LOCK); // expired: its publisher died
            }
            if (!store.putIfAbsent(S3Records.LOCK, lock.body(), "application/json; charset=utf-8")) {
                throw busy(store, lock.held().orElse(new S3Records.Lock("?", "?", "?")));
            }
            // where the conditional write is ignored, two publishers starting together both get here: the
            // object holds the last one's name, and the other gives way
            S3Records.Lock mine = lock.held().orElse(null);
            if (mine == null || !owner.equals(mine.owner())) {
                throw busy(store, mine == null ? new S3Records.Lock("?", "?", "?") : mine);
            }
        } catch (RuntimeException e) {
            lock.renewer.shutdownNow();
            throw e;
        }
        long every = TTL.toSeconds() / 4;
        lock.renewer.scheduleAtFixedRate(lock::renew, every, every, TimeUnit.SECONDS);
        return lock;
    }

    private Optional<S3Records.Lock> held() {
        return store.get(S3Records.LOCK).map(b -> S3Records.read(b, S3Records.Lock.class, S3Records.LOCK));
    }

    private static DeployException busy(S3Store store, S3Records.Lock held) {
        return new DeployException("Đang có một lần xuất bản khác lên " + store.location() + " (" + held.owner().replaceFirst("#.*", "")
                + ", từ " + held.acquiredAt() + "): chờ nó xong rồi chạy lại. Nếu chắc chắn không còn lần nào chạy, "
                + "khóa tự hết hạn lúc " + held.expiresAt() + ".");
    }

    private static boolean expired(S3Records.Lock lock, Instant now) {
        try {
            return Instant.parse(lock.expiresAt()).isBefore(now);
        } catch (RuntimeException e) {
            return true; // unreadable: nobody can be holding it properly
        }
    }

    private byte[] body() {
        Instant now = clock.instant();
        return S3Records.write(new S3Records.Lock(owner, now.toString(), now.plus(TTL).toString()));
    }

    /** Pushes the expiry forward, only while the object still names us: never over a publisher that took over. */
    private void renew() {
        try {
            if (!ours()) {
                lost = true;
                renewer.shutdown();
                return;
            }
            store.put(S3Records.LOCK, body(), "application/json; charset=utf-8", ObjectTypes.NO_CACHE, java.util.Map.of());
        } catch (RuntimeException e) {
            // the next renewal tries again; the lock lasts TTL from the last one that succeeded
        }
    }

    private boolean ours() {
        return held().map(l -> owner.equals(l.owner())).orElse(false);
    }

    /**
     * Before each write that decides what is served: a publisher whose lock expired and was taken over must stop
     * rather than write over the other's state.
     */
    void ensureHeld() {
        if (lost || !ours()) {
            lost = true;
            throw new DeployException("Khóa xuất bản trên " + store.location() + " đã hết hạn và một lần xuất bản khác đã giữ nó "
                    + "(mạng gián đoạn quá " + TTL.toMinutes() + " phút?): dừng lại để không ghi đè lên lần kia. Chạy lại sau khi lần kia xong.");
        }
    }

    @Override
    public void close() {
        renewer.shutdownNow();
        try {
            renewer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!lost && ours()) { // never the lock of a publisher that took over from us
            store.delete(S3Records.LOCK);
        }
    }

    private static String host() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "máy không rõ tên";
        }
    }
}
