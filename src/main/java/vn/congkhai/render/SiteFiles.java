package vn.congkhai.render;

import vn.congkhai.model.ContentDoc;
import vn.congkhai.render.Views.SiteView;
import vn.congkhai.render.data.OpenData;
import vn.congkhai.render.meta.AtomFeed;
import vn.congkhai.render.meta.Sitemap;
import vn.congkhai.render.search.SearchIndex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The portal's files that are not pages, made from the planned pages: the search index, {@code sitemap.xml}
 * and {@code robots.txt}, the news feed, the open data. Addresses in them are absolute, from the site's base URL.
 */
final class SiteFiles {
    static final String NEWS_FEED = "tin-tuc/atom.xml";
    /** Pages a search engine should not list. */
    private static final java.util.Set<String> NOT_IN_SITEMAP = java.util.Set.of("404", "sheet");

    private final SiteView site;
    private final List<ContentDoc> posts;
    private final LocalDate buildDate;

    SiteFiles(SiteView site, List<ContentDoc> posts, LocalDate buildDate) {
        this.site = site;
        this.posts = posts;
        this.buildDate = buildDate;
    }

    List<GeneratedFile> plan(List<PageSpec> pages, Map<String, String> pageText, OpenData openData) {
        List<GeneratedFile> files = new ArrayList<>(SearchIndex.files(pages, pageText));
        // in the search index's order, where a new notice comes last: on a site of more than 50,000 addresses it lands in
        // the last part of the sitemap and the parts before keep their bytes
        List<Sitemap.Url> urls = pages.stream().sorted(SearchIndex.APPEND_ORDER).filter(p -> !NOT_IN_SITEMAP.contains(p.listing().kind()))
                .map(p -> new Sitemap.Url(url(p.path()), p.listing().date())).toList();
        // planned now (the paths must be known), written lazily like every other file
        for (Sitemap.Part part : Sitemap.files(urls, this::url)) {
            files.add(new GeneratedFile(part.path(), part.xml()));
        }
        files.add(new GeneratedFile("robots.txt", () -> Sitemap.robots(url("sitemap.xml"))));
        if (!posts.isEmpty()) {
            files.add(new GeneratedFile(NEWS_FEED, this::newsFeed));
        }
        files.addAll(openData.files());
        return files;
    }

    private byte[] newsFeed() {
        AtomFeed.Feed feed = new AtomFeed.Feed(url("tin-tuc/index.html"), "Tin tức – " + site.portalTitle(),
                "Tin tức, hoạt động của " + site.name() + ".", url(NEWS_FEED), url("tin-tuc/index.html"),
                site.owner().isEmpty() ? site.name() : site.owner(), site.email(), buildDate);
        List<AtomFeed.Entry> entries = posts.stream().filter(d -> d.date().isPresent())
                .map(d -> new AtomFeed.Entry(d.title(), url(d.outputPath()), d.date().get(), java.util.Optional.empty(), d.summary(), d.tags()))
                .toList();
        return AtomFeed.write(feed, entries);
    }

    /** The absolute address people share: {@code https://…/tin-tuc/} for {@code tin-tuc/index.html}. */
    String url(String path) {
        return site.baseUrl() + PagePlanner.canonicalPath(path);
    }
}
