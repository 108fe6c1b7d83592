package vn.congkhai.render;

import vn.congkhai.load.WebAddress;
import vn.congkhai.model.DisclosureRules;
import vn.congkhai.model.LegalDocument;
import vn.congkhai.model.Results;
import vn.congkhai.model.StoredFile;
import vn.congkhai.render.PublicationViews.DocumentView;
import vn.congkhai.render.PublicationViews.FileView;
import vn.congkhai.render.Views.SiteView;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Documents: the list, one page per document at a permanent address, its QR code, a printable A4 sheet
 * for the notice board, and one combined sheet of the democracy-regulation documents for a cultural house.
 */
final class DocumentPages {
    static final String COMBINED_SHEET = "van-ban/in-quy-che-dan-chu.html";

    private final PagePlanner planner;
    private final List<LegalDocument> documents;
    private final DisclosureRules rules;
    private final SiteView site;

    DocumentPages(PagePlanner planner, Results results, SiteView site) {
        this.planner = planner;
        this.documents = results.project().publications().documents().stream()
                .sorted(Comparator.comparing(LegalDocument::signed).reversed().thenComparing(LegalDocument::id)).toList();
        this.rules = results.project().publications().rules();
        this.site = site;
    }

    String baseUrl() {
        return site.baseUrl();
    }

    String portalTitle() {
        return site.portalTitle();
    }

    /** Who publishes: the ward's People's Committee when it is named, else the ward. */
    String publisher() {
        return site.owner().isEmpty() ? site.name() : site.owner();
    }

    String email() {
        return site.email();
    }

    static String href(LegalDocument d) {
        return "van-ban/" + d.id() + ".html";
    }

    static String qrHref(LegalDocument d) {
        return "van-ban/" + d.id() + "-qr.svg";
    }

    static String sheetHref(LegalDocument d) {
        return "van-ban/" + d.id() + "-in.html";
    }

    List<PageSpec> pages() {
        if (documents.isEmpty()) {
            return List.of();
        }
        List<PageSpec> pages = new ArrayList<>();
        List<DocumentView> all = documents.stream().map(this::view).toList();
        boolean anyDemocracy = documents.stream().anyMatch(LegalDocument::democracyRegulation);
        boolean cut = documents.size() > ArchivePages.FIRST_PAGE;
        java.util.TreeMap<Integer, List<LegalDocument>> years = new java.util.TreeMap<>();
        if (cut) {
            documents.stream().sorted(OLDEST_FIRST).forEach(d -> years.computeIfAbsent(d.signed().getYear(), k -> new ArrayList<>()).add(d));
        }
        List<Views.Link> yearLinks = years.descendingMap().entrySet().stream().map(e -> new Views.Link("Năm " + e.getKey(),
                ArchivePages.href(yearBase(e.getKey()), 1), e.getValue().size() + " văn bản")).toList();
        List<DocumentView> first = all.subList(0, Math.min(all.size(), ArchivePages.FIRST_PAGE));
        pages.add(planner.page("van-ban/index.html", "documents.ftlh", "Văn bản",
                "Văn bản pháp luật, văn bản chỉ đạo, điều hành và quy chế dân chủ ở cơ sở, kèm tệp tải về và mã QR.", "documents",
                Map.of("documents", first, "combinedSheet", anyDemocracy ? COMBINED_SHEET : "", "pager", Pager.view("", 1, 1, k -> ""),
                        "crumbs", List.of(), "years", yearLinks, "around", List.of(),
                        "shown", cut ? "Trang này hiện " + ArchivePages.FIRST_PAGE + " văn bản mới nhất trong số " + all.size()
                                + " văn bản. Mọi văn bản được liệt kê theo năm ký ở cuối trang." : "")));
        years.forEach((year, inYear) -> {
            Integer before = years.lowerKey(year);
            Integer after = years.higherKey(year);
            List<Views.Link> around = new ArrayList<>();
            if (before != null) {
                around.add(new Views.Link("‹ Năm " + before, ArchivePages.href(yearBase(before), 1), "prev"));
            }
            if (after != null) {
                around.add(new Views.Link("Năm " + after + " ›", ArchivePages.href(yearBase(after), 1), "next"));
            }
            for (ArchivePages.Part<LegalDocument> part : ArchivePages.split(inYear, yearBase(year), "Các trang văn bản năm " + year)) {
                pages.add(listPage(part, "Văn bản ký năm " + year, "Các văn bản ký trong năm " + year + ", theo ngày ký, cũ trước.",
                        "documents-year", List.of(Map.of("label", "Văn bản", "href", "van-ban/index.html")), around)
                        .issued(LocalDate.of(year, 1, 1)));
            }
        });
        for (int i = 0; i < all.size(); i++) {
            DocumentView d = all.get(i);
            pages.add(planner.page(d.href(), "document.ftlh", d.number().isEmpty() ? d.title() : d.type() + " " + d.number(),
                    d.title(), "document", Map.of("document", d, "jsonLd", DocumentLd.of(d, site.baseUrl())))
                    .issued(documents.get(i).signed()));
            pages.add(planner.page(d.sheetHref(), "document-sheet.ftlh", "Bản in mã QR: " + d.title(),
                    "Bản in khổ A4 để niêm yết: mã QR dẫn tới văn bản trên cổng thông tin.", "sheet", Map.of("documents", List.of(d))));
        }
        if (anyDemocracy) {
            pages.addAll(combinedSheets());
        }
        return pages;
    }

    /**
     * The combined sheet of the democracy-regulation documents, newest first; past {@link ArchivePages#PER_PAGE} of
     * them (a national portal's thousands) cut into pages oldest first, each a few sheets of A4 to print.
     */
    private List<PageSpec> combinedSheets() {
        String title = "Bản in mã QR các văn bản quy chế dân chủ";
        String description = "Bản in khổ A4 cho bảng tin nhà văn hóa: mã QR của mọi văn bản về thực hiện dân chủ ở cơ sở.";
        List<LegalDocument> democracy = documents.stream().filter(LegalDocument::democracyRegulation).toList();
        if (democracy.size() <= ArchivePages.PER_PAGE) {
            return List.of(planner.lazyPage(COMBINED_SHEET, "document-sheet.ftlh", title, description, "sheet",
                    () -> Map.of("documents", democracy.stream().map(this::view).toList())));
        }
        List<PageSpec> pages = new ArrayList<>();
        List<LegalDocument> oldestFirst = democracy.stream().sorted(OLDEST_FIRST).toList();
        for (ArchivePages.Part<LegalDocument> part : ArchivePages.split(oldestFirst, COMBINED_SHEET.replaceFirst("\\.html$", ""),
                "Các trang của bản in")) {
            pages.add(planner.lazyPage(part.href(), "document-sheet.ftlh", title + part.suffix(), description, "sheet",
                    () -> Map.of("documents", part.items().stream().map(this::view).toList(), "pager", part.pager())));
        }
        return pages;
    }

    List<DocumentView> inCategory(int number) {
        return documents.stream().filter(d -> d.category() == number).map(this::view).toList();
    }

    /** The order of archives: by the day signed, then by id. */
    static final Comparator<LegalDocument> OLDEST_FIRST = Comparator.comparing(LegalDocument::signed).thenComparing(LegalDocument::id);

    static String yearBase(int year) {
        return "van-ban/nam/" + year;
    }

    /** The documents of a category, newest signed first (as the list of documents). */
    List<LegalDocument> inCategoryNewestFirst(int number) {
        return documents.stream().filter(d -> d.category() == number).toList();
    }

    /** One page of an archive of documents (a year's, a category's), in the list's own table, its model built when rendered. */
    PageSpec listPage(ArchivePages.Part<LegalDocument> part, String title, String description, String kind,
                      List<Map<String, String>> crumbs, List<Views.Link> around) {
        return planner.lazyPage(part.href(), "documents.ftlh", title + part.suffix(), description,
                part.first() ? kind : NoticePages.ARCHIVE_MORE,
                () -> Map.of("documents", part.items().stream().map(this::view).toList(), "combinedSheet", "", "pager", part.pager(),
                        "crumbs", crumbs, "years", List.of(), "around", part.around(around), "shown", ""));
    }

    List<GeneratedFile> files() {
        List<GeneratedFile> files = new ArrayList<>();
        for (LegalDocument d : documents) {
            String url = url(d);
            files.add(new GeneratedFile(qrHref(d), () -> QrSvg.of(url, "Mã QR dẫn tới " + url).getBytes(StandardCharsets.UTF_8)));
            if (!d.file().published().isEmpty()) {
                files.add(stored(d.file()));
            }
        }
        return files;
    }

    GeneratedFile stored(StoredFile f) {
        Path source = f.location();
        return new GeneratedFile(f.published(), () -> {
            try {
                return Files.readAllBytes(source);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The absolute, permanent address a QR code holds: the portal's configured address, never a relative path. */
    String url(LegalDocument d) {
        String url = site.baseUrl() + href(d);
        if (!WebAddress.isHttp(url)) {
            throw new IllegalStateException("not a web address: " + url); // baseUrl is validated when loaded
        }
        return url;
    }

    DocumentView view(LegalDocument d) {
        String url = url(d);
        return new DocumentView(d.id(), href(d), d.number(), d.type(), d.issuer(), date(d.signed()), d.signed().toString(),
                d.effective().map(DocumentPages::date).orElse(""), d.published().map(DocumentPages::date).orElse(""),
                d.title(), d.summary(), file("Tải văn bản", d.file()), d.placeholder(), categoryLabel(rules, d.category()),
                NoticePages.categoryHref(d.category()), url, url.replaceFirst("^https?://", "").replaceFirst("/$", ""),
                qrHref(d), sheetHref(d));
    }

    static FileView file(String title, StoredFile f) {
        return new FileView(title, f.published(), f.format(), size(f.size()));
    }

    static String categoryLabel(DisclosureRules rules, int number) {
        return rules.category(number).map(c -> "Nhóm " + c.number() + ": " + c.title()).orElse("");
    }

    static String date(LocalDate d) {
        return d.format(PagePlanner.VI_DATE);
    }

    /** "1 KB", "245 KB", "1,2 MB": what a reader on a phone plan wants to know before downloading (never "773 byte"). */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes == 0 ? "0 KB" : "1 KB";
        }
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024)).replace('.', ',') + " MB";
    }
}
