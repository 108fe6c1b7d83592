package vn.congkhai.deploy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Publish, roll back and list the releases of one target. Every operation first reads the target and
 * refuses, changing nothing, when its {@code current} does not point at one of its releases.
 */
public final class Releases {
    /** Releases kept when nothing else is configured. */
    public static final int DEFAULT_KEEP = 5;

    private final ReleaseTarget target;
    private final Clock clock;

    public Releases(ReleaseTarget target, Clock clock) {
        this.target = target;
        this.clock = clock;
    }

    /** What a publish did. */
    public record Published(String id, Optional<String> previous, String transferred, List<String> removed) {
    }

    /** One release, for {@code releases}. */
    public record Release(String id, boolean current, String commit, String builtAt, String generatorVersion) {
    }

    /**
     * Copies the site as a new release beside the others, switches {@code current} to it, and removes the
     * oldest releases beyond {@code keep} (never the one {@code current} points at).
     */
    public Published publish(BuiltSite site, int keep) {
        if (keep < 1) {
            throw new DeployException("Số bản phát hành giữ lại phải từ 1 trở lên (đang là " + keep + ").");
        }
        try (TargetLock lock = target.lock("publish")) {
            return publishLocked(site, keep);
        }
    }

    /**
     * The publish itself, while this publish alone holds the target: what it reads stays true until it ends, and
     * the {@code .partial} folders it clears can only be left over from publishes that were killed.
     */
    private Published publishLocked(BuiltSite site, int keep) {
        TargetState before = target.inspect();
        Optional<String> current = before.currentRelease(target.base(), target.describe()); // refuses a hand-made current
        target.prepare();
        target.clearLeftovers();
        String id = ReleaseIds.next(clock.instant(), site.commit(), before.releases());
        Optional<String> linkAgainst = current.or(() -> before.releases().isEmpty()
                ? Optional.empty() : Optional.of(before.releases().get(before.releases().size() - 1)));
        String transferred = target.upload(site.dir(), site.files(), id, linkAgainst);
        current.ifPresent(c -> target.carry(c, id, ownAssets(c)));
        target.switchCurrent(id);
        List<String> all = new ArrayList<>(before.releases());
        all.add(id);
        List<String> removed = new ArrayList<>();
        for (int i = 0; i < all.size() - keep; i++) {
            String old = all.get(i);
            if (!current.map(old::equals).orElse(false)) {
                target.remove(old);
                removed.add(old);
            }
        }
        return new Published(id, current, transferred, removed);
    }

    /**
     * A release's own stylesheet and script, as its {@code phien-ban.json} lists them. Before {@code current}
     * leaves a release (publish or rollback), they are linked into the release it switches to: a reader whose
     * page came from the old release a moment before the switch still gets its stylesheet. Only the release
     * being left is carried, never what it carried itself, so they do not pile up.
     */
    private List<String> ownAssets(String release) {
        String json = target.versionFiles(List.of(release)).getOrDefault(release, "");
        return VersionJson.list(json, "assets").stream().filter(f -> FINGERPRINTED.matcher(f).matches()).toList();
    }

    private static final java.util.regex.Pattern FINGERPRINTED =
            java.util.regex.Pattern.compile("assets/(?:css|js)/(?:congkhai|tim-kiem)\\.[0-9a-f]{8}\\.(?:css|js)");

    /** Points {@code current} back at the release published before the one it points at now; returns {from, to}. */
    public List<String> rollback() {
        if (target.inspect().currentRelease(target.base(), target.describe()).isEmpty()) {
            throw nothingToRollBack(); // before locking: a mistyped target is not created by its lock
        }
        try (TargetLock lock = target.lock("rollback")) { // the same lock as publish: never switched under one
            return rollbackLocked();
        }
    }

    private DeployException nothingToRollBack() {
        return new DeployException("Chưa có bản phát hành nào ở " + target.describe() + ": không có gì để quay lại.");
    }

    private List<String> rollbackLocked() {
        TargetState state = target.inspect();
        Optional<String> current = state.currentRelease(target.base(), target.describe());
        if (current.isEmpty()) {
            throw nothingToRollBack();
        }
        int at = state.releases().indexOf(current.get());
        if (at <= 0) {
            throw new DeployException("`current` đang là bản cũ nhất còn giữ (`" + current.get()
                    + "`): không còn bản nào trước đó để quay lại.");
        }
        String to = state.releases().get(at - 1);
        target.carry(current.get(), to, ownAssets(current.get()));
        target.switchCurrent(to);
        return List.of(current.get(), to);
    }

    /** Every release, oldest first, with its commit and build time from its {@code phien-ban.json}. */
    public List<Release> list() {
        TargetState state = target.inspect();
        Optional<String> current = state.currentRelease(target.base(), target.describe());
        Map<String, String> versions = target.versionFiles(state.releases());
        List<Release> out = new ArrayList<>();
        for (String id : state.releases()) {
            String json = versions.getOrDefault(id, "");
            out.add(new Release(id, current.map(id::equals).orElse(false), orUnknown(VersionJson.field(json, "commit")),
                    orUnknown(VersionJson.field(json, "builtAt")), orUnknown(VersionJson.field(json, "version"))));
        }
        return out;
    }

    private static String orUnknown(String s) {
        return s.isEmpty() ? vn.congkhai.publish.VersionFile.UNKNOWN : s;
    }
}
