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

    List<PageSpec> listPages() {
        List<PageSpec> pages = new ArrayList<>(categoryPages());
        Map<Integer, List<ListedItem>> quarters = quarterlyLists();
        List<Link> quarterLinks = new ArrayList<>();
        new TreeMap<>(quarters).descendingMap().forEach((key, items) -> quarterLinks.add(new Link(
                "Quý " + roman(key % 10) + "/" + key / 10, quarterHref(key / 10, key % 10), items.size() + " mục")));
        if (!data.notices().isEmpty()) {
            List<NoticeView> current = current();
            List<NoticeView> expired = states.stream().filter(NoticeState::expired).map(this::view).toList();
            pages.add(planner.page("thong-bao/index.html", "notices.ftlh", "Thông báo, niêm yết",
                    "Các nội dung đang được niêm yết, công khai theo Luật Thực hiện dân chủ ở cơ sở.", "notices",
                    Map.of("notices", current, "archive", false, "otherHref", "thong-bao/luu-tru.html", "otherCount", expired.size(),
                            "quarters", quarterLinks, "feeds", feeds())));
            pages.add(planner.page("thong-bao/luu-tru.html", "notices.ftlh", "Lưu trữ thông báo đã hết hạn niêm yết",
                    "Các thông báo đã hết thời hạn niêm yết, vẫn giữ nguyên địa chỉ để tra cứu (Luật 10/2022 Điều 14 khoản 2).", "notices",
                    Map.of("notices", expired, "archive", true, "otherHref", "thong-bao/index.html", "otherCount", current.size(),
                            "quarters", quarterLinks, "feeds", feeds())));
        }
        quarters.forEach((key, items) -> pages.add(planner.page(quarterHref(key / 10, key % 10), "quarter.ftlh",
                "Danh mục thông tin đã công khai quý " + roman(key % 10) + "/" + key / 10,
                "Danh mục mọi nội dung đã công khai trong quý, với hình thức và thời điểm công khai (Luật 10/2022 Điều 13 khoản 2).",
                "quarter", Map.of("items", items, "from", DocumentPages.date(LocalDate.of(key / 10, key % 10 * 3 - 2, 1)),
                        "to", DocumentPages.date(LocalDate.of(key / 10, key % 10 * 3, 1).plusMonths(1).minusDays(1))))));
        return pages;
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
            return planner.page(href(n), "notice.ftlh", n.title(), "Thông báo: " + n.title(), "notice", Map.of("notice", view));
        }).toList();
    }

    static final String FEED = "thong-bao/atom.xml";

    List<GeneratedFile> files() {
        List<GeneratedFile> files = new ArrayList<>(data.notices().stream().flatMap(n -> n.attachments().stream())
                .map(a -> documents.stored(a.file())).toList());
        if (!data.notices().isEmpty()) {
            files.add(new GeneratedFile(FEED, this::feed));
        }
        return files;
    }

    /** The notices posted so far, newest first, for feed readers and other portals (NĐ 224 Điều 11 k5). */
    private byte[] feed() {
        String base = documents.baseUrl();
        vn.congkhai.render.meta.AtomFeed.Feed feed = new vn.congkhai.render.meta.AtomFeed.Feed(base + "thong-bao/",
                "Thông báo, niêm yết – " + documents.portalTitle(), "Các nội dung công khai theo Luật Thực hiện dân chủ ở cơ sở.",
                base + FEED, base + "thong-bao/", documents.publisher(), documents.email(), asOf);
        return vn.congkhai.render.meta.AtomFeed.write(feed, states.stream().filter(s -> !s.notice().posted().isAfter(asOf)).map(s -> {
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
            pages.add(planner.page(c.href(), "category.ftlh", "Nhóm " + c.number() + ": " + c.title(),
                    "Nội dung công khai nhóm " + c.number() + ": " + c.title() + ".", "category",
                    Map.of("category", new CategoryPageView(c,
                            states.stream().filter(s -> s.notice().category() == c.number()).map(this::view).toList(),
                            documents.inCategory(c.number())))));
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
