package vn.congkhai.check;

import org.jsoup.nodes.Document;
import vn.congkhai.model.Leader;
import vn.congkhai.model.Rule;
import vn.congkhai.model.Site;
import vn.congkhai.model.SourceRef;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rules on what every page or the home page carries: leaders, header, footer, basics, the rating link. */
final class SiteRules {
    static final SourceRef SITE_FILE = SourceRef.file("data/site.yaml");

    private SiteRules() {
    }

    /** {@code leaders}: duties, biography and a contact for each, all shown on the page. */
    static Finding leaders(Rule rule, Site site, BuiltPages pages) {
        String page = rule.text("page").isEmpty() ? "index.html" : rule.text("page");
        if (site.leaders().isEmpty()) {
            return Finding.unmet("data/site.yaml chưa có lãnh đạo nào (leaders).", SITE_FILE,
                    "Thêm danh sách `leaders:` với họ tên, chức vụ, nhiệm vụ, tiểu sử và điện thoại hoặc thư điện tử.");
        }
        String text = pages.page(page).map(Document::text).orElse("");
        List<String> gaps = new ArrayList<>();
        for (Leader l : site.leaders()) {
            List<String> missing = new ArrayList<>();
            if (l.duties().isBlank()) {
                missing.add("nhiệm vụ");
            }
            if (l.biography().isBlank()) {
                missing.add("tiểu sử tóm tắt");
            }
            if (l.phone().isBlank() && l.email().isBlank()) {
                missing.add("điện thoại hoặc thư điện tử");
            }
            if (!text.contains(l.name())) {
                missing.add("không hiện trên trang " + page);
            }
            if (!missing.isEmpty()) {
                gaps.add(l.name() + ": thiếu " + String.join(", ", missing));
            }
        }
        if (!gaps.isEmpty()) {
            return Finding.unmet(String.join("; ", gaps) + ".", SITE_FILE, "Bổ sung các trường `duties`, `biography`, `phone`, `email` của lãnh đạo.");
        }
        return Finding.met("Đủ thông tin của " + site.leaders().size() + " lãnh đạo, hiện trên trang " + page + ".");
    }

    /** {@code header}: the full official name in the page's header. */
    static Finding header(Rule rule, Site site, BuiltPages pages) {
        return onEveryPage(rule, pages, "header", Map.of("tên trang", site.portalTitle()), "Đầu trang");
    }

    /** {@code footer}: owner, person responsible, address, phone and e-mail, as written in data/site.yaml. */
    static Finding footer(Rule rule, Site site, BuiltPages pages) {
        Map<String, String> wanted = new LinkedHashMap<>();
        wanted.put("cơ quan chủ quản", site.owner());
        wanted.put("người chịu trách nhiệm", site.responsible());
        wanted.put("địa chỉ", site.address());
        wanted.put("điện thoại", site.phone());
        wanted.put("thư điện tử", site.email());
        return onEveryPage(rule, pages, "footer", wanted, "Chân trang");
    }

    private static Finding onEveryPage(Rule rule, BuiltPages pages, String selector, Map<String, String> wanted, String what) {
        List<String> gaps = gaps(rule, pages, doc -> {
            String text = PageRules.textOf(doc, selector);
            return wanted.entrySet().stream()
                    .filter(e -> e.getValue().isBlank() || !text.contains(e.getValue())).map(Map.Entry::getKey).toList();
        });
        if (!gaps.isEmpty()) {
            return Finding.unmet(what + " chưa đủ: " + String.join("; ", gaps) + ".",
                    "Điền các trường trong data/site.yaml và giữ phần <" + selector + "> của mẫu trang layout.ftlh.");
        }
        return Finding.met(what + " có đủ " + String.join(", ", wanted.keySet()) + " trên " + String.join(", ", rule.<String>list("pages")) + ".");
    }

    /** {@code basics}: lang="vi", UTF-8 and a viewport that follows the phone's width. */
    static Finding basics(Rule rule, BuiltPages pages) {
        List<String> gaps = gaps(rule, pages, d -> {
            List<String> missing = new ArrayList<>();
            if (!"vi".equals(d.selectFirst("html") == null ? "" : d.selectFirst("html").attr("lang"))) {
                missing.add("lang=\"vi\"");
            }
            if (d.select("meta[charset]").stream().noneMatch(m -> m.attr("charset").equalsIgnoreCase("utf-8"))) {
                missing.add("<meta charset=\"utf-8\">");
            }
            if (d.select("meta[name=viewport]").stream().noneMatch(m -> m.attr("content").contains("width=device-width"))) {
                missing.add("<meta name=\"viewport\" content=\"width=device-width\">");
            }
            return missing;
        });
        if (!gaps.isEmpty()) {
            return Finding.unmet(String.join("; ", gaps) + ".", "Sửa phần <head> của mẫu trang layout.ftlh.");
        }
        return Finding.met("Các trang " + String.join(", ", rule.<String>list("pages")) + " khai báo tiếng Việt, UTF-8 và khổ màn hình điện thoại.");
    }

    /** "index.html: thiếu điện thoại" for each of the rule's pages that lacks something {@code missing} names. */
    private static List<String> gaps(Rule rule, BuiltPages pages, java.util.function.Function<Document, List<String>> missing) {
        List<String> gaps = new ArrayList<>();
        for (String page : rule.<String>list("pages")) {
            Optional<Document> doc = pages.page(page);
            List<String> lacking = doc.map(missing).orElse(List.of());
            if (doc.isEmpty()) {
                gaps.add(page + ": không có trang");
            } else if (!lacking.isEmpty()) {
                gaps.add(page + ": thiếu " + String.join(", ", lacking));
            }
        }
        return gaps;
    }

    /** {@code rating-link}: a configured http(s) service, linked from the pages. */
    static Finding ratingLink(Rule rule, Site site, BuiltPages pages) {
        if (site.satisfactionUrl().isBlank()) {
            return Finding.unmet("Chưa cấu hình dịch vụ đánh giá mức độ hài lòng.", SITE_FILE,
                    "Thêm `satisfactionUrl: https://...` (địa chỉ dịch vụ đánh giá của tỉnh) vào data/site.yaml.");
        }
        List<String> without = rule.<String>list("pages").stream()
                .filter(p -> pages.page(p).map(d -> d.select("a[href]").stream().noneMatch(a -> a.attr("href").equals(site.satisfactionUrl())))
                        .orElse(true))
                .toList();
        if (!without.isEmpty()) {
            return Finding.unmet("Trang " + String.join(", ", without) + " chưa có liên kết đánh giá mức độ hài lòng.",
                    "Giữ liên kết `site.satisfactionUrl` trong chân trang của mẫu layout.ftlh.");
        }
        return Finding.met("Liên kết tới dịch vụ đánh giá " + site.satisfactionUrl() + ".");
    }
}
