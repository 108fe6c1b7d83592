package vn.congkhai.render;

import vn.congkhai.model.ContentDoc;
import vn.congkhai.model.Publications;
import vn.congkhai.model.Results;
import vn.congkhai.render.Views.NavItem;
import vn.congkhai.render.Views.SiteView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pages of what a ward makes public besides its contests, one planner per kind:
 * <pre>
 * thong-bao/...   notices, their archive and quarterly lists   {@link NoticePages}
 * cong-khai/...   the 14 disclosure categories                 {@link NoticePages}
 * van-ban/...     documents, QR codes, printable sheets        {@link DocumentPages}
 * chi-so/...      indicator dashboards                         {@link KpiPages}
 * phong-trao/...  campaigns with their timelines               {@link CampaignPages}
 * </pre>
 */
final class PublicationPages {
    private final Publications data;
    private final NoticePages notices;
    private final DocumentPages documents;
    private final KpiPages kpis;
    private final CampaignPages campaigns;

    PublicationPages(PagePlanner planner, Results results, SiteView site) {
        this.data = results.project().publications();
        this.documents = new DocumentPages(planner, results, site);
        this.notices = new NoticePages(planner, results, documents);
        this.kpis = new KpiPages(planner, results);
        this.campaigns = new CampaignPages(planner, results);
    }

    List<PageSpec> dataPages() {
        List<PageSpec> pages = new ArrayList<>();
        pages.addAll(notices.listPages());
        pages.addAll(documents.pages());
        pages.addAll(kpis.pages());
        pages.addAll(campaigns.pages());
        return pages;
    }

    List<PageSpec> noticePages(Map<String, String> html) {
        return notices.noticePages(html);
    }

    /** Each published file once: two documents may share one PDF (the validator refuses two PDFs under one name). */
    List<GeneratedFile> files() {
        Map<String, GeneratedFile> byPath = new java.util.LinkedHashMap<>();
        documents.files().forEach(f -> byPath.putIfAbsent(f.path(), f));
        notices.files().forEach(f -> byPath.putIfAbsent(f.path(), f));
        return List.copyOf(byPath.values());
    }

    /** The notices posted now, newest first: what a citizen most often comes for. */
    List<PublicationViews.NoticeView> homeNotices() {
        return notices.current().stream().filter(n -> !n.statusClass().equals("upcoming")).limit(5).toList();
    }

    /** How many notices are posted on the build date (the home page's top task says so). */
    int postedNow() {
        return (int) notices.current().stream().filter(n -> !n.statusClass().equals("upcoming")).count();
    }

    /** Where to find the rest of what the ward makes public. */
    List<Views.Link> homeLinks() {
        List<Views.Link> links = new ArrayList<>();
        if (!data.documents().isEmpty()) {
            links.add(new Views.Link("Văn bản", "van-ban/index.html", "Văn bản, quy chế dân chủ ở cơ sở, kèm mã QR"));
        }
        if (!data.rules().categories().isEmpty()) {
            links.add(new Views.Link("Nội dung công khai", "cong-khai/index.html", data.rules().categories().size() + " nhóm nội dung công khai theo Luật Thực hiện dân chủ ở cơ sở"));
        }
        if (!data.kpis().isEmpty()) {
            links.add(new Views.Link("Chỉ số phục vụ", "chi-so/index.html", "Tỉ lệ hồ sơ đúng hạn, trực tuyến, mức độ hài lòng"));
        }
        if (!data.campaigns().isEmpty()) {
            links.add(new Views.Link("Phong trào, kế hoạch", "phong-trao/index.html", "Tiến độ, mốc thời gian, nhiệm vụ"));
        }
        return links;
    }

    void nav(String path, List<NavItem> nav) {
        if (!data.notices().isEmpty()) {
            nav.add(new NavItem("Thông báo", "thong-bao/index.html", path.startsWith("thong-bao/")));
        }
        if (!data.rules().categories().isEmpty()) {
            nav.add(new NavItem("Công khai", "cong-khai/index.html", path.startsWith("cong-khai/")));
        }
        if (!data.documents().isEmpty()) {
            nav.add(new NavItem("Văn bản", "van-ban/index.html", path.startsWith("van-ban/")));
        }
        if (!data.kpis().isEmpty()) {
            nav.add(new NavItem("Chỉ số", "chi-so/index.html", path.startsWith("chi-so/")));
        }
        if (!data.campaigns().isEmpty()) {
            nav.add(new NavItem("Phong trào", "phong-trao/index.html", path.startsWith("phong-trao/")));
        }
    }

    /** Each notice's body as a document to convert, keyed by its data file so warnings point there. */
    static List<ContentDoc> noticeBodies(Publications p) {
        return p.notices().stream().filter(n -> !n.body().isBlank())
                .map(n -> new ContentDoc(n.where().at().file(), NoticePages.href(n), "notice", n.title(), Optional.empty(), "",
                        List.of(), n.body()))
                .toList();
    }
}
