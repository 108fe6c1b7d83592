package vn.congkhai.check;

import org.jsoup.nodes.Document;
import vn.congkhai.model.Leader;
import vn.congkhai.model.Rule;
import vn.congkhai.model.Say;
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
            return Finding.unmet(Say.of("data/site.yaml chưa có lãnh đạo nào (leaders).", "data/site.yaml lists no leaders yet (leaders)."),
                    SITE_FILE, Say.of("Thêm danh sách `leaders:` với họ tên, chức vụ, nhiệm vụ, tiểu sử và điện thoại hoặc thư điện tử.",
                            "Add a `leaders:` list with each leader's full name, position, duties, biography and phone or e-mail."))
                    .saying("Chưa công bố thông tin lãnh đạo.");
        }
        String text = pages.page(page).map(Document::text).orElse("");
        List<Say> gaps = new ArrayList<>();
        List<String> people = new ArrayList<>();
        for (Leader l : site.leaders()) {
            List<Say> missing = new ArrayList<>();
            if (l.duties().isBlank()) {
                missing.add(Say.of("nhiệm vụ", "duties"));
            }
            if (l.biography().isBlank()) {
                missing.add(Say.of("tiểu sử tóm tắt", "a short biography"));
            }
            if (l.phone().isBlank() && l.email().isBlank()) {
                missing.add(Say.of("điện thoại hoặc thư điện tử", "a phone number or e-mail address"));
            }
            if (!text.contains(l.name())) {
                missing.add(Say.of("không hiện trên trang " + page, "not shown on the page " + page));
            }
            if (!missing.isEmpty()) {
                gaps.add(Say.of(l.name() + ": thiếu " + commas(missing).vi(), l.name() + ": missing " + commas(missing).en()));
                people.add(l.name());
            }
        }
        if (!gaps.isEmpty()) {
            Say all = Finding.joined(gaps);
            return Finding.unmet(Say.of(all.vi() + ".", all.en() + "."), SITE_FILE,
                    Say.of("Bổ sung các trường `duties`, `biography`, `phone`, `email` của lãnh đạo.",
                            "Fill in the leaders' `duties`, `biography`, `phone` and `email` fields."))
                    .saying("Thông tin của " + String.join(", ", people) + " chưa đủ (nhiệm vụ, tiểu sử tóm tắt, cách liên hệ).");
        }
        return Finding.met("Đủ thông tin của " + site.leaders().size() + " lãnh đạo, hiện trên trang " + page + ".");
    }

    /** {@code header}: the full official name in the page's header. */
    static Finding header(Rule rule, Site site, BuiltPages pages) {
        return onEveryPage(rule, pages, "header", Map.of(Say.of("tên trang", "the portal's name"), site.portalTitle()),
                Say.of("Đầu trang", "The page header"));
    }

    /** {@code footer}: owner, person responsible, address, phone and e-mail, as written in data/site.yaml. */
    static Finding footer(Rule rule, Site site, BuiltPages pages) {
        Map<Say, String> wanted = new LinkedHashMap<>();
        wanted.put(Say.of("cơ quan chủ quản", "the governing body"), site.owner());
        wanted.put(Say.of("người chịu trách nhiệm", "the person responsible"), site.responsible());
        wanted.put(Say.of("địa chỉ", "the address"), site.address());
        wanted.put(Say.of("điện thoại", "the phone number"), site.phone());
        wanted.put(Say.of("thư điện tử", "the e-mail address"), site.email());
        return onEveryPage(rule, pages, "footer", wanted, Say.of("Chân trang", "The page footer"));
    }

    private static Finding onEveryPage(Rule rule, BuiltPages pages, String selector, Map<Say, String> wanted, Say what) {
        java.util.Set<String> lackingAnywhere = new java.util.LinkedHashSet<>();
        List<Say> gaps = gaps(rule, pages, doc -> {
            String text = PageRules.textOf(doc, selector);
            List<Say> lacking = wanted.entrySet().stream()
                    .filter(e -> e.getValue().isBlank() || !text.contains(e.getValue())).map(Map.Entry::getKey).toList();
            lacking.forEach(l -> lackingAnywhere.add(l.vi()));
            return lacking;
        });
        if (!gaps.isEmpty()) {
            Say all = Finding.joined(gaps);
            return Finding.unmet(Say.of(what.vi() + " chưa đủ: " + all.vi() + ".", what.en() + " is incomplete: " + all.en() + "."),
                    Say.of("Điền các trường trong data/site.yaml và giữ phần <" + selector + "> của mẫu trang layout.ftlh.",
                            "Fill in the fields in data/site.yaml and keep the <" + selector + "> part of the layout.ftlh template."))
                    .saying(lackingAnywhere.isEmpty() ? what.vi() + " chưa đủ thông tin." : what.vi() + " chưa ghi " + String.join(", ", lackingAnywhere) + ".");
        }
        return Finding.met(what.vi() + " có đủ " + String.join(", ", wanted.keySet().stream().map(Say::vi).toList()) + " trên " + String.join(", ", rule.<String>list("pages")) + ".");
    }

    /** {@code basics}: lang="vi", UTF-8 and a viewport that follows the phone's width. */
    static Finding basics(Rule rule, BuiltPages pages) {
        List<Say> gaps = gaps(rule, pages, d -> {
            List<Say> missing = new ArrayList<>();
            if (!"vi".equals(d.selectFirst("html") == null ? "" : d.selectFirst("html").attr("lang"))) {
                missing.add(Say.same("lang=\"vi\""));
            }
            if (d.select("meta[charset]").stream().noneMatch(m -> m.attr("charset").equalsIgnoreCase("utf-8"))) {
                missing.add(Say.same("<meta charset=\"utf-8\">"));
            }
            if (d.select("meta[name=viewport]").stream().noneMatch(m -> m.attr("content").contains("width=device-width"))) {
                missing.add(Say.same("<meta name=\"viewport\" content=\"width=device-width\">"));
            }
            return missing;
        });
        if (!gaps.isEmpty()) {
            Say all = Finding.joined(gaps);
            return Finding.unmet(Say.of(all.vi() + ".", all.en() + "."),
                    Say.of("Sửa phần <head> của mẫu trang layout.ftlh.", "Fix the <head> part of the layout.ftlh template."))
                    .saying("Một số trang chưa khai báo tiếng Việt hoặc chưa hiển thị vừa màn hình điện thoại.");
        }
        return Finding.met("Các trang " + String.join(", ", rule.<String>list("pages")) + " khai báo tiếng Việt, UTF-8 và khổ màn hình điện thoại.");
    }

    /** "index.html: thiếu điện thoại" for each of the rule's pages that lacks something {@code missing} names. */
    private static List<Say> gaps(Rule rule, BuiltPages pages, java.util.function.Function<Document, List<Say>> missing) {
        List<Say> gaps = new ArrayList<>();
        for (String page : rule.<String>list("pages")) {
            Optional<Document> doc = pages.page(page);
            List<Say> lacking = doc.map(missing).orElse(List.of());
            if (doc.isEmpty()) {
                gaps.add(Say.of(page + ": không có trang", page + ": no such page"));
            } else if (!lacking.isEmpty()) {
                gaps.add(Say.of(page + ": thiếu " + commas(lacking).vi(), page + ": missing " + commas(lacking).en()));
            }
        }
        return gaps;
    }

    /** The parts joined by {@code ", "} in each language. */
    private static Say commas(List<Say> parts) {
        return Say.of(String.join(", ", parts.stream().map(Say::vi).toList()), String.join(", ", parts.stream().map(Say::en).toList()));
    }

    /** {@code rating-link}: a configured http(s) service, linked from the pages. */
    static Finding ratingLink(Rule rule, Site site, BuiltPages pages) {
        if (site.satisfactionUrl().isBlank()) {
            return Finding.unmet(Say.of("Chưa cấu hình dịch vụ đánh giá mức độ hài lòng.", "No satisfaction survey service is configured."),
                    SITE_FILE, Say.of("Thêm `satisfactionUrl: https://...` (địa chỉ dịch vụ đánh giá của tỉnh) vào data/site.yaml.",
                            "Add `satisfactionUrl: https://...` (the address of the province's survey service) to data/site.yaml."))
                    .saying("Chưa có liên kết để người dân đánh giá mức độ hài lòng.");
        }
        List<String> without = rule.<String>list("pages").stream()
                .filter(p -> pages.page(p).map(d -> d.select("a[href]").stream().noneMatch(a -> a.attr("href").equals(site.satisfactionUrl())))
                        .orElse(true))
                .toList();
        if (!without.isEmpty()) {
            return Finding.unmet(Say.of("Trang " + String.join(", ", without) + " chưa có liên kết đánh giá mức độ hài lòng.",
                            "Page " + String.join(", ", without) + " does not link to the satisfaction survey yet."),
                    Say.of("Giữ liên kết `site.satisfactionUrl` trong chân trang của mẫu layout.ftlh.",
                            "Keep the `site.satisfactionUrl` link in the footer of the layout.ftlh template."))
                    .saying("Một số trang chưa có liên kết để người dân đánh giá mức độ hài lòng.");
        }
        return Finding.met("Liên kết tới dịch vụ đánh giá " + site.satisfactionUrl() + ".");
    }
}
