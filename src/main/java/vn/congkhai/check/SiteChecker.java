package vn.congkhai.check;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import vn.congkhai.Problems;
import vn.congkhai.model.Say;
import vn.congkhai.model.SourceRef;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;

/**
 * Checks every rendered page as it is produced ({@link #inspect}, thread-safe) and the links
 * between them once all are known ({@link #finish}).
 */
public final class SiteChecker {
    private final Set<String> files = ConcurrentHashMap.newKeySet();
    /** output page → the AsciiDoc file it came from: problems are reported where the editor can fix them. */
    private final Map<String, String> sources = new ConcurrentHashMap<>();
    /** target file → the first page linking to it, for the message. */
    private final Map<String, String> links = new ConcurrentHashMap<>();
    private final Problems problems;
    private final String outputName;
    private final AtomicInteger parsed = new AtomicInteger();
    /** Parsers not in use at the moment, one for each thread that has checked pages at the same time (each holds on to the last page it parsed). */
    private final Queue<Parser> parsers = new ConcurrentLinkedQueue<>();

    private final String basePath;

    /**
     * @param outputName how problems name the output folder, e.g. {@code site}
     * @param basePath   the path of the portal's address ("/" or "/phuong-x/"): links starting with it lead into the site
     */
    public SiteChecker(Problems problems, String outputName, String basePath) {
        this.problems = problems;
        this.outputName = outputName;
        this.basePath = basePath;
    }

    /** Names the source of an output page, so its problems point at the file an editor wrote. */
    public void sourceOf(String page, String sourceFile) {
        sources.put(page, sourceFile);
    }

    private SourceRef where(String page) {
        String source = sources.get(page);
        return SourceRef.file(source != null ? source : outputName + "/" + page);
    }

    /** Records a file that exists in the output without being inspected (assets). */
    public void known(String path) {
        files.add(path);
    }

    /** How many pages were parsed and checked in full. */
    public int parsedPages() {
        return parsed.get();
    }

    /** Checks one rendered page in full; returns the site files it links to. */
    public List<String> inspect(String path, String html) {
        Set<String> pageLinks = new TreeSet<>();
        inspect(path, html, pageLinks);
        parsed.incrementAndGet();
        return List.copyOf(pageLinks);
    }

    /** Takes a page checked by an earlier build, whose bytes are unchanged: only its links are checked again. */
    public void reuse(String path, List<String> pageLinks) {
        files.add(path);
        pageLinks.forEach(target -> links.putIfAbsent(target, path));
    }

    private void inspect(String path, String html, Set<String> pageLinks) {
        files.add(path);
        Document doc = parse(html);
        SourceRef at = where(path);
        Element root = doc.selectFirst("html");
        if (root == null || !"vi".equals(root.attr("lang"))) {
            problems.error(at, "", Say.of("Trang thiếu khai báo ngôn ngữ `lang=\"vi\"`.", "The page does not declare its language `lang=\"vi\"`."),
                    Say.of("Sửa thẻ <html> trong mẫu trang.", "Correct the <html> tag in the template."));
        }
        if (doc.title().isBlank()) {
            problems.error(at, "", Say.of("Trang không có tiêu đề (<title>).", "The page has no <title>."), Say.of("Sửa mẫu trang.", "Correct the template."));
        }
        // One walk over the tree, in document order, checks every element: a portal has tens of thousands of pages,
        // so the walk steps from element to element instead of first listing them all.
        for (Element e = doc; e != null; e = following(e)) {
            inspect(e, path, at, pageLinks);
        }
    }

    /** Parses with a parser of this checker's, reused: a new one per page would first rebuild its table of tags. */
    private Document parse(String html) {
        Parser parser = parsers.poll();
        if (parser == null) {
            parser = Parser.htmlParser(); // the defaults, as Jsoup.parse: no positions, no errors kept
        }
        try {
            return parser.parseInput(html, "");
        } finally {
            parsers.offer(parser);
        }
    }

    /** The element after {@code e} in document order (its first child, else its next sibling or an ancestor's). */
    private static Element following(Element e) {
        Element child = e.firstElementChild();
        if (child != null) {
            return child;
        }
        for (Element at = e; at != null; at = at.parent()) {
            Element next = at.nextElementSibling();
            if (next != null) {
                return next;
            }
        }
        return null;
    }

    private void inspect(Element e, String path, SourceRef at, Set<String> pageLinks) {
        String ref = null;
        if (e.attributesSize() > 0) { // asking for the attributes of an element without any would make it an empty set
            for (Attribute a : e.attributes()) {
                String key = a.getKey();
                if (key.length() > 2 && key.regionMatches(true, 0, "on", 0, 2)) {
                    problems.error(at, "", Say.of("Trang có mã lệnh trong thuộc tính `" + key + "`.", "The page has code in the attribute `" + key + "`."),
                            Say.of("Xóa thuộc tính này khỏi mẫu trang.", "Remove the attribute from the template."));
                } else if (key.equals("href") || key.equals("src")) {
                    ref = a.getValue();
                }
            }
        }
        String name = e.normalName();
        if (name.equals("script")) {
            String src = e.attr("src");
            if ((src.isEmpty() || isExternal(src)) && !e.attr("type").equals("application/ld+json")) {
                problems.error(at, "", Say.of("Trang có mã script nội tuyến hoặc từ nơi khác.", "The page has an inline script or one from elsewhere."),
                        Say.of("Chỉ dùng tệp script của cổng trong assets/, gắn bằng thuộc tính src.",
                                "Use only the portal's own script files in assets/, with a src attribute."));
            }
        }
        if (ref != null) {
            if (loadsResource(e, name) && isExternal(ref)) {
                problems.error(at, "", Say.of("Trang tải nội dung từ máy chủ khác: `" + abbreviate(ref) + "`.",
                                "The page loads content from another host: `" + abbreviate(ref) + "`."),
                        Say.of("Người xem bị lộ thông tin cho máy chủ đó: tải tệp về thư mục assets/ và dùng đường dẫn tương đối.",
                                "That host learns who reads the page: download the file into assets/ and use a relative path."));
                return;
            }
            link(path, ref, at, pageLinks);
        }
    }

    private void link(String path, String ref, SourceRef at, Set<String> pageLinks) {
        String lower = ref.strip().toLowerCase();
        if (lower.startsWith("javascript:") || lower.startsWith("data:") || lower.startsWith("vbscript:")) {
            problems.error(at, "", Say.of("Trang có liên kết không an toàn `" + abbreviate(ref) + "`.", "The page has an unsafe link `" + abbreviate(ref) + "`."),
                    Say.of("Xóa liên kết này.", "Remove the link."));
            return;
        }
        if (isExternal(ref) || ref.startsWith("#") || ref.isEmpty()) {
            return;
        }
        if (ref.startsWith("/") && !ref.startsWith("//") && !ref.startsWith(basePath)) {
            problems.error(at, "", Say.of("Liên kết `" + abbreviate(ref) + "` dẫn ra ngoài địa chỉ của cổng (" + basePath + ").",
                            "The link `" + abbreviate(ref) + "` leads outside the portal's address (" + basePath + ")."),
                    Say.of("Dùng đường dẫn tương đối, ví dụ `xep-hang/index.html`.", "Use a relative path, e.g. `xep-hang/index.html`."));
            return;
        }
        String relative = ref.startsWith(basePath) && !ref.startsWith("//") ? "/" + ref.substring(basePath.length()) : ref;
        (relative.startsWith("/") ? resolve("index.html", relative.substring(1)) : resolve(path, relative)).ifPresentOrElse(target -> {
                    links.putIfAbsent(target, path);
                    pageLinks.add(target);
                },
                () -> problems.error(at, "", Say.of("Liên kết `" + abbreviate(ref) + "` không hợp lệ.", "The link `" + abbreviate(ref) + "` is not valid."),
                        Say.of("Sửa liên kết.", "Correct the link.")));
    }

    /** Reports every internal link whose target file does not exist. */
    public void finish() {
        new TreeMap<>(links).forEach((target, from) -> {
            boolean exists = files.contains(target) || files.contains(target + "index.html")
                    || files.contains(target.isEmpty() ? "index.html" : target + "/index.html");
            if (!exists) {
                String html = target.replaceAll("\\.adoc$", ".html");
                problems.error(where(from), "", Say.of("Liên kết tới `" + target + "` không dẫn tới trang nào.",
                                "The link to `" + target + "` leads to no page."),
                        target.endsWith(".adoc") ? Say.of("Trang đã đăng có đuôi .html: viết `" + html + "` (hoặc dùng xref:" + target + "[]).",
                                "Published pages end in .html: write `" + html + "` (or use xref:" + target + "[]).")
                                : Say.of("Sửa liên kết, hoặc thêm trang còn thiếu.", "Correct the link, or add the missing page."));
            }
        });
    }

    private static final Pattern FETCHING_REL = Pattern.compile(".*\\b(stylesheet|icon|preload|prefetch|modulepreload|manifest)\\b.*");

    /** Elements whose address the browser fetches by itself, as opposed to links a reader chooses to follow. */
    private static boolean loadsResource(Element e, String name) {
        return switch (name) {
            case "img", "script", "iframe", "audio", "video", "source", "embed", "track", "input" -> true;
            // canonical and alternate links name addresses; these fetch them
            case "link" -> FETCHING_REL.matcher(e.attr("rel").toLowerCase()).matches();
            default -> false;
        };
    }

    private static boolean isExternal(String ref) {
        String r = ref.toLowerCase();
        return r.startsWith("http:") || r.startsWith("https:") || r.startsWith("mailto:") || r.startsWith("tel:") || r.startsWith("//");
    }

    /**
     * The site-relative file a relative link from {@code page} points at, without query or fragment;
     * empty when it climbs above the site root or is not a plain relative path.
     */
    static java.util.Optional<String> resolve(String page, String ref) {
        String target = stripQuery(ref);
        if (target.contains(":") || target.startsWith("/")) {
            return java.util.Optional.empty(); // another scheme, or absolute: not a link between our files
        }
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        int slash = page.lastIndexOf('/');
        if (slash > 0) {
            for (String p : page.substring(0, slash).split("/")) {
                parts.addLast(p);
            }
        }
        for (String p : target.split("/", -1)) {
            if (p.equals("..")) {
                if (parts.isEmpty()) {
                    return java.util.Optional.empty();
                }
                parts.removeLast();
            } else if (!p.equals(".")) {
                parts.addLast(p);
            }
        }
        return java.util.Optional.of(String.join("/", parts));
    }

    private static String stripQuery(String ref) {
        int cut = ref.length();
        for (char c : new char[]{'#', '?'}) {
            int i = ref.indexOf(c);
            if (i >= 0) {
                cut = Math.min(cut, i);
            }
        }
        String path = ref.substring(0, cut);
        return path.indexOf('%') >= 0 ? java.net.URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8) : path;
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
