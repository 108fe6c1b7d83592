package vn.congkhai;

import vn.congkhai.model.Lang;
import vn.congkhai.model.Say;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Progress of a long build: past {@link #QUIET_NANOS} (about 2 s), one line every {@link #EVERY_NANOS}
 * with the pages done, pages per second and the time left, e.g.
 * {@code Đang dựng trang: 4200/12058 (35%), 850 trang/giây, còn khoảng 9 giây}.
 * <p>A ward's build ends before the first line; the nation's build tells its CI log it is alive. The clock is
 * injected so that tests check which lines appear without waiting or measuring time.
 */
public final class Progress {
    static final long QUIET_NANOS = 2_000_000_000L;
    static final long EVERY_NANOS = 3_000_000_000L;
    private static final long TICK_MILLIS = 250;

    /** Builds that nobody watches (tests, the preview): counts, never prints. */
    public static final Progress NONE = new Progress(Lang.VI, System::nanoTime, line -> { });

    private final Lang lang;
    private final LongSupplier clock;
    private final Consumer<String> out;
    private final AtomicInteger done = new AtomicInteger();
    private final long started;
    private volatile int planned;
    private volatile long renderStarted = NOT_YET;
    private static final long NOT_YET = Long.MIN_VALUE;
    private long lastLine = Long.MIN_VALUE;
    private ScheduledExecutorService ticker;

    /**
     * @param clock nanoseconds, as {@link System#nanoTime()}
     * @param out   receives each line, without a line break
     */
    public Progress(Lang lang, LongSupplier clock, Consumer<String> out) {
        this.lang = lang;
        this.clock = clock;
        this.out = out;
        this.started = clock.getAsLong();
    }

    /** Rendering begins with about this many pages; called again when more are planned. */
    public void planned(int pages) {
        if (renderStarted == NOT_YET) {
            renderStarted = clock.getAsLong();
        }
        planned = Math.max(planned, pages);
    }

    /** One page rendered or kept from the last build. Called from the render threads. */
    public void pageDone() {
        done.incrementAndGet();
    }

    /** The line due now, if one is: past the quiet start, and a few seconds after the last one. */
    public synchronized Optional<String> tick() {
        long now = clock.getAsLong();
        if (renderStarted == NOT_YET || now - started < QUIET_NANOS || (lastLine != Long.MIN_VALUE && now - lastLine < EVERY_NANOS)) {
            return Optional.empty();
        }
        lastLine = now;
        String line = line(Math.min(done.get(), planned), planned, Math.max(now - renderStarted, 1)).in(lang);
        out.accept(line);
        return Optional.of(line);
    }

    static Say line(int done, int planned, long renderNanos) {
        double seconds = renderNanos / 1e9;
        long perSecond = Math.round(done / seconds);
        int percent = planned == 0 ? 0 : (int) (100L * done / planned);
        String head = done + "/" + planned + " (" + percent + "%), ";
        if (done == 0) {
            return Say.of("Đang dựng trang: " + head + "đang bắt đầu", "Rendering pages: " + head + "starting");
        }
        long left = Math.round((planned - done) / (done / seconds));
        return Say.of("Đang dựng trang: " + head + perSecond + " trang/giây, còn khoảng " + left + " giây",
                String.format(Locale.ROOT, "Rendering pages: %s%d pages/s, about %d s left", head, perSecond, left));
    }

    /** Ticks on a daemon thread until {@link #stop()}. */
    public synchronized Progress start() {
        if (ticker == null && this != NONE) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "congkhai-progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        }
        return this;
    }

    public synchronized void stop() {
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
        }
    }

    /** Whether any line was printed (a terminal then needs its line ended). */
    public synchronized boolean printed() {
        return lastLine != Long.MIN_VALUE;
    }
}
