package vn.congkhai.render;

import vn.congkhai.model.DisclosureRules;
import vn.congkhai.model.LegalDocument;
import vn.congkhai.model.Notice;
import vn.congkhai.model.NoticeState;
import vn.congkhai.model.Publications;
import vn.congkhai.model.Results;
import vn.congkhai.render.PublicationViews.CategoryPageView;
import vn.congkhai.render.PublicationViews.CategoryView;
import vn.congkhai.render.PublicationViews.ListedItem;
import vn.congkhai.render.PublicationViews.NoticePageView;
import vn.congkhai.render.PublicationViews.NoticeView;
import vn.congkhai.render.Views.Link;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Notices: those posted now, the archive of expired ones (each keeps its address, marked expired), the
 * quarterly list of everything published (Luật 10/2022 Điều 13 k2), and one page per disclosure category.
 */
final class NoticePages {
    private final PagePlanner planner;
    private final Publications data;
    private final List<NoticeState> states;
    private final DocumentPages documents;
    private final LocalDate asOf;

    NoticePages(PagePlanner planner, Results results, DocumentPages documents) {
        this.planner = planner;
        this.data = results.project().publications();
        this.states = results.publications().notices();
        this.documents = documents;
        this.asOf = results.publications().asOf();
    }

    static String href(Notice n) {
        return "thong-bao/" + n.id() + ".html";
    }

    static String categoryHref(int number) {
        return "cong-khai/muc-" + number + ".html";
    }

    static String quarterHref(int year, int quarter) {
        return "thong-bao/danh-sach/" + year + "-q" + quarter + ".html";
    }

    static String monthBase(YearMonth m) {
        return "thong-bao/thang/" + m;
    }

    /**
     * The list of notices posted now ({@code thong-bao/index.html}), the archive of expired ones
     * ({@code luu-tru.html}), the quarterly lists and the category pages. While both lists fit on a page they show
     * everything, as a ward's portal always has; past {@link ArchivePages#FIRST_PAGE} either shows its newest and
     * every notice is listed on a page per month of posting ({@code thong-bao/thang/2025-03.html}), which a new
     * notice changes only in its own month.
     */
    List<PageSpec> listPages() {
        List<PageSpec> pages = new ArrayList<>(categoryPages());
        Map<Integer, List<ListedItem>> quarters = quarterlyLists();
        List<NoticeState> current = states.stream().filter(s -> !s.expired()).toList();
        List<NoticeState> expired = states.stream().filter(NoticeState::expired).toList();
        boolean cut = current.size() > ArchivePages.FIRST_PAGE || expired.size() > ArchivePages.FIRST_PAGE;
        List<Link> quarterLinks = new ArrayList<>();
        List<Link> quarterNames = new ArrayList<>();
        new TreeMap<>(quarters).descendingMap().forEach((key, items) -> {
            String label = "Quý " + roman(key % 10) + "/" + key / 10;
            quarterLinks.add(new Link(label, quarterHref(key / 10, key % 10), items.size() + " mục"));
            quarterNames.add(new Link(label, quarterHref(key / 10, key % 10), ""));
        });
        if (!data.notices().isEmpty()) {
            TreeMap<YearMonth, List<NoticeState>> months = cut ? byMonth() : new TreeMap<>();
            List<Link> monthLinks = months.descendingMap().entrySet().stream().map(e -> new Link(monthName(e.getKey()),
                    ArchivePages.href(monthBase(e.getKey()), 1), e.getValue().size() + " thông báo")).toList();
            String shownCurrent = current.size() > ArchivePages.FIRST_PAGE ? "Trang này hiện " + ArchivePages.FIRST_PAGE
                    + " thông báo mới nhất trong số " + current.size() + " thông báo đang niêm yết. Mọi thông báo được liệt kê theo tháng, ở cuối trang." : "";
            String shownExpired = expired.size() > ArchivePages.FIRST_PAGE ? "Trang này hiện " + ArchivePages.FIRST_PAGE
                    + " thông báo mới nhất trong số " + expired.size() + " thông báo đã hết hạn niêm yết. Mọi thông báo được liệt kê theo tháng." : "";
            List<NoticeState> firstCurrent = current.subList(0, Math.min(current.size(), ArchivePages.FIRST_PAGE));
            List<NoticeState> firstExpired = expired.subList(0, Math.min(expired.size(), ArchivePages.FIRST_PAGE));
            pages.add(planner.lazyPage("thong-bao/index.html", "notices.ftlh", "Thông báo, niêm yết",
                    "Các nội dung đang được niêm yết, công khai theo Luật Thực hiện dân chủ ở cơ sở.", "notices",
                    () -> Map.of("notices", views(firstCurrent), "illustrative", illustrative(firstCurrent), "archive", false,
                            "otherHref", "thong-bao/luu-tru.html",
                            "otherCount", expired.size(), "quarters", quarterLinks, "feeds", feeds(), "shown", shownCurrent,
                            "months", monthLinks, "monthsHref", cut ? "thong-bao/index.html#h-theo-thang" : "")));
            // once cut, the archive names no count that a new notice changes: it is rewritten when notices expire, not when one is added
            pages.add(planner.lazyPage("thong-bao/luu-tru.html", "notices.ftlh", "Lưu trữ thông báo đã hết hạn niêm yết",
                    "Các thông báo đã hết thời hạn niêm yết, vẫn giữ nguyên địa chỉ để tra cứu (Luật 10/2022 Điều 14 khoản 2).", "notices",
                    () -> Map.of("notices", views(firstExpired), "illustrative", illustrative(firstExpired), "archive", true,
                            "otherHref", "thong-bao/index.html",
                            "otherCount", cut ? -1 : current.size(), "quarters", cut ? quarterNames : quarterLinks, "feeds", feeds(),
                            "shown", shownExpired, "months", List.of(), "monthsHref", cut ? "thong-bao/index.html#h-theo-thang" : "")));
            pages.addAll(monthPages(months));
        }
        quarters.forEach((key, items) -> {
            String title = "Danh mục thông tin đã công khai quý " + roman(key % 10) + "/" + key / 10;
            String from = DocumentPages.date(LocalDate.of(key / 10, key % 10 * 3 - 2, 1));
            String to = DocumentPages.date(LocalDate.of(key / 10, key % 10 * 3, 1).plusMonths(1).minusDays(1));
            String base = quarterHref(key / 10, key % 10).replaceFirst("\\.html$", "");
            for (ArchivePages.Part<ListedItem> part : ArchivePages.split(items, base, "Các trang của danh mục quý")) {
                pages.add(planner.page(part.href(), "quarter.ftlh", title + part.suffix(),
                        "Danh mục mọi nội dung đã công khai trong quý, với hình thức và thời điểm công khai (Luật 10/2022 Điều 13 khoản 2).",
                        part.first() ? "quarter" : ARCHIVE_MORE, Map.of("items", part.items(), "from", from, "to", to,
                                "pager", part.pager(), "offset", (part.number() - 1) * ArchivePages.PER_PAGE))
                        .issued(LocalDate.of(key / 10, key % 10 * 3 - 2, 1)));
            }
        });
        return pages;
    }

    /** The kind of an archive's second and later pages: the site map and the search list only its first. */
    static final String ARCHIVE_MORE = "archive-more";

    /** The order of archives: by the day posted, then by id; a notice added today goes last. */
    private static final Comparator<NoticeState> OLDEST_FIRST = Comparator.comparing((NoticeState s) -> s.notice().posted())
            .thenComparing(s -> s.notice().id());

    /** Every notice by the month it is posted in, oldest first within the month. */
    private TreeMap<YearMonth, List<NoticeState>> byMonth() {
        TreeMap<YearMonth, List<NoticeState>> months = new TreeMap<>();
        states.stream().sorted(OLDEST_FIRST)
                .forEach(s -> months.computeIfAbsent(YearMonth.from(s.notice().posted()), k -> new ArrayList<>()).add(s));
        return months;
    }

    /**
     * A page per month (more past {@link ArchivePages#PER_PAGE}): each notice with what does not change from day to
     * day (category, dates), so a month's page keeps its bytes until a notice of that month is added or edited.
     */
    private List<PageSpec> monthPages(TreeMap<YearMonth, List<NoticeState>> months) {
        List<PageSpec> pages = new ArrayList<>();
        months.forEach((month, inMonth) -> {
            YearMonth before = months.lowerKey(month);
            YearMonth after = months.higherKey(month);
            List<Link> around = new ArrayList<>();
            if (before != null) {
                around.add(new Link("‹ " + monthName(before), ArchivePages.href(monthBase(before), 1), "prev"));
            }
            if (after != null) {
                around.add(new Link(monthName(after) + " ›", ArchivePages.href(monthBase(after), 1), "next"));
            }
            String title = "Thông báo " + monthName(month).toLowerCase(java.util.Locale.ROOT);
            for (ArchivePages.Part<NoticeState> part : ArchivePages.split(inMonth, monthBase(month), "Các trang thông báo " + monthName(month).toLowerCase(java.util.Locale.ROOT))) {
                pages.add(planner.lazyPage(part.href(), "notice-archive.ftlh", title + part.suffix(),
                        "Các thông báo niêm yết trong " + monthName(month).toLowerCase(java.util.Locale.ROOT) + ", theo ngày niêm yết, cũ trước.",
                        part.first() ? "notice-month" : ARCHIVE_MORE,
                        () -> Map.of("notices", views(part.items()), "illustrative", illustrative(part.items()), "pager", part.pager(), "around", part.around(around),
                                "crumbs", List.of(Map.of("label", "Thông báo", "href", "thong-bao/index.html"))))
                        .issued(month.atDay(1)));
            }
        });
        return pages;
    }

    static String monthName(YearMonth m) {
        return "Tháng " + m.getMonthValue() + "/" + m.getYear();
    }

    /** How a list of notices says which are illustrative: once above it, see {@link IllustrativeNote}. */
    private static IllustrativeNote illustrative(List<NoticeState> list) {
        return IllustrativeNote.notices(list.stream().map(s -> s.notice().illustrative()).toList());
    }

    private List<NoticeView> views(List<NoticeState> list) {
        return list.stream().map(this::view).toList();
    }

    List<NoticeView> current() {
        return states.stream().filter(s -> !s.expired()).map(this::view).toList();
    }

    List<PageSpec> noticePages(Map<String, String> html) {
        return states.stream().map(s -> {
            Notice n = s.notice();
            NoticePageView view = new NoticePageView(view(s), s.category().map(DisclosureRules.Category::citation).orElse(""),
                    html.getOrDefault(n.where().at().file(), ""),
                    n.attachments().stream().map(a -> DocumentPages.file(a.title(), a.file())).toList());
            return planner.page(href(n), "notice.ftlh", n.title(), "Thông báo: " + n.title(), "notice", Map.of("notice", view)).issued(n.posted());
        }).toList();
    }

    static final String FEED = "thong-bao/atom.xml";
    /** The newest this many notices are in the feed: a reader polls it for what is new, the portal keeps the rest. */
    static final int FEED_ENTRIES = 100;

    List<GeneratedFile> files() {
        List<GeneratedFile> files = new ArrayList<>(data.notices().stream().flatMap(n -> n.attachments().stream())
                .map(a -> documents.stored(a.file())).toList());
        if (!data.notices().isEmpty()) {
            files.add(new GeneratedFile(FEED, this::feed));
        }
        return files;
    }

    /** The notices posted so far, the newest {@link #FEED_ENTRIES}, newest first, for feed readers and other portals (NĐ 224 Điều 11 k5). */
    private byte[] feed() {
        String base = documents.baseUrl();
        vn.congkhai.render.meta.AtomFeed.Feed feed = new vn.congkhai.render.meta.AtomFeed.Feed(base + "thong-bao/",
                "Thông báo, niêm yết – " + documents.portalTitle(), "Các nội dung công khai theo Luật Thực hiện dân chủ ở cơ sở.",
                base + FEED, base + "thong-bao/", documents.publisher(), documents.email(), asOf);
        return vn.congkhai.render.meta.AtomFeed.write(feed, states.stream().filter(s -> !s.notice().posted().isAfter(asOf)).limit(FEED_ENTRIES).map(s -> {
            Notice n = s.notice();
            String summary = String.join(". ", java.util.stream.Stream.of(DocumentPages.categoryLabel(data.rules(), n.category()),
                    decision(n), s.status().label + (s.lastDay().map(d -> " đến hết ngày " + DocumentPages.date(d)).orElse(""))).filter(x -> !x.isEmpty()).toList()) + ".";
            return new vn.congkhai.render.meta.AtomFeed.Entry(n.title(), base + href(n), n.posted(), java.util.Optional.empty(), summary,
                    List.of("Nhóm " + n.category()));
        }).toList());
    }

    /** The feed's link for the pages of notices, announced in their head. */
    private static List<Link> feeds() {
        return List.of(new Link("Thông báo, niêm yết", FEED, ""));
    }

    /** Every category has its page, even before it has content: the law asks for all of them (Điều 13 k1). */
    private List<PageSpec> categoryPages() {
        List<PageSpec> pages = new ArrayList<>();
        if (data.rules().categories().isEmpty()) {
            return pages;
        }
        List<CategoryView> categories = data.rules().categories().stream().map(c -> new CategoryView(c.number(), c.title(),
                categoryHref(c.number()), rule(c), c.citation(),
                (int) (states.stream().filter(s -> s.notice().category() == c.number()).count()
                        + data.documents().stream().filter(d -> d.category() == c.number()).count()))).toList();
        pages.add(planner.page("cong-khai/index.html", "categories.ftlh", "Nội dung công khai",
                "Các nhóm nội dung cấp xã phải công khai theo Luật Thực hiện dân chủ ở cơ sở (Điều 11), mỗi nhóm một trang.",
                "categories", Map.of("categories", categories, "noticesHref", data.notices().isEmpty() ? "" : "thong-bao/index.html")));
        for (CategoryView c : categories) {
            pages.addAll(categoryPages(c));
        }
        return pages;
    }

    static String categoryBase(int number, String what) {
        return "cong-khai/muc-" + number + "/" + what;
    }

    /**
     * A category's page: all its notices and documents while each fits on a page; past
     * {@link ArchivePages#FIRST_PAGE} the newest of them and a link to the category's archive of that kind
     * ({@code cong-khai/muc-4/thong-bao.html}, oldest first, so a new notice changes its last page only).
     */
    private List<PageSpec> categoryPages(CategoryView c) {
        List<PageSpec> pages = new ArrayList<>();
        List<NoticeState> notices = states.stream().filter(s -> s.notice().category() == c.number()).toList(); // newest first
        List<LegalDocument> docs = documents.inCategoryNewestFirst(c.number());
        String title = "Nhóm " + c.number() + ": " + c.title();
        boolean moreNotices = notices.size() > ArchivePages.FIRST_PAGE;
        boolean moreDocs = docs.size() > ArchivePages.FIRST_PAGE;
        String noticesBase = categoryBase(c.number(), "thong-bao");
        String docsBase = categoryBase(c.number(), "van-ban");
        pages.add(planner.lazyPage(c.href(), "category.ftlh", title, "Nội dung công khai nhóm " + c.number() + ": " + c.title() + ".", "category",
                () -> Map.of("category", new CategoryPageView(c, views(notices.subList(0, Math.min(notices.size(), ArchivePages.FIRST_PAGE))),
                        docs.stream().limit(ArchivePages.FIRST_PAGE).map(documents::view).toList()),
                        "moreNotices", moreNotices ? new Link("Xem đủ " + notices.size() + " thông báo của nhóm", ArchivePages.href(noticesBase, 1),
                                "Trang này hiện " + ArchivePages.FIRST_PAGE + " thông báo mới nhất.") : new Link("", "", ""),
                        "moreDocuments", moreDocs ? new Link("Xem đủ " + docs.size() + " văn bản của nhóm", ArchivePages.href(docsBase, 1),
                                "Trang này hiện " + ArchivePages.FIRST_PAGE + " văn bản mới nhất.") : new Link("", "", ""))));
        List<Map<String, String>> crumbs = List.of(Map.of("label", "Công khai", "href", "cong-khai/index.html"),
                Map.of("label", "Nhóm " + c.number(), "href", c.href()));
        if (moreNotices) {
            List<NoticeState> oldestFirst = notices.stream().sorted(OLDEST_FIRST).toList();
            for (ArchivePages.Part<NoticeState> part : ArchivePages.split(oldestFirst, noticesBase, "Các trang thông báo nhóm " + c.number())) {
                pages.add(planner.lazyPage(part.href(), "notice-archive.ftlh", "Thông báo nhóm " + c.number() + ": " + c.title() + part.suffix(),
                        "Mọi thông báo thuộc nhóm " + c.number() + ", theo ngày niêm yết, cũ trước.", part.first() ? "category-archive" : ARCHIVE_MORE,
                        () -> Map.of("notices", views(part.items()), "illustrative", illustrative(part.items()),
                                "pager", part.pager(), "around", List.of(), "crumbs", crumbs)));
            }
        }
        if (moreDocs) {
            List<LegalDocument> oldestFirst = docs.stream().sorted(DocumentPages.OLDEST_FIRST).toList();
            for (ArchivePages.Part<LegalDocument> part : ArchivePages.split(oldestFirst, docsBase, "Các trang văn bản nhóm " + c.number())) {
                pages.add(documents.listPage(part, "Văn bản nhóm " + c.number() + ": " + c.title(),
                        "Mọi văn bản thuộc nhóm " + c.number() + ", theo ngày ký, cũ trước.", "category-archive", crumbs, List.of()));
            }
        }
        return pages;
    }

    /**
     * Notices by the quarter they were posted in, documents by the quarter they were published in, up to the build
     * date (a list of what was published cannot hold what is still to come); key year*10+quarter.
     */
    private Map<Integer, List<ListedItem>> quarterlyLists() {
        Map<Integer, List<ListedItem>> byQuarter = new TreeMap<>();
        states.stream().map(NoticeState::notice).filter(n -> !n.posted().isAfter(asOf)).sorted(Comparator.comparing(Notice::posted).thenComparing(Notice::id)).forEach(n ->
                byQuarter.computeIfAbsent(quarterKey(n.posted()), k -> new ArrayList<>()).add(new ListedItem(n.title(), href(n),
                        "Nhóm " + n.category(), decision(n), String.join("; ", places(n)), DocumentPages.date(n.posted()))));
        data.documents().stream().filter(d -> d.published().isPresent() && !d.published().get().isAfter(asOf))
                .sorted(Comparator.comparing((LegalDocument d) -> d.published().get()).thenComparing(LegalDocument::id)).forEach(d ->
                        byQuarter.computeIfAbsent(quarterKey(d.published().get()), k -> new ArrayList<>()).add(new ListedItem(d.title(),
                                DocumentPages.href(d), "Nhóm " + d.category(), d.number() + " ngày " + DocumentPages.date(d.signed()),
                                "Đăng trên cổng thông tin", DocumentPages.date(d.published().get()))));
        return byQuarter;
    }

    private static int quarterKey(LocalDate d) {
        return d.getYear() * 10 + (d.getMonthValue() - 1) / 3 + 1;
    }

    private static String roman(int quarter) {
        return new String[]{"", "I", "II", "III", "IV"}[quarter];
    }

    private static String rule(DisclosureRules.Category c) {
        if (c.permanent()) {
            return "Niêm yết thường xuyên, cập nhật khi có thay đổi";
        }
        String posting = c.minPostingDays() > 0 ? "Niêm yết ít nhất " + c.minPostingDays() + " ngày liên tục" : "Công khai theo quy định";
        return c.loudspeaker() ? posting + "; phát trên loa" : posting;
    }

    private static String decision(Notice n) {
        String number = n.decision().number();
        return number.isEmpty() ? "" : number + " ngày " + DocumentPages.date(n.decision().date())
                + (n.decision().issuer().isEmpty() ? "" : " của " + n.decision().issuer());
    }

    static List<String> places(Notice n) {
        List<String> out = new ArrayList<>();
        Notice.Places p = n.places();
        if (p.office()) {
            out.add("Niêm yết tại trụ sở");
        }
        p.culturalHouses().forEach(h -> out.add("Niêm yết tại " + h));
        if (p.portal()) {
            out.add("Đăng trên cổng thông tin");
        }
        if (p.loudspeakerFrom().isPresent() && p.loudspeakerTo().isPresent()) {
            out.add("Phát trên loa từ " + DocumentPages.date(p.loudspeakerFrom().get()) + " đến " + DocumentPages.date(p.loudspeakerTo().get()));
        }
        return out;
    }

    private NoticeView view(NoticeState s) {
        Notice n = s.notice();
        String until = s.lastDay().map(DocumentPages::date).orElse("Thường xuyên");
        String note = switch (s.status()) {
            case UPCOMING -> "Bắt đầu niêm yết ngày " + DocumentPages.date(n.posted());
            case POSTED -> s.daysLeft() == 0 ? "Hôm nay là ngày niêm yết cuối cùng"
                    : "Còn " + s.daysLeft() + " ngày, đến hết ngày " + until;
            case PERMANENT -> "Cập nhật khi có thay đổi"; // the badge beside it already says "Niêm yết thường xuyên"
            case EXPIRED -> "Đã hết hạn niêm yết ngày " + until;
        };
        return new NoticeView(n.id(), href(n), n.title(), DocumentPages.categoryLabel(data.rules(), n.category()),
                categoryHref(n.category()), decision(n), DocumentPages.date(n.posted()), n.posted().toString(), until,
                s.status().label, s.status().name().toLowerCase(java.util.Locale.ROOT), note, places(n), s.expired(), n.illustrative(),
                s.status() == NoticeState.Status.PERMANENT);
    }
}
