package vn.congkhai.publish;

import vn.congkhai.check.SiteChecker;
import vn.congkhai.render.PageSink;
import vn.congkhai.render.RenderedPage;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Takes rendered pages to the check stage and into the staging folder, and remembers what was
 * published for the next build. A page whose template and model are those of the last published
 * build is kept as published, neither rendered, parsed nor written again.
 */
public final class PublishingSink implements PageSink {
    private final SiteManifest manifest;
    private final Staging staging;
    private final SiteChecker checker;
    private final Map<String, SiteManifest.Entry> published = new ConcurrentHashMap<>();

    private final Runnable pageDone;

    public PublishingSink(SiteManifest manifest, Staging staging, SiteChecker checker) {
        this(manifest, staging, checker, () -> { });
    }

    /** @param pageDone told of every page rendered or kept, for the build's progress lines */
    public PublishingSink(SiteManifest manifest, Staging staging, SiteChecker checker, Runnable pageDone) {
        this.manifest = manifest;
        this.staging = staging;
        this.checker = checker;
        this.pageDone = pageDone;
    }

    @Override
    public boolean reuse(String path, String renderKey) {
        SiteManifest.Entry before = manifest.previous(path);
        if (before == null || !before.renderKey().equals(renderKey) || !staging.keep(path, before.size(), before.modified())) {
            return false;
        }
        checker.reuse(path, before.links());
        published.put(path, before);
        if (path.endsWith(".html")) { // generated files (XML, JSON, CSV) are not counted as pages
            pageDone.run();
        }
        return true;
    }

    @Override
    public void accept(RenderedPage page, String renderKey) {
        String sha = SiteManifest.sha256(page.bytes());
        SiteManifest.Entry before = manifest.previous(page.path());
        List<String> links;
        if (!page.isPage()) {
            links = List.of(); // a generated file (XML, JSON, CSV): it only has to exist
            checker.known(page.path());
        } else if (before != null && before.sha256().equals(sha)) {
            links = before.links(); // the very bytes an earlier build checked
            checker.reuse(page.path(), links);
        } else {
            links = checker.inspect(page.path(), page.html());
        }
        staging.write(page.path(), page.bytes());
        published.put(page.path(), new SiteManifest.Entry(renderKey, sha, page.bytes().length, 0, links));
        if (page.isPage()) {
            pageDone.run();
        }
    }

    /**
     * A file that is not a rendered page (an asset, the version file): staged, and recorded in the manifest
     * so that deploying can tell the published site is exactly what this build produced. Its render key is
     * empty, which no page's key is, so it is never taken for a page to reuse.
     */
    public void writeFile(String path, byte[] bytes) {
        staging.write(path, bytes);
        published.put(path, new SiteManifest.Entry("", SiteManifest.sha256(bytes), bytes.length, 0, List.of()));
    }

    /**
     * An asset: staged by streaming it (never read whole into memory), its digest computed on the way, and recorded
     * in the manifest like {@link #writeFile}.
     */
    public void copyFile(String path, vn.congkhai.render.Asset asset) {
        long size = asset.size();
        staging.copy(path, size, asset::open);
        published.put(path, new SiteManifest.Entry("", asset.sha256(), size, 0, List.of()));
    }

    /**
     * A page or file a shard of this build rendered ({@code congkhai merge}): staged as the shard wrote it, once its
     * bytes are those the shard recorded. The shard checked the page and its links against every page planned;
     * here it only becomes a file the links of the other pages may lead to. Its render key is empty, as no page's
     * is, so a later build renders it again rather than trusting links this build did not read.
     *
     * @return false, staging nothing, when the file is missing or its bytes are not those recorded
     */
    public boolean adopt(String path, java.nio.file.Path file, String sha256) {
        byte[] bytes;
        try {
            bytes = java.nio.file.Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            return false;
        }
        if (!SiteManifest.sha256(bytes).equals(sha256)) {
            return false;
        }
        staging.write(path, bytes);
        checker.reuse(path, List.of());
        published.put(path, new SiteManifest.Entry("", sha256, bytes.length, 0, List.of()));
        if (path.endsWith(".html")) {
            pageDone.run();
        }
        return true;
    }

    /** Every file staged so far with the SHA-256 of its bytes, for a shard's record. */
    public Map<String, String> stagedDigests() {
        Map<String, String> out = new java.util.TreeMap<>();
        published.forEach((path, entry) -> out.put(path, entry.sha256()));
        return out;
    }

    /** Once the staged site is live: records it for the next build. */
    public void saveManifest() {
        manifest.save(published);
    }
}
