package vn.congkhai.render;

import vn.congkhai.compute.LostPoints;
import vn.congkhai.compute.Points;
import vn.congkhai.model.AwardPlan;
import vn.congkhai.model.AwardResult;
import vn.congkhai.model.ContentDoc;
import vn.congkhai.model.Criterion;
import vn.congkhai.model.CriterionScore;
import vn.congkhai.model.Leader;
import vn.congkhai.model.Movement;
import vn.congkhai.model.Leaderboard;
import vn.congkhai.model.Rating;
import vn.congkhai.model.Results;
import vn.congkhai.model.Rubric;
import vn.congkhai.model.Site;
import vn.congkhai.model.Standing;
import vn.congkhai.model.Step;
import vn.congkhai.model.Unit;
import vn.congkhai.model.UnitResult;
import vn.congkhai.render.Views.*;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Decides which pages the portal has and assembles the model of each (Hugo's page kinds):
 * <pre>
 * index.html                 home
 * xep-hang/index.html        every round       xep-hang/ID.html   one leaderboard
 * don-vi/ID.html             one unit, all rounds, every score derived
 * tieu-chi/index.html        every rubric      tieu-chi/ID.html   one rubric explained
 * tin-tuc/index.html         news              PATH.html          an AsciiDoc page or post
 * xep-hang/ID/FILTER.html   a leaderboard filtered (rating band, up, down, not ranked): no script needed
 * xep-hang/ID/trang-K.html  ranks 100(K−1)+1…100K of a round of more than 100 units (K ≥ 2; see {@link BoardSlices})
 * xep-hang/ID/AREA.html     the units of one area (unit field {@code area}), rank in the area and overall
 * tieu-chi/ID/CRITERION.html one criterion: rules and every round's scores as a chart and a table
 * khen-thuong/index.html     award plans        khen-thuong/ID.html  proposals and decisions
 * tim-kiem/index.html        search             so-do-trang.html     the site map
 * du-lieu/index.html         open data catalogue (the data files themselves: {@link SiteFiles})
 * muc-do-dap-ung.html        conformance with the rules (planned last: it reports on the built pages)
 * 404.html
 * </pre>
 * Longer than our usual classes on purpose: it is the one place that knows every page of the portal and
 * its address, one small method per page kind; award pages' views live in {@link AwardViews}.
 */
public final class PagePlanner {
    public static final String SITE_MAP = "so-do-trang.html";
    private static final String CONFORMANCE_TITLE = "Mức độ đáp ứng quy định";
    private static final String CONFORMANCE_DESCRIPTION = "Trang thông tin tự kiểm tra theo quy định về cổng thông tin và công khai thông tin";
    /** The page kinds that show contest scores: only these carry the illustrative-figures banner. */
    private static final java.util.Set<String> SCORE_KINDS = java.util.Set.of("leaderboard", "unit", "criterion", "award");
    static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Results results;
    private final SiteView site;
    private final List<ContentDoc> docs;
    private final List<ContentDoc> posts;
    private final PublicationPages publications;
    private final AssetsView assets;
    private final LocalDate buildDate;
    private final vn.congkhai.render.data.OpenData openData;
    /** Ranks, ties and award exclusions of each board, worked out once: every unit page and board page asks. */
    private final Map<Leaderboard, BoardFacts> boardFacts;

    /**
     * @param showIllustrativeBanner the configuration switch for the "illustrative figures" banner
     * @param assets                 the fingerprinted names of the stylesheet and script, see {@link AssetNames}
     */
    public PagePlanner(Results results, LocalDate buildDate, boolean showIllustrativeBanner, String generator, AssetsView assets) {
        this.results = results;
        this.assets = assets;
        this.docs = results.project().docs();
        this.posts = docs.stream().filter(ContentDoc::isPost)
                .sorted(Comparator.comparing((ContentDoc d) -> d.date().orElse(LocalDate.MIN)).reversed()
                        .thenComparing(ContentDoc::outputPath))
                .toList();
        this.buildDate = buildDate;
        this.boardFacts = BoardFacts.of(results.leaderboards(), results.awards());
        Site s = results.project().site();
        this.openData = new vn.congkhai.render.data.OpenData(results,
                new vn.congkhai.render.data.OpenData.Licence(s.dataLicense(), s.dataLicenseUrl()), s.owner(), buildDate);
        this.site = new SiteView(s.name(), s.portalTitle(), s.province(), withSlash(s.baseUrl()), s.owner(), s.responsible(),
                s.address(), s.phone(), s.email(), s.description(),
                s.leaders().stream().map(PagePlanner::leader).toList(),
                showIllustrativeBanner ? s.illustrativeNotice() : "", buildDate.format(VI_DATE), generator,
                s.satisfactionUrl(), ConformanceViews.banners(s.banners(), buildDate));
        this.publications = new PublicationPages(this, results, site);
    }

    SiteView site() {
        return site;
    }

    /** Every page but the AsciiDoc documents: these can be rendered while AsciiDoc is still being converted. */
    public List<PageSpec> planData() {
        List<PageSpec> pages = new ArrayList<>();
        pages.add(home());
        pages.add(page("xep-hang/index.html", "boards.ftlh", "Bảng xếp hạng",
                "Kết quả chấm điểm và xếp hạng các đơn vị theo từng vòng.", "boards", Map.of("boards", boardLinks())));
        Map<String, List<Object[]>> roundsByUnit = new HashMap<>();
        for (Leaderboard b : results.leaderboards()) {
            pages.addAll(leaderboard(b));
            for (Standing s : b.standings()) {
                roundsByUnit.computeIfAbsent(s.result().unit().id(), k -> new ArrayList<>()).add(new Object[]{b, s});
            }
        }
        for (Unit u : results.project().units()) {
            pages.add(unit(u, roundsByUnit.getOrDefault(u.id(), List.of())));
        }
        pages.add(page("tieu-chi/index.html", "rubrics.ftlh", "Bộ tiêu chí chấm điểm",
                "Các bộ tiêu chí, thang điểm dùng để chấm điểm thi đua.", "rubrics",
                Map.of("rubrics", results.project().rubrics().stream()
                        .map(r -> new Link(r.title(), "tieu-chi/" + r.id() + ".html", Points.format(r.total()) + " điểm")).toList())));
        for (Rubric r : results.project().rubrics()) {
            pages.add(rubric(r));
            for (Criterion c : r.allCriteria()) {
                pages.add(criterionPage(r, c));
            }
        }
        if (!results.awards().isEmpty()) {
            pages.add(page("khen-thuong/index.html", "awards.ftlh", "Khen thưởng",
                    "Cơ cấu giải thưởng, đề xuất theo kết quả chấm và các quyết định khen thưởng.", "awards",
                    Map.of("groups", AwardViews.groups(results.awards()))));
            results.awards().forEach(a -> pages.add(award(a)));
        }
        if (!posts.isEmpty()) {
            pages.add(page("tin-tuc/index.html", "news.ftlh", "Tin tức", "Tin tức, hoạt động của " + site.name() + ".", "news",
                    Map.of("news", posts.stream().map(this::postLink).toList(), "feeds", newsFeed().get("feeds"))));
        }
        pages.addAll(publications.dataPages());
        ContactPage.view(results.project().site(), docs.stream().map(ContactPage::accessPage).flatMap(Optional::stream).findFirst().orElse(""))
                .ifPresent(c -> pages.add(page(ContactPage.PATH, "contact.ftlh", ContactPage.TITLE,
                ContactPage.description(results.project().site()), "contact", Map.of("contact", c))));
        pages.add(page("404.html", "404.ftlh", "Không tìm thấy trang", "Trang bạn tìm không có hoặc đã được chuyển.", "404",
                Map.of("tasks", TopTasks.of(results.project(), publications.postedNow()))));
        pages.addAll(findingPages());
        return pages;
    }

    /** Files that are not pages: documents' QR codes and files, notices' attachments. */
    public List<GeneratedFile> files() {
        return publications.files();
    }

    /** AsciiDoc to convert besides the pages of {@code content/}: the bodies of notices, as pseudo-documents. */
    public static List<ContentDoc> embeddedAsciidoc(vn.congkhai.model.Publications publications) {
        return PublicationPages.noticeBodies(publications);
    }

    /** Search and open data; the site map comes last ({@link #siteMap}), as it lists every page. */
    private List<PageSpec> findingPages() {
        List<PageSpec> pages = new ArrayList<>();
        pages.add(page("tim-kiem/index.html", "search.ftlh", "Tìm kiếm",
                "Tìm trang trên " + site.portalTitle() + ": gõ có dấu hay không dấu đều được.", "search", Map.of()));
        pages.add(page("du-lieu/index.html", "data.ftlh", "Dữ liệu mở",
                "Tải về dữ liệu đã công khai trên cổng (bảng xếp hạng, điểm, bộ tiêu chí, khen thưởng) dạng CSV và JSON.", "data",
                Map.of("datasets", openData.catalogue(VI_DATE), "licence", openData.licence(),
                        "summary", dataSummary(openData.catalogue(VI_DATE).size()))));
        return pages;
    }

    /** What the open data page says first, before its contents list. */
    static String dataSummary(int datasets) {
        return datasets == 0 ? "" : datasets + " bộ dữ liệu, mỗi bộ tải về được dạng CSV (mở bằng Excel) và JSON. "
                + "Ý nghĩa từng cột ở mục “Các trường dữ liệu” của mỗi bộ.";
    }

    /** The HTML site map (so-do-trang.html) of {@code pages}, every other page of the portal, itself included. */
    public PageSpec siteMap(List<PageSpec> pages) {
        String title = "Sơ đồ trang";
        String description = "Danh sách các trang của " + site.portalTitle() + ", theo từng mục.";
        List<PageSpec> all = new ArrayList<>(pages);
        all.add(page(SITE_MAP, "sitemap.ftlh", title, description, "sitemap", Map.of()));
        return page(SITE_MAP, "sitemap.ftlh", title, description, "sitemap", Map.of("sections", SiteMapView.sections(all)));
    }

    /**
     * The portal's files that are not pages: search index, sitemap.xml, robots.txt, feeds, open data.
     *
     * @param pages    every page of the portal
     * @param pageText the plain text of AsciiDoc pages by path, for search
     */
    public List<GeneratedFile> planFiles(List<PageSpec> pages, Map<String, String> pageText) {
        return new SiteFiles(site, posts, buildDate).plan(pages, pageText, openData);
    }

    /**
     * The page of each AsciiDoc document.
     *
     * @param docHtml the cleaned HTML of each document's body, by source path
     */
    public List<PageSpec> planContent(Map<String, String> docHtml) {
        List<PageSpec> pages = new ArrayList<>(docs.stream().map(d -> doc(d, docHtml.getOrDefault(d.sourcePath(), ""))).toList());
        pages.addAll(publications.noticePages(docHtml));
        return pages;
    }

    /** The conformance page, planned once every other page is built and checked: it reports on them. */
    public PageSpec conformance(vn.congkhai.model.Conformance c) {
        return page(ConformanceViews.PAGE, "conformance.ftlh", CONFORMANCE_TITLE, CONFORMANCE_DESCRIPTION + ": " + c.summary(),
                "conformance", Map.of("conformance", ConformanceViews.view(c)));
    }

    /**
     * The conformance page as the site map, sitemap.xml and search list it: known before the conformance rules
     * run (they read the staged site, so its own page comes last). Never rendered: {@link #conformance} is.
     */
    public PageSpec conformanceListed() {
        return page(ConformanceViews.PAGE, "conformance.ftlh", CONFORMANCE_TITLE, CONFORMANCE_DESCRIPTION + ".", "conformance", Map.of());
    }

    private PageSpec home() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("boards", boardLinks());
        m.put("news", posts.stream().limit(5).map(this::postLink).toList());
        m.put("pages", docs.stream().filter(d -> !d.isPost())
                .map(d -> new Link(d.title(), d.outputPath(), d.summary())).toList());
        m.put("leaders", site.leaders());
        m.put("notices", publications.homeNotices());
        m.put("tasks", TopTasks.of(results.project(), publications.postedNow()));
        m.put("heading", TopTasks.HOME_HEADING);
        m.put("sections", publications.homeLinks());
        m.put("jsonLd", vn.congkhai.render.meta.JsonLd.organization(organization()));
        m.putAll(newsFeed());
        return page("index.html", "index.ftlh", site.portalTitle(),
                site.description().isEmpty() ? site.portalTitle() : site.description(), "home", m);
    }

    private List<Link> boardLinks() {
        return results.leaderboards().stream()
                .map(b -> new Link(b.sheet().title(), boardHref(b), b.sheet().round() + " · " + b.standings().size() + " đơn vị"))
                .toList();
    }

    /** A view of a leaderboard that keeps some of its rows: a static page, so filtering needs no script. */
    private record BoardFilter(String slug, String label, java.util.function.Predicate<Standing> keeps) {
    }

    /** The filters a round offers: one per rating band reached, rank movement, units not fully scored. */
    private static List<BoardFilter> filters(Leaderboard b) {
        List<BoardFilter> out = new ArrayList<>();
        for (Rating r : b.rubric().ratings()) {
            if (b.standings().stream().anyMatch(s -> s.result().rating().filter(r::equals).isPresent())) {
                out.add(new BoardFilter("xep-loai-" + vn.congkhai.load.Slugs.slugify(r.label()), "Xếp loại " + r.label(),
                        s -> s.result().rating().filter(r::equals).isPresent()));
            }
        }
        for (Movement.Kind kind : List.of(Movement.Kind.UP, Movement.Kind.DOWN)) {
            java.util.function.Predicate<Standing> moved = s -> s.movement().filter(m -> m.kind() == kind).isPresent();
            if (b.standings().stream().anyMatch(moved)) {
                out.add(kind == Movement.Kind.UP ? new BoardFilter("tang-hang", "Tăng hạng", moved)
                        : new BoardFilter("giam-hang", "Giảm hạng", moved));
            }
        }
        if (b.standings().stream().anyMatch(s -> s.rank().isEmpty())) {
            out.add(new BoardFilter("chua-xep-hang", "Chưa xếp hạng", s -> s.rank().isEmpty()));
        }
        return out;
    }

    /**
     * What one leaderboard page shows: a numbered page ({@code page} ≥ 1), a filter or an area. A filter shows at
     * most {@code cap} rows.
     */
    private record Slice(int page, BoardFilter filter, BoardSlices.Area area, int cap) {
        static Slice numbered(int k) {
            return new Slice(k, null, null, Integer.MAX_VALUE);
        }
    }

    private List<PageSpec> leaderboard(Leaderboard b) {
        List<BoardFilter> filters = filters(b);
        java.util.Set<String> taken = new java.util.HashSet<>();
        filters.forEach(f -> taken.add(f.slug()));
        List<BoardSlices.Area> areas = BoardSlices.areas(b, results.project().units(), taken);
        List<PageSpec> pages = new ArrayList<>();
        int count = BoardSlices.pages(b);
        String description = "Bảng xếp hạng " + b.sheet().title() + ": tổng điểm và điểm từng tiêu chí của " + b.standings().size() + " đơn vị";
        for (int k = 1; k <= count; k++) {
            Slice slice = Slice.numbered(k);
            int first = (k - 1) * BoardSlices.ROWS_PER_PAGE + 1;
            int last = Math.min(b.standings().size(), k * BoardSlices.ROWS_PER_PAGE);
            pages.add(lazyPage(BoardSlices.pageHref(b, k), "leaderboard.ftlh",
                    k == 1 ? b.sheet().title() : b.sheet().title() + " – trang " + k,
                    k == 1 && count == 1 ? description + "." : description + ", trang " + k + "/" + count + " (thứ tự " + first + "–" + last + ").",
                    "leaderboard", () -> Map.of("board", boardView(b, filters, areas, slice))));
        }
        int cap = BoardSlices.big(b) ? BoardSlices.FILTER_ROWS : Integer.MAX_VALUE;
        for (BoardFilter f : filters) {
            pages.add(lazyPage(filterHref(b, f), "leaderboard.ftlh", b.sheet().title() + " – " + f.label(),
                    "Bảng xếp hạng " + b.sheet().title() + ", chỉ các đơn vị: " + f.label().toLowerCase() + ".",
                    "leaderboard", () -> Map.of("board", boardView(b, filters, areas, new Slice(0, f, null, cap)))));
        }
        for (BoardSlices.Area a : areas) {
            pages.add(lazyPage(a.href(b), "leaderboard.ftlh", b.sheet().title() + " – " + a.name(),
                    "Bảng xếp hạng " + b.sheet().title() + " của " + a.unitIds().size() + " đơn vị thuộc " + a.name()
                            + ": hạng trong nhóm.",
                    "leaderboard", () -> Map.of("board", boardView(b, filters, areas, new Slice(0, null, a, Integer.MAX_VALUE)))));
        }
        return pages;
    }

    private static String filterHref(Leaderboard b, BoardFilter f) {
        return "xep-hang/" + b.sheet().id() + "/" + f.slug() + ".html";
    }

    private BoardView boardView(Leaderboard b, List<BoardFilter> filters, List<BoardSlices.Area> areas, Slice slice) {
        List<Criterion> leaves = b.rubric().leafCriteria();
        List<ColumnView> columns = leaves.stream()
                .map(c -> new ColumnView(c.id(), c.title(), Points.format(c.max()), criterionHref(b.rubric(), c))).toList();
        List<Standing> shown;
        int hidden = 0;
        if (slice.filter() != null) {
            List<Standing> kept = b.standings().stream().filter(slice.filter().keeps()).toList();
            shown = kept.subList(0, Math.min(kept.size(), slice.cap()));
            hidden = kept.size() - shown.size();
        } else if (slice.area() != null) {
            shown = b.standings().stream().filter(s -> slice.area().unitIds().contains(s.result().unit().id())).toList();
        } else {
            shown = Pager.page(b.standings(), BoardSlices.ROWS_PER_PAGE, slice.page());
        }
        Map<String, Integer> areaRanks = slice.area() == null ? Map.of() : BoardSlices.areaRanks(b, slice.area());
        Map<String, Movement> areaMoves = slice.area() == null ? Map.of()
                : BoardSlices.areaMovements(b, roundBefore(b), slice.area(), results.project().units());
        List<RowView> rows = new ArrayList<>(shown.size());
        int unranked = 0;
        for (Standing s : shown) {
            List<String> cells = new ArrayList<>(leaves.size());
            for (Criterion c : leaves) {
                cells.add(s.result().score(c.id()).flatMap(CriterionScore::points).map(Points::format).orElse("chưa chấm"));
            }
            Unit u = s.result().unit();
            if (s.rank().isEmpty()) {
                unranked++;
            }
            Integer areaRank = areaRanks.get(u.id());
            Optional<Movement> move = slice.area() == null ? s.movement() : Optional.ofNullable(areaMoves.get(u.id()));
            rows.add(new RowView(s.rank().isPresent() ? String.valueOf(s.rank().getAsInt()) : "—", u.name(),
                    unitHref(u), u.illustrative(), total(s), ScoreSentences.scoredSoFar(s.result()), s.result().total().isPresent(), cells, rating(s.result()),
                    move.map(Movement::symbol).orElse(""), move.map(Movement::words).orElse(""),
                    slice.area() == null ? "" : areaRank == null ? "—" : String.valueOf(areaRank)));
        }
        int count = BoardSlices.pages(b);
        Views.PagerView pager = slice.page() >= 1 && count > 1
                ? Pager.view("Các trang của bảng xếp hạng", slice.page(), count, k -> BoardSlices.pageHref(b, k)) : null;
        List<NavItem> areaLinks = areas.stream().map(a -> new NavItem(a.name(), a.href(b), a == slice.area())).toList();
        String label = slice.filter() != null ? slice.filter().label() : slice.area() != null ? slice.area().name() : "";
        BoardParts parts = new BoardParts(pager, areaLinks, slice.area() == null ? "" : slice.area().name(), hidden,
                hidden == 0 ? "" : hiddenWords(hidden, shown.size(), slice.filter(), areas.isEmpty()));
        List<String> ties = slice.page() < 1 ? List.of()
                : ScoreSentences.ties(boardFacts.get(b), count == 1 ? null : identitySet(shown));
        return new BoardView(b.sheet().id(), b.sheet().title(), b.sheet().round(), b.rubric().title(),
                rubricHref(b.rubric()), Points.format(b.rubric().total()), columns, rows,
                IllustrativeNote.board(shown.stream().map(s -> s.result().unit().illustrative()).toList(),
                        !site.illustrativeNotice().isEmpty()), unranked,
                tieRule(b.sheet().tieBreakers()), !b.rubric().ratings().isEmpty(),
                b.standings().stream().anyMatch(st -> st.movement().isPresent()),
                filterLinks(b, filters, slice.filter(), slice.page() == 1), label, b.standings().size(), ties, parts);
    }

    /** The round of the same contest read just before {@code b}, as {@code ResultsCalculator.withMovement} compares them. */
    private Optional<Leaderboard> roundBefore(Leaderboard b) {
        if (b.sheet().contest().isEmpty()) {
            return Optional.empty();
        }
        Leaderboard before = null;
        for (Leaderboard other : results.leaderboards()) {
            if (other == b) {
                return Optional.ofNullable(before);
            }
            if (other.sheet().contest().equals(b.sheet().contest())) {
                before = other;
            }
        }
        return Optional.empty();
    }

    private static java.util.Set<vn.congkhai.model.UnitResult> identitySet(List<Standing> shown) {
        java.util.Set<vn.congkhai.model.UnitResult> set = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        shown.forEach(s -> set.add(s.result()));
        return set;
    }

    /** "Trang này hiện 50 đơn vị xếp trên cùng; còn 1.234 đơn vị nữa: xem ..." on a capped filter page. */
    static String hiddenWords(int hidden, int shown, BoardFilter f, boolean noAreas) {
        String what = switch (f.slug()) {
            case "tang-hang", "giam-hang" -> "cột ± ở bảng xếp hạng đầy đủ";
            case "chua-xep-hang" -> "dấu “—” ở cột Hạng, cuối bảng xếp hạng đầy đủ";
            default -> "cột Xếp loại ở bảng xếp hạng đầy đủ";
        };
        return "Trang này chỉ hiện " + shown + " đơn vị đứng đầu; còn " + hidden + " đơn vị nữa ("
                + f.label().toLowerCase() + "): xem " + what + (noAreas ? "" : " hoặc ở trang của từng nhóm") + ".";
    }

    private static List<NavItem> filterLinks(Leaderboard b, List<BoardFilter> filters, BoardFilter current, boolean allShown) {
        if (filters.isEmpty()) {
            return List.of();
        }
        List<NavItem> out = new ArrayList<>();
        out.add(new NavItem("Tất cả", boardHref(b), allShown));
        filters.forEach(f -> out.add(new NavItem(f.label(), filterHref(b, f), f == current)));
        return out;
    }

    private PageSpec award(AwardResult a) {
        AwardPlan p = a.plan();
        return lazyPage(AwardViews.href(p), "award.ftlh", p.title(), "Khen thưởng: " + p.title() + ". Đề xuất và quyết định.", "award",
                () -> Map.of("award", AwardViews.view(a, results.project().units())));
    }

    /** The band reached, "chưa đủ điểm để xếp loại" or "chưa xếp loại" while not fully scored. */
    private static String rating(UnitResult r) {
        if (r.total().isEmpty()) {
            return "chưa xếp loại";
        }
        return r.rating().map(PagePlanner::ratingLabel).orElse("chưa đạt mức nào");
    }

    /** "4 sao ★★★★" for a star level, the label alone for a band. */
    static String ratingLabel(Rating r) {
        return r.stars() > 0 && !r.label().contains("★") ? r.label() + " " + "★".repeat(r.stars()) : r.label();
    }

    /** "4 sao: từ 85 điểm, tiêu chí 7 đạt ít nhất 10 điểm." */
    private static String ratingRule(Rating r) {
        StringBuilder s = new StringBuilder(ratingLabel(r)).append(": từ ").append(Points.format(r.min())).append(" điểm");
        for (Rating.Condition c : r.conditions()) {
            s.append(", tiêu chí ").append(c.criterionId()).append(" đạt ít nhất ").append(Points.format(c.min())).append(" điểm");
        }
        return s.append('.').toString();
    }

    /** "Khi bằng tổng điểm, đơn vị có điểm tiêu chí 7 cao hơn xếp trên; nếu vẫn bằng, xét tiêu chí 8. ..." */
    static String tieRule(List<String> tieBreakers) {
        if (tieBreakers.isEmpty()) {
            return "Các đơn vị bằng tổng điểm thì cùng hạng.";
        }
        StringBuilder s = new StringBuilder("Khi bằng tổng điểm, đơn vị có điểm tiêu chí " + tieBreakers.get(0) + " cao hơn xếp trên");
        for (String id : tieBreakers.subList(1, tieBreakers.size())) {
            s.append("; nếu vẫn bằng, xét tiêu chí ").append(id);
        }
        return s.append(". Các đơn vị bằng nhau ở tất cả các tiêu chí này thì cùng hạng.").toString();
    }

    private static String total(Standing s) {
        return ScoreSentences.total(s.result());
    }

    private PageSpec unit(Unit u, List<Object[]> rounds) {
        return lazyPage(unitHref(u), "unit.ftlh", u.name(),
                "Kết quả chấm điểm của " + u.name() + " theo từng tiêu chí, có giải thích cách tính.", "unit",
                () -> Map.of("unit", unitView(u, rounds), "unitCharts", rounds.stream() // per round, in the order of unit.rounds
                        .map(pair -> Charts.totals((Leaderboard) pair[0], u)).toList()));
    }

    private UnitView unitView(Unit u, List<Object[]> rounds) {
        List<UnitRoundView> views = new ArrayList<>();
        for (Object[] pair : rounds) {
            Leaderboard b = (Leaderboard) pair[0];
            BoardFacts facts = boardFacts.get(b);
            Standing s = (Standing) pair[1];
            Optional<UnitResult> self = s.result().selfAssessment();
            List<ScoreLineView> lines = s.result().scores().stream()
                    .map(score -> line(score, self.flatMap(r -> r.score(score.criterion().id())))).toList();
            views.add(new UnitRoundView(b.sheet().title(), boardHref(b), rubricHref(b.rubric()),
                    s.rank().isPresent() ? String.valueOf(s.rank().getAsInt()) : "—", facts.ranked(), b.standings().size(),
                    total(s), Points.format(b.rubric().total()), s.result().total().isPresent(), lines,
                    self.isPresent(), self.map(ScoreSentences::total).orElse(""),
                    difference(s.result().total(), self.flatMap(UnitResult::total)),
                    b.rubric().ratings().isEmpty() ? "" : rating(s.result()),
                    ScoreSentences.standing(facts, s), ScoreSentences.exclusions(facts, u)));
        }
        UnitRoundView latest = views.isEmpty() ? null : views.get(views.size() - 1);
        String summary = latest == null ? "" : views.size() > 1 ? latest.title() + ": " + lowerFirst(latest.summary()) : latest.summary();
        List<HistoryView> history = new ArrayList<>();
        if (rounds.size() > 1) {
            for (Object[] pair : rounds) {
                Leaderboard b = (Leaderboard) pair[0];
                Standing s = (Standing) pair[1];
                history.add(new HistoryView(b.sheet().title(), boardHref(b),
                        s.rank().isPresent() ? s.rank().getAsInt() + "/" + boardFacts.get(b).ranked() : "—", total(s),
                        s.movement().map(Movement::symbol).orElse(""), s.movement().map(Movement::words).orElse("")));
            }
        }
        return new UnitView(u.id(), u.name(), u.description(), u.illustrative(), views, history, summary,
                latest == null ? List.of() : latest.exclusions());
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static ScoreLineView line(CriterionScore s, Optional<CriterionScore> self) {
        Criterion c = s.criterion();
        return new ScoreLineView(c.id(), c.title(), Points.format(c.max()), s.points().map(Points::format).orElse("chưa chấm"),
                s.scored(), s.depth(), c.isGroup(), s.clamped(), onlyRepeatsThePoints(s) ? List.of() : s.steps().stream().map(Step::text).toList(),
                self.map(x -> x.points().map(Points::format).orElse("chưa chấm")).orElse(""),
                difference(s.points(), self.flatMap(CriterionScore::points)),
                s.evidence().stream().map(PagePlanner::evidenceLink).toList(),
                LostPoints.of(s).map(ScoreSentences::why).orElse(""));
    }

    /**
     * True when the derivation is the assessor's figure and nothing else ("Điểm chấm: 5" beside 5/5 points), or
     * a lone "Chưa chấm" beside points that already read "chưa chấm": a line that only repeats the score is left out.
     */
    static boolean onlyRepeatsThePoints(CriterionScore s) {
        return s.steps().size() == 1 && !s.criterion().isGroup() && !s.criterion().startsFromMax()
                && s.points().map(p -> p.compareTo(s.steps().get(0).delta()) == 0).orElse(true);
    }

    /** A web address is shown by its host, a published file by its name. */
    private static Link evidenceLink(String ref) {
        if (ref.startsWith("assets/")) {
            return new Link(ref.substring(ref.lastIndexOf('/') + 1), ref, "");
        }
        return new Link(java.net.URI.create(ref).getHost(), "", ref);
    }

    /** Official minus self, signed ("+1", "−2", "0"); empty when either is missing. */
    static String difference(Optional<java.math.BigDecimal> official, Optional<java.math.BigDecimal> self) {
        if (official.isEmpty() || self.isEmpty()) {
            return "";
        }
        java.math.BigDecimal d = official.get().subtract(self.get());
        return d.signum() > 0 ? "+" + Points.format(d) : d.signum() < 0 ? "−" + Points.format(d.negate()) : "0";
    }

    private PageSpec rubric(Rubric r) {
        List<CriterionView> criteria = new ArrayList<>();
        addCriteria(r, r.criteria(), 0, criteria);
        List<Link> boards = results.leaderboards().stream().filter(b -> b.rubric().id().equals(r.id()))
                .map(b -> new Link(b.sheet().title(), boardHref(b), b.sheet().round())).toList();
        RubricView view = new RubricView(r.id(), r.title(), r.issuer(), r.legalBasis(), Points.format(r.total()), criteria, boards,
                r.ratings().stream().map(PagePlanner::ratingRule).toList(), rubricSummary(r));
        return page(rubricHref(r), "rubric.ftlh", r.title(),
                "Giải thích từng tiêu chí, điểm chuẩn, cách trừ và cộng điểm của " + r.title() + ".", "rubric", Map.of("rubric", view));
    }

    /** "10 tiêu chí (14 mục chấm điểm), tổng 100 điểm; xếp loại theo 4 mức." */
    static String rubricSummary(Rubric r) {
        int top = r.criteria().size();
        int leaves = r.leafCriteria().size();
        StringBuilder s = new StringBuilder().append(top).append(" tiêu chí");
        if (leaves != top) {
            s.append(" (").append(leaves).append(" mục chấm điểm)");
        }
        s.append(", tổng ").append(Points.format(r.total())).append(" điểm");
        if (!r.ratings().isEmpty()) {
            s.append("; xếp loại theo ").append(r.ratings().size()).append(" mức");
        }
        return s.append('.').toString();
    }

    private PageSpec criterionPage(Rubric r, Criterion c) {
        return lazyPage(criterionHref(r, c), "criterion.ftlh", "Tiêu chí " + c.id() + ": " + c.title(),
                "Tiêu chí " + c.id() + " (" + Points.format(c.max()) + " điểm) của " + r.title() + ": ý nghĩa, cách chấm và điểm của các đơn vị.",
                "criterion", () -> {
                    List<CriterionView> one = new ArrayList<>();
                    addCriteria(r, List.of(c), 0, one);
                    List<Views.CriterionRoundView> rounds = results.leaderboards().stream()
                            .filter(b -> b.rubric().id().equals(r.id()))
                            .map(b -> new Views.CriterionRoundView(b.sheet().title(), boardHref(b), Charts.criterion(b, c.id(), c.max(), site.name()),
                                    b.standings().stream().filter(s -> s.result().score(c.id()).flatMap(CriterionScore::points).isEmpty())
                                            .map(s -> new Link(s.result().unit().name(), unitHref(s.result().unit()), "")).toList()))
                            .toList();
                    return Map.of("criterion", new Views.CriterionPageView(r.title(), rubricHref(r), one.get(0), rounds));
                });
    }

    static String criterionHref(Rubric r, Criterion c) {
        return "tieu-chi/" + r.id() + "/" + c.id() + ".html";
    }

    private static void addCriteria(Rubric r, List<Criterion> level, int depth, List<CriterionView> into) {
        for (Criterion c : level) {
            into.add(new CriterionView(c.id(), c.title(), c.description(), Points.format(c.max()), depth, c.isGroup(),
                    c.legalBasis(), c.evidence(), RuleText.describe(c), criterionHref(r, c)));
            addCriteria(r, c.children(), depth + 1, into);
        }
    }

    private PageSpec doc(ContentDoc d, String html) {
        DocView view = new DocView(d.title(), d.date().map(VI_DATE::format).orElse(""), d.date().map(LocalDate::toString).orElse(""),
                d.tags(), html, d.isPost());
        String description = d.summary().isEmpty() ? d.title() : d.summary();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("doc", view);
        if (d.isPost()) {
            m.putAll(newsFeed());
            d.date().ifPresent(day -> m.put("jsonLd", vn.congkhai.render.meta.JsonLd.newsArticle(d.title(),
                    site.baseUrl() + canonicalPath(d.outputPath()), day, d.summary(), organization())));
        }
        PageSpec spec = page(d.outputPath(), d.isPost() ? "post.ftlh" : "page.ftlh", d.title(), description,
                d.isPost() ? "post" : "page", m);
        return new PageSpec(spec.path(), spec.template(), spec.model(),
                new PageSpec.Listing(d.title(), description, spec.listing().kind(), d.date()));
    }

    /** The ward as schema.org data: the portal's owner, with its address and contacts. */
    private Map<String, Object> organization() {
        return vn.congkhai.render.meta.JsonLd.organizationData(site.owner().isEmpty() ? site.name() : site.owner(),
                site.baseUrl(), site.address(), site.province(), site.phone(), site.email());
    }

    /** The news feed, announced in the head of the pages that list or show news. */
    private Map<String, Object> newsFeed() {
        return posts.isEmpty() ? Map.of() : Map.of("feeds", List.of(new Link("Tin tức – " + site.portalTitle(), SiteFiles.NEWS_FEED, "")));
    }

    private PostLink postLink(ContentDoc d) {
        return new PostLink(d.title(), d.outputPath(), d.date().map(VI_DATE::format).orElse(""),
                d.date().map(LocalDate::toString).orElse(""), d.summary());
    }

    PageSpec page(String path, String template, String title, String description, String kind, Map<String, Object> extra) {
        return lazyPage(path, template, title, description, kind, () -> extra);
    }

    /** A page of the portal: its model is {@code extra} plus what every page has (site, page meta, navigation). */
    PageSpec lazyPage(String path, String template, String title, String description, String kind,
                      Supplier<Map<String, Object>> extra) {
        return new PageSpec(path, template, () -> {
            Map<String, Object> model = new LinkedHashMap<>(extra.get());
            model.put("site", site);
            model.put("assets", assets);
            model.put("page", new PageMeta(path, rootFor(path), title, description, site.baseUrl() + canonicalPath(path), kind, nav(path),
                    SCORE_KINDS.contains(kind)));
            return model;
        }, new PageSpec.Listing(title, description, kind, Optional.empty()));
    }

    private List<NavItem> nav(String path) {
        List<NavItem> nav = new ArrayList<>();
        nav.add(new NavItem("Trang chủ", "index.html", path.equals("index.html")));
        docs.stream().filter(d -> !d.isPost() && !d.outputPath().contains("/"))
                .forEach(d -> nav.add(new NavItem(d.title(), d.outputPath(), path.equals(d.outputPath()))));
        // citizens' tasks first (notices, documents, contact), the contest's results after them
        publications.nav(path, nav);
        if (results.project().site().contact().isPresent()) {
            nav.add(new NavItem(ContactPage.TITLE, ContactPage.PATH, path.equals(ContactPage.PATH)));
        }
        if (!posts.isEmpty()) {
            nav.add(new NavItem("Tin tức", "tin-tuc/index.html", path.startsWith("tin-tuc/")));
        }
        nav.add(new NavItem("Xếp hạng", "xep-hang/index.html", path.startsWith("xep-hang/") || path.startsWith("don-vi/")));
        nav.add(new NavItem("Bộ tiêu chí", "tieu-chi/index.html", path.startsWith("tieu-chi/")));
        if (!results.awards().isEmpty()) {
            nav.add(new NavItem("Khen thưởng", "khen-thuong/index.html", path.startsWith("khen-thuong/")));
        }
        return nav;
    }

    /**
     * How a page reaches the site root. The 404 page is served by the web server for any missing address,
     * at any depth, so it uses the root path of the portal's address ("/" or "/phuong-x/") instead.
     */
    private String rootFor(String path) {
        return path.equals("404.html") ? basePath(site.baseUrl()) : rootOf(path);
    }

    /** The path part of the portal's address, always ending in "/". */
    public static String basePath(String baseUrl) {
        String path = java.net.URI.create(baseUrl).getPath();
        return path == null || path.isEmpty() ? "/" : path.endsWith("/") ? path : path + "/";
    }

    static String rootOf(String path) {
        return "../".repeat((int) path.chars().filter(c -> c == '/').count());
    }

    /** The address people share: directory pages without {@code index.html}. */
    static String canonicalPath(String path) {
        return path.equals("index.html") ? "" : path.endsWith("/index.html") ? path.substring(0, path.length() - 10) : path;
    }

    static String boardHref(Leaderboard b) {
        return "xep-hang/" + b.sheet().id() + ".html";
    }

    static String unitHref(Unit u) {
        return "don-vi/" + u.id() + ".html";
    }

    static String rubricHref(Rubric r) {
        return "tieu-chi/" + r.id() + ".html";
    }

    private static LeaderView leader(Leader l) {
        return new LeaderView(l.name(), l.title(), l.duties(), l.phone(), l.email(), l.biography());
    }

    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

}
