package vn.congkhai.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.congkhai.model.Banner;
import vn.congkhai.model.Conformance;
import vn.congkhai.model.Rule;
import vn.congkhai.model.RuleKind;
import vn.congkhai.model.RuleOutcome;
import vn.congkhai.render.Views.BannerView;
import vn.congkhai.render.Views.ConformanceView;
import vn.congkhai.render.Views.RuleView;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** The conformance page and its JSON twin, and the site-wide banners shown on the build date. */
public final class ConformanceViews {
    public static final String PAGE = "muc-do-dap-ung.html";
    public static final String JSON = "muc-do-dap-ung.json";
    private static final DateTimeFormatter TIME_AND_DAY = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private ConformanceViews() {
    }

    static List<BannerView> banners(List<Banner> banners, LocalDate buildDate) {
        return banners.stream().filter(b -> b.shownOn(buildDate))
                .map(b -> new BannerView(b.text(), b.downtime()
                        .map(d -> "Tạm ngừng từ " + TIME_AND_DAY.format(d.start()) + ". Dự kiến hoạt động trở lại lúc "
                                + TIME_AND_DAY.format(d.restoredBy()) + ".")
                        .orElse("")))
                .toList();
    }

    static ConformanceView view(Conformance c) {
        List<RuleView> rules = c.outcomes().stream().map(o -> {
            Rule r = o.rule();
            return new RuleView(r.id(), r.title(), r.citation(), r.from().format(PagePlanner.VI_DATE), r.from().toString(),
                    r.level().label(), o.status().label(), statusId(o.status()), o.detail(), r.adjustments(), r.reason(),
                    o.forCitizens());
        }).toList();
        return new ConformanceView(c.summary(), c.buildDate().format(PagePlanner.VI_DATE), c.count(RuleOutcome.Status.MET),
                c.checked(), rules, groups(rules));
    }

    /** The order citizens read them in: what is not met yet, what is checked by hand, what is met, what comes later, what is off. */
    private static final List<String[]> GROUPS = List.of(
            new String[]{"chua-dap-ung", "Chưa đáp ứng", "Những quy định trang thông tin chưa đáp ứng. Phường đang bổ sung."},
            new String[]{"kiem-tra-thu-cong", "Phường tự theo dõi", "Những việc không kiểm tra tự động được (ví dụ phát trên loa truyền thanh): phường tự theo dõi và ghi lại."},
            new String[]{"dap-ung", "Đã đáp ứng", "Trang thông tin đã đáp ứng các quy định sau, theo kết quả tự kiểm tra."},
            new String[]{"chua-ap-dung", "Chưa đến ngày áp dụng", "Các quy định đã ban hành nhưng chưa đến ngày có hiệu lực."},
            new String[]{"da-tat", "Phường không áp dụng", "Các quy định phường không áp dụng, kèm lý do."});

    private static List<Views.RuleGroupView> groups(List<RuleView> rules) {
        return GROUPS.stream()
                .map(g -> new Views.RuleGroupView(g[0], g[1], g[2], rules.stream().filter(r -> r.statusId().equals(g[0])).toList()))
                .filter(g -> !g.rules().isEmpty())
                .toList();
    }

    /** "dap-ung", "chua-dap-ung", ...: stable words for CSS and for the JSON. */
    static String statusId(RuleOutcome.Status s) {
        return switch (s) {
            case MET -> "dap-ung";
            case UNMET -> "chua-dap-ung";
            case NOT_YET -> "chua-ap-dung";
            case MANUAL -> "kiem-tra-thu-cong";
            case OFF -> "da-tat";
        };
    }

    /** The same outcomes as JSON, for whoever measures portals (NĐ 224 Điều 12); keys in a fixed order. */
    public static byte[] json(Conformance c) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("buildDate", c.buildDate().toString());
        root.put("summary", c.summary());
        ObjectNode counts = root.putObject("counts");
        for (RuleOutcome.Status s : RuleOutcome.Status.values()) {
            counts.put(statusId(s), c.count(s));
        }
        ArrayNode rules = root.putArray("rules");
        for (RuleOutcome o : c.outcomes()) {
            Rule r = o.rule();
            ObjectNode n = rules.addObject();
            n.put("id", r.id());
            n.put("title", r.title());
            n.put("citation", r.citation());
            n.put("appliesFrom", r.from().toString());
            n.put("severity", r.level().id());
            n.put("check", r.kind().id());
            n.put("status", statusId(o.status()));
            n.put("detail", o.detail());
            if (!r.reason().isEmpty()) {
                n.put("reason", r.reason());
            }
            if (!r.adjustments().isEmpty()) {
                // the ward's changes to the default rule ("data/rules/...yaml: ..."): for auditors, not on the citizens' page
                ArrayNode adjusted = n.putArray("adjustments");
                r.adjustments().forEach(adjusted::add);
            }
            ObjectNode params = n.putObject("params");
            r.params().forEach((k, v) -> params.set(k, mapper.valueToTree(plain(v))));
        }
        try {
            return (mapper.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object plain(Object v) {
        if (v instanceof List<?> l) {
            return l.stream().map(ConformanceViews::plain).toList();
        }
        if (v instanceof RuleKind.PageRef p) {
            Map<String, String> m = new java.util.LinkedHashMap<>();
            m.put("path", p.path());
            m.put("title", p.title());
            return m;
        }
        return v instanceof LocalDate d ? d.toString() : v;
    }
}
