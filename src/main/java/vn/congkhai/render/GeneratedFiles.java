package vn.congkhai.render;

import vn.congkhai.publish.SiteManifest;

import java.util.List;

/** Writes the portal's non-page files through the page sink, so they are staged and reused like pages. */
public final class GeneratedFiles {
    private GeneratedFiles() {
    }

    /**
     * Makes each file and hands it to {@code sink}. Making one is cheap next to writing it: its render key is
     * the digest of its bytes, so an unchanged file is kept as published (hard link, nothing written).
     */
    public static void write(List<GeneratedFile> files, PageSink sink) {
        files.parallelStream().forEach(f -> {
            byte[] bytes = f.bytes().get();
            String key = "file:" + SiteManifest.sha256(bytes);
            if (!sink.reuse(f.path(), key)) {
                sink.accept(RenderedPage.file(f.path(), bytes), key);
            }
        });
    }
}
