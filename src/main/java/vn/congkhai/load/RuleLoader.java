package vn.congkhai.load;

import vn.congkhai.model.Say;

import vn.congkhai.Problems;
import vn.congkhai.model.Rule;
import vn.congkhai.model.RuleKind;
import vn.congkhai.model.SourceRef;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The conformance ruleset: the default shipped in the plugin ({@value #DEFAULT}), then every
 * {@code data/rules/*.yaml} of the ward, in file-name order, merged by rule id. A ward file may add a
 * rule (all fields), or override fields of an existing one ({@code id} and what changes; {@code params}
 * are merged key by key). Lowering a rule's level (error → warning → off) or moving its start date later
 * needs a {@code reason}: the law is not optional, so relaxing a rule is allowed only in the open, with the
 * reason published on the conformance page. Raising a level or tightening parameters needs none.
 */
public final class RuleLoader {
    /** The default ruleset's resource, and how messages name it. */
    public static final String DEFAULT = "vn/congkhai/defaults/rules/cong-thong-tin.yaml";
    static final String DEFAULT_NAME = "(quy tắc mặc định của congkhai) rules/cong-thong-tin.yaml";
    static final String FOLDER = "data/rules";
    static final Set<String> FILE_KEYS = Set.of("rules");
    static final Set<String> RULE_KEYS = Set.of("id", "title", "citation", "from", "severity", "check", "params", "reason");
    static final Set<String> PAGE_KEYS = Set.of("path", "title");
    private static final Map<RuleKind, List<String>> REQUIRED_PARAMS = Map.of(
            RuleKind.PAGE, List.of("path"), RuleKind.PAGES, List.of("pages"), RuleKind.FRESHNESS, List.of("tag", "days"));

    private final Path projectDir;
    private final Problems problems;
    private final YamlReader yaml = new YamlReader();

    public RuleLoader(Path projectDir, Problems problems) {
        this.projectDir = projectDir;
        this.problems = problems;
    }

    public List<Rule> load() {
        Map<String, Rule> rules = new LinkedHashMap<>();
        yaml.parse(defaultText(), DEFAULT_NAME, problems).ifPresent(root -> readFile(root, DEFAULT_NAME, rules));
        for (String rel : wardFiles()) {
            if (!ProjectFiles.isInside(projectDir, projectDir.resolve(rel))) {
                problems.error(SourceRef.file(rel), "", Say.of("Tệp " + rel + " trỏ ra ngoài thư mục dự án.",
                                "The file " + rel + " points outside the project folder."),
                        Say.of("Thay liên kết (symlink) bằng một tệp thật nằm trong dự án.",
                                "Replace the link (symlink) with a real file inside the project."));
                continue;
            }
            yaml.read(projectDir.resolve(rel), rel, problems).ifPresent(root -> readFile(root, rel, rules));
        }
        rules.values().forEach(this::checkComplete);
        return List.copyOf(rules.values());
    }

    private static String defaultText() {
        try (InputStream in = RuleLoader.class.getClassLoader().getResourceAsStream(DEFAULT)) {
            if (in == null) {
                throw new IllegalStateException("the default ruleset " + DEFAULT + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> wardFiles() {
        Path dir = projectDir.resolve(FOLDER);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") || n.endsWith(".yml"))
                    .sorted(DataLoader::naturalOrder).map(n -> FOLDER + "/" + n).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readFile(Node root, String file, Map<String, Rule> rules) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        Fields.of(root, "", FILE_KEYS, problems).ifPresent(f -> f.list("rules", true, (node, path) -> {
            Fields.of(node, path, RULE_KEYS, problems).ifPresent(r -> {
                String id = r.requiredString("id");
                if (id.isEmpty()) {
                    return;
                }
                if (!Slugs.isSlugPath(id) || id.contains("/")) {
                    problems.error(r.at("id"), r.field("id"), Say.of("Mã quy tắc `" + id + "` có dấu, chữ hoa hoặc khoảng trắng.",
                                    "The rule id `" + id + "` has accents, capital letters or spaces."),
                            Say.of("Viết chữ thường không dấu, nối bằng dấu gạch ngang, ví dụ `" + Slugs.slugify(id) + "`.",
                                    "Write it in lower case without accents, joined by hyphens, for example `" + Slugs.slugify(id) + "`."));
                    return;
                }
                if (!seen.add(id)) {
                    problems.error(r.at("id"), r.field("id"), Say.of("Quy tắc `" + id + "` được viết hai lần trong tệp này.",
                                    "The rule `" + id + "` is written twice in this file."),
                            Say.of("Gộp hai chỗ thành một.", "Merge the two into one."));
                    return;
                }
                Rule before = rules.get(id);
                Rule merged = before == null ? fresh(id, r) : override(before, r, file);
                if (merged != null) {
                    rules.put(id, merged);
                }
            });
            return Optional.empty();
        }));
    }

    /** A rule the ward adds: every field is needed. */
    private Rule fresh(String id, Fields r) {
        String kindName = r.requiredString("check");
        Optional<RuleKind> kind = kind(r, kindName);
        String title = r.requiredString("title");
        String citation = r.requiredString("citation");
        LocalDate from = r.requiredDate("from");
        Optional<Rule.Level> level = r.has("severity") ? level(r) : missingLevel(r);
        if (kind.isEmpty() || level.isEmpty()) {
            return null;
        }
        Map<String, Object> params = params(r, kind.get(), Map.of());
        return new Rule(id, title, citation, from, level.get(), kind.get(), params, r.optionalString("reason"), List.of(), r.at("id"));
    }

    private Optional<Rule.Level> missingLevel(Fields r) {
        r.missing("severity", Say.of("error, warning hoặc off", "error, warning or off"));
        return Optional.empty();
    }

    /** A ward's change to a rule it inherited. */
    private Rule override(Rule before, Fields r, String file) {
        List<String> changes = new ArrayList<>(before.adjustments());
        if (r.has("check") && !r.requiredString("check").equals(before.kind().id())) {
            problems.error(r.at("check"), r.field("check"), Say.of("Quy tắc `" + before.id() + "` đã có kiểu kiểm tra `" + before.kind().id()
                            + "`; không đổi kiểu kiểm tra của một quy tắc có sẵn.", "The rule `" + before.id() + "` already has the check `"
                            + before.kind().id() + "`; an existing rule's check cannot be changed."),
                    Say.of("Xóa dòng `check`, hoặc đặt một mã quy tắc mới (`id`) cho quy tắc của phường.",
                            "Delete the `check` line, or give the ward's rule a new rule id (`id`)."));
            return null;
        }
        Rule.Level level = before.level();
        if (r.has("severity")) {
            Optional<Rule.Level> l = level(r);
            if (l.isEmpty()) {
                return null;
            }
            level = l.get();
            if (level != before.level()) {
                changes.add(file + ": mức " + before.level().label() + " → " + level.label());
            }
        }
        LocalDate from = before.from();
        if (r.has("from")) {
            from = r.requiredDate("from");
            if (!from.equals(before.from())) {
                changes.add(file + ": áp dụng từ " + before.from() + " → " + from);
            }
        }
        String reason = r.has("reason") ? r.optionalString("reason") : before.reason();
        boolean relaxes = level.ordinal() > before.level().ordinal() || from.isAfter(before.from());
        if (relaxes && reason.isBlank()) {
            problems.error(r.at("id"), r.field("reason"), Say.of("Quy tắc `" + before.id() + "` bị nới (hạ mức hoặc lùi ngày áp dụng) mà không ghi lý do.",
                            "The rule `" + before.id() + "` is relaxed (a lower level or a later start date) without a reason."),
                    Say.of("Thêm dòng `reason: ...` nói vì sao; lý do được công bố trên trang mức độ đáp ứng.",
                            "Add a `reason: ...` line saying why; the reason is published on the conformance page."));
            return null;
        }
        String title = r.has("title") ? r.requiredString("title") : before.title();
        String citation = r.has("citation") ? r.requiredString("citation") : before.citation();
        Map<String, Object> params = params(r, before.kind(), before.params());
        if (!params.equals(before.params())) {
            changes.add(file + ": tham số " + describeChanges(before.params(), params));
        }
        return new Rule(before.id(), title, citation, from, level, before.kind(), params, reason, List.copyOf(changes), r.at("id"));
    }

    private static String describeChanges(Map<String, Object> before, Map<String, Object> after) {
        List<String> out = new ArrayList<>();
        after.forEach((k, v) -> {
            if (!v.equals(before.get(k))) {
                out.add(k + " = " + v);
            }
        });
        return String.join(", ", out);
    }

    private Optional<RuleKind> kind(Fields r, String name) {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Optional<RuleKind> kind = RuleKind.byId(name);
        if (kind.isEmpty()) {
            List<String> known = java.util.Arrays.stream(RuleKind.values()).map(RuleKind::id).toList();
            problems.error(r.at("check"), r.field("check"), Say.of("Không có kiểu kiểm tra `" + name + "`.", "There is no check kind `" + name + "`."),
                    Suggest.didYouMean(name, known).then(Say.of("Các kiểu có: " + String.join(", ", known) + ".",
                            "The kinds are: " + String.join(", ", known) + ".")));
        }
        return kind;
    }

    private Optional<Rule.Level> level(Fields r) {
        String s = r.requiredString("severity");
        for (Rule.Level l : Rule.Level.values()) {
            if (l.id().equals(s)) {
                return Optional.of(l);
            }
        }
        problems.error(r.at("severity"), r.field("severity"), Say.of("Mức `" + s + "` không rõ.", "The level `" + s + "` is unknown."),
                Say.of("Viết `error` (lỗi: không xuất bản), `warning` (cảnh báo) hoặc `off` (tắt, cần `reason`).",
                        "Write `error` (nothing is published), `warning` or `off` (turned off, needs a `reason`)."));
        return Optional.empty();
    }

    /** The kind's parameters, each read as the kind declares, over {@code inherited}. */
    private Map<String, Object> params(Fields r, RuleKind kind, Map<String, Object> inherited) {
        Map<String, Object> out = new LinkedHashMap<>(inherited);
        Optional<Node> node = r.node("params");
        if (node.isEmpty()) {
            return out;
        }
        Fields.of(node.get(), r.field("params"), kind.params().keySet(), problems).ifPresent(p -> {
            for (Map.Entry<String, RuleKind.Param> e : kind.params().entrySet()) {
                if (p.has(e.getKey())) {
                    param(p, e.getKey(), e.getValue()).ifPresent(v -> out.put(e.getKey(), v));
                }
            }
        });
        return out;
    }

    private Optional<Object> param(Fields p, String key, RuleKind.Param type) {
        return switch (type) {
            case TEXT -> Optional.of(p.requiredString(key));
            case TEXTS -> Optional.of(p.stringList(key));
            case NUMBER -> {
                int n = p.optionalInt(key, -1);
                if (n < 0 && p.has(key)) {
                    yield Optional.empty(); // wrong type: already reported
                }
                yield Optional.of(n);
            }
            case YES_NO -> Optional.of(p.optionalBoolean(key, false));
            case PAGES -> Optional.of(p.list(key, false, (n, path) -> Fields.of(n, path, PAGE_KEYS, problems)
                    .map(f -> new RuleKind.PageRef(f.requiredString("path"), f.requiredString("title")))));
        };
    }

    private void checkComplete(Rule rule) {
        for (String param : REQUIRED_PARAMS.getOrDefault(rule.kind(), List.of())) {
            if (!rule.params().containsKey(param)) {
                problems.error(rule.at(), "params." + param, Say.of("Quy tắc `" + rule.id() + "` (kiểu " + rule.kind().id()
                                + ") thiếu tham số `" + param + "`.", "The rule `" + rule.id() + "` (check " + rule.kind().id()
                                + ") is missing the parameter `" + param + "`."),
                        Say.of("Thêm `" + param + ": ...` dưới `params:` của quy tắc.", "Add `" + param + ": ...` under the rule's `params:`."));
            }
        }
    }
}
