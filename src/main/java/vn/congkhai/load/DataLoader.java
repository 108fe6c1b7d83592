package vn.congkhai.load;

import vn.congkhai.Problems;
import vn.congkhai.model.AwardPlan;
import vn.congkhai.model.Bonus;
import vn.congkhai.model.Checklist;
import vn.congkhai.model.ChecklistItem;
import vn.congkhai.model.Criterion;
import vn.congkhai.model.CriterionInput;
import vn.congkhai.model.IncidentDeduction;
import vn.congkhai.model.Leader;
import vn.congkhai.model.Publications;
import vn.congkhai.model.Rating;
import vn.congkhai.model.Rubric;
import vn.congkhai.model.Scorecard;
import vn.congkhai.model.ScoreSheet;
import vn.congkhai.model.Say;
import vn.congkhai.model.Site;
import vn.congkhai.model.SourceRef;
import vn.congkhai.model.Unit;
import vn.congkhai.model.UnitScore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a ward's {@code data/} folder: one file per kind of thing, the file's name being the id of
 * what it holds ({@code rubrics/bo-phan-mot-cua-2024.yaml} is rubric {@code bo-phan-mot-cua-2024}).
 * <pre>
 * data/site.yaml        the ward: name, contacts, leaders
 * data/units.yaml       the units that take part in contests
 * data/rubrics/*.yaml   one rubric (bộ tiêu chí) each
 * data/scores/*.yaml    one round of scores each
 * data/awards/*.yaml    how a round is rewarded (read by {@link AwardLoader})
 * data/notices/*.yaml   public notices; data/documents/*.yaml documents; data/kpi/*.yaml indicators;
 * data/campaigns/*.yaml campaigns and plans; data/disclosure.yaml, data/holidays.yaml the rules they follow
 * </pre>
 * Longer than our usual classes: it holds the allowed keys and the reader of every record of the site,
 * rubric and score files side by side, so a new field is added in one place.
 */
public final class DataLoader {
    private static final Set<String> SITE_KEYS = Set.of("name", "portalTitle", "province", "baseUrl", "owner",
            "responsible", "address", "phone", "email", "description", "leaders", "illustrativeNotice", "satisfactionUrl", "banners",
            "dataLicense", "dataLicenseUrl", "contact");
    private static final Set<String> LEADER_KEYS = Set.of("name", "title", "duties", "phone", "email", "biography");
    private static final Set<String> UNITS_FILE_KEYS = Set.of("units");
    private static final Set<String> UNIT_KEYS = Set.of("id", "name", "description", "area", "illustrative");
    private static final Set<String> RUBRIC_KEYS = Set.of("title", "issuer", "legalBasis", "total", "criteria", "ratings");
    private static final Set<String> RATING_KEYS = Set.of("label", "stars", "min", "conditions");
    private static final Set<String> CONDITION_KEYS = Set.of("criterion", "min");
    private static final Set<String> CRITERION_KEYS = Set.of("id", "title", "description", "max", "legalBasis",
            "evidence", "checklist", "incidents", "bonuses", "children");
    private static final Set<String> CHECKLIST_KEYS = Set.of("perMissing", "items");
    private static final Set<String> ITEM_KEYS = Set.of("id", "label");
    private static final Set<String> INCIDENT_KEYS = Set.of("perIncident", "incident");
    private static final Set<String> BONUS_KEYS = Set.of("id", "points", "condition");
    private static final Set<String> SHEET_KEYS = Set.of("title", "round", "contest", "rubric", "tieBreakers", "units");
    private static final Set<String> UNIT_SCORE_KEYS = Set.of("unit", "criteria", "selfAssessment");
    private static final Set<String> INPUT_KEYS = Set.of("points", "missing", "incidents", "bonuses", "note", "evidence");

    /**
     * Every kind of data file and the keys its readers accept (see {@link DataShape}). A new kind of file adds
     * one line here and its schema in {@code schemas/}; a test holds the two together.
     */
    public static List<DataShape> shapes() {
        return List.of(
                new DataShape("site", "data/site.yaml", Map.of("", SITE_KEYS, "leader", LEADER_KEYS, "banner", BannerReader.KEYS,
                        "downtime", BannerReader.DOWNTIME_KEYS, "contact", ContactReader.KEYS, "officeHours", ContactReader.HOURS_KEYS,
                        "reception", ContactReader.RECEPTION_KEYS, "receptionSlot", ContactReader.SLOT_KEYS,
                        "complaints", ContactReader.COMPLAINT_KEYS, "informationRequests", ContactReader.REQUEST_KEYS)),
                new DataShape("rules", "data/rules/*.yaml", Map.of("", RuleLoader.FILE_KEYS, "rule", RuleLoader.RULE_KEYS,
                        "page", RuleLoader.PAGE_KEYS)),
                new DataShape("units", "data/units.yaml", Map.of("", UNITS_FILE_KEYS, "unit", UNIT_KEYS)),
                new DataShape("rubrics", "data/rubrics/*.yaml", Map.of("", RUBRIC_KEYS, "criterion", CRITERION_KEYS,
                        "checklist", CHECKLIST_KEYS, "item", ITEM_KEYS, "incidents", INCIDENT_KEYS, "bonus", BONUS_KEYS,
                        "rating", RATING_KEYS, "condition", CONDITION_KEYS)),
                new DataShape("scores", "data/scores/*.yaml", Map.of("", SHEET_KEYS, "unitScore", UNIT_SCORE_KEYS,
                        "criterionInput", INPUT_KEYS)),
                AwardLoader.SHAPE,
                new DataShape("notices", "data/notices/*.yaml", Map.of("", NoticeLoader.NOTICE_KEYS, "decision", NoticeLoader.DECISION_KEYS,
                        "places", NoticeLoader.PLACES_KEYS, "loudspeaker", NoticeLoader.LOUDSPEAKER_KEYS, "attachment", NoticeLoader.ATTACHMENT_KEYS)),
                new DataShape("documents", "data/documents/*.yaml", Map.of("", DocumentLoader.DOCUMENT_KEYS)),
                new DataShape("kpi", "data/kpi/*.yaml", Map.of("", KpiLoader.BOARD_KEYS, "indicator", KpiLoader.INDICATOR_KEYS,
                        "value", KpiLoader.VALUE_KEYS)),
                new DataShape("campaigns", "data/campaigns/*.yaml", Map.of("", CampaignLoader.CAMPAIGN_KEYS, "document", NoticeLoader.DECISION_KEYS,
                        "phase", CampaignLoader.PHASE_KEYS, "milestone", CampaignLoader.MILESTONE_KEYS, "task", CampaignLoader.TASK_KEYS)),
                new DataShape("disclosure", "data/disclosure.yaml", Map.of("", RulesLoader.DISCLOSURE_KEYS, "category", RulesLoader.CATEGORY_KEYS)),
                new DataShape("holidays", "data/holidays.yaml", Map.of("", RulesLoader.HOLIDAYS_KEYS, "year", RulesLoader.YEAR_KEYS,
                        "holiday", RulesLoader.HOLIDAY_KEYS)));
    }

    private final Path projectDir;
    private final Problems problems;
    private final YamlReader yaml = new YamlReader();

    public DataLoader(Path projectDir, Problems problems) {
        this.projectDir = projectDir;
        this.problems = problems;
    }

    Path projectDir() {
        return projectDir;
    }

    public Site site() {
        return read("data/site.yaml", true).flatMap(root -> Fields.of(root, "", SITE_KEYS, problems)).map(f -> new Site(
                f.requiredString("name"),
                f.requiredString("portalTitle"),
                f.requiredString("province"),
                baseUrl(f),
                f.requiredString("owner"),
                f.requiredString("responsible"),
                f.requiredString("address"),
                f.requiredString("phone"),
                f.requiredString("email"),
                f.optionalString("description"),
                f.list("leaders", false, this::leader),
                f.optionalString("illustrativeNotice"),
                satisfactionUrl(f),
                f.list("banners", false, new BannerReader(problems)::banner),
                dataLicense(f),
                dataLicenseUrl(f),
                f.node("contact").flatMap(n -> new ContactReader(problems).contact(n, f.field("contact")))))
                .orElseGet(() -> new Site("", "", "", "https://example.invalid/", "", "", "", "", "", "", List.of(), "", "", List.of(),
                        Site.DEFAULT_DATA_LICENSE, Site.DEFAULT_DATA_LICENSE_URL, Optional.empty()));
    }

    private static String dataLicense(Fields f) {
        String name = f.optionalString("dataLicense");
        return name.isEmpty() ? Site.DEFAULT_DATA_LICENSE : name;
    }

    /** The default licence's address goes with the default name only: another licence names its own, or none. */
    private String dataLicenseUrl(Fields f) {
        String url = f.optionalString("dataLicenseUrl");
        if (!url.isEmpty() && !WebAddress.isHttp(url)) {
            problems.error(f.at("dataLicenseUrl"), "dataLicenseUrl",
                    Say.of("Địa chỉ giấy phép `" + url + "` không phải là một địa chỉ web hợp lệ.",
                            "The licence address `" + url + "` is not a valid web address."),
                    Say.of("Viết địa chỉ đầy đủ bắt đầu bằng https://, ví dụ `" + Site.DEFAULT_DATA_LICENSE_URL + "`.",
                            "Write the full address starting with https://, for example `" + Site.DEFAULT_DATA_LICENSE_URL + "`."));
        }
        if (url.isEmpty() && dataLicense(f).equals(Site.DEFAULT_DATA_LICENSE)) {
            return Site.DEFAULT_DATA_LICENSE_URL;
        }
        return url;
    }

    /** The portal's own address becomes every canonical link and, later, every QR code: it must be a web address. */
    private String baseUrl(Fields f) {
        String url = f.requiredString("baseUrl");
        if (!url.isEmpty() && !WebAddress.isHttp(url)) {
            problems.error(f.at("baseUrl"), "baseUrl", Say.of("Địa chỉ cổng `" + url + "` không phải là một địa chỉ web hợp lệ.",
                            "The portal's address `" + url + "` is not a valid web address."),
                    Say.of("Viết địa chỉ đầy đủ bắt đầu bằng https://, ví dụ `https://myphuoc.angiang.gov.vn/`.",
                            "Write the full address starting with https://, e.g. `https://myphuoc.angiang.gov.vn/`."));
        }
        return url;
    }

    /** Citizens follow this link to rate the portal confidentially: an http(s) address, nothing else. */
    private String satisfactionUrl(Fields f) {
        String url = f.optionalString("satisfactionUrl");
        if (!url.isEmpty() && !WebAddress.isHttp(url)) {
            problems.error(f.at("satisfactionUrl"), "satisfactionUrl", Say.of("Địa chỉ dịch vụ đánh giá mức độ hài lòng `" + url
                            + "` không phải là một địa chỉ web hợp lệ.", "The satisfaction survey address `" + url + "` is not a valid web address."),
                    Say.of("Viết địa chỉ đầy đủ bắt đầu bằng https:// do tỉnh cung cấp.",
                            "Write the full address the province gives, starting with https://."));
            return "";
        }
        return url;
    }

    private Optional<Leader> leader(Node node, String path) {
        return Fields.of(node, path, LEADER_KEYS, problems).map(f -> new Leader(
                f.requiredString("name"), f.requiredString("title"), f.optionalString("duties"),
                f.optionalString("phone"), f.optionalString("email"), f.optionalString("biography")));
    }

    public List<Unit> units() {
        boolean needed = filesIn("data/scores").findAny().isPresent();
        return read("data/units.yaml", needed)
                .flatMap(root -> Fields.of(root, "", UNITS_FILE_KEYS, problems))
                .map(f -> {
                    DistinctNames names = new DistinctNames(Say.of("đơn vị", "unit"), problems);
                    return f.list("units", true, (n, p) -> unit(n, p, names));
                })
                .orElse(List.of());
    }

    private Optional<Unit> unit(Node node, String path, DistinctNames names) {
        return Fields.of(node, path, UNIT_KEYS, problems).map(f -> {
            String id = f.requiredString("id");
            String name = f.requiredString("name");
            names.add(name, f.at("name"), f.field("name"));
            return new Unit(id, name, f.optionalString("description"), f.optionalString("area"), f.optionalBoolean("illustrative", false), f.at("id"));
        });
    }

    public List<Rubric> rubrics() {
        return eachFile("data/rubrics", this::rubric);
    }

    /** Reads every YAML file of a folder with {@code reader(root, relativePath)}, in parallel, in file-name order. */
    <T> List<T> eachFile(String folder, java.util.function.BiFunction<Node, String, Optional<T>> reader) {
        return filesIn(folder).parallel()
                .map(rel -> read(rel, true).flatMap(root -> reader.apply(root, rel)))
                .flatMap(Optional::stream)
                .toList();
    }

    private Optional<Rubric> rubric(Node root, String rel) {
        DistinctNames bands = new DistinctNames(Say.of("mức xếp loại", "rating band"), problems);
        return Fields.of(root, "", RUBRIC_KEYS, problems).map(f -> new Rubric(
                idOf(rel),
                f.requiredString("title"),
                f.optionalString("issuer"),
                f.optionalString("legalBasis"),
                f.requiredDecimal("total"),
                f.list("criteria", true, this::criterion),
                f.list("ratings", false, (n, p) -> rating(n, p, bands)),
                f.at("total")));
    }

    private Optional<Rating> rating(Node node, String path, DistinctNames bands) {
        return Fields.of(node, path, RATING_KEYS, problems).map(f -> new Rating(
                bands.added(f.requiredString("label"), f.at("label"), f.field("label")),
                f.optionalInt("stars", 0),
                f.requiredDecimal("min"),
                f.list("conditions", false, (n, p) -> Fields.of(n, p, CONDITION_KEYS, problems)
                        .map(c -> new Rating.Condition(scalarText(c, "criterion"), c.requiredDecimal("min"))))));
    }

    private Optional<Criterion> criterion(Node node, String path) {
        return Fields.of(node, path, CRITERION_KEYS, problems).map(f -> {
            List<Criterion> children = f.list("children", false, this::criterion);
            // A group's maximum may be left out: it is the sum of its children (checked in validate).
            BigDecimal max = children.isEmpty() || f.has("max")
                    ? f.requiredDecimal("max")
                    : children.stream().map(Criterion::max).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new Criterion(
                    scalarText(f, "id"),
                    f.requiredString("title"),
                    f.optionalString("description"),
                    max,
                    f.optionalString("legalBasis"),
                    f.optionalString("evidence"),
                    f.node("checklist").flatMap(n -> checklist(n, f.field("checklist"))),
                    f.node("incidents").flatMap(n -> incidents(n, f.field("incidents"))),
                    f.list("bonuses", false, this::bonus),
                    children,
                    f.at("id"));
        });
    }

    /** Criterion ids look like numbers (5, 5.1) but are names: read them as written. */
    private static String scalarText(Fields f, String key) {
        return f.node(key).filter(n -> n instanceof Node.Scalar).map(n -> ((Node.Scalar) n).text().strip())
                .orElseGet(() -> f.requiredString(key));
    }

    private Optional<Checklist> checklist(Node node, String path) {
        return Fields.of(node, path, CHECKLIST_KEYS, problems).map(f -> new Checklist(
                f.requiredDecimal("perMissing"),
                f.list("items", true, (n, p) -> Fields.of(n, p, ITEM_KEYS, problems)
                        .map(i -> new ChecklistItem(i.requiredString("id"), i.requiredString("label"))))));
    }

    private Optional<IncidentDeduction> incidents(Node node, String path) {
        return Fields.of(node, path, INCIDENT_KEYS, problems).map(f -> new IncidentDeduction(
                f.requiredDecimal("perIncident"), f.requiredString("incident")));
    }

    private Optional<Bonus> bonus(Node node, String path) {
        return Fields.of(node, path, BONUS_KEYS, problems).map(f -> new Bonus(
                f.requiredString("id"), f.requiredDecimal("points"), f.requiredString("condition")));
    }

    /**
     * Notices ({@code data/notices/}), documents ({@code data/documents/}), indicators ({@code data/kpi/}) and
     * campaigns ({@code data/campaigns/}), with the disclosure rules and holiday calendar they are judged by.
     */
    public Publications publications() {
        StoredFiles files = new StoredFiles(projectDir, problems);
        NoticeLoader notices = new NoticeLoader(problems, files);
        RulesLoader rules = new RulesLoader(this, problems);
        return new Publications(eachFile("data/notices", notices::notice),
                eachFile("data/documents", new DocumentLoader(problems, files)::document),
                eachFile("data/kpi", new KpiLoader(problems)::board),
                eachFile("data/campaigns", new CampaignLoader(problems, notices)::campaign),
                rules.disclosure(), rules.holidays());
    }

    public List<AwardPlan> awards() {
        return eachFile("data/awards", new AwardLoader(problems)::award);
    }

    public List<ScoreSheet> sheets() {
        return eachFile("data/scores", this::sheet);
    }

    private Optional<ScoreSheet> sheet(Node root, String rel) {
        return Fields.of(root, "", SHEET_KEYS, problems).map(f -> new ScoreSheet(
                idOf(rel),
                f.requiredString("title"),
                f.requiredString("round"),
                f.optionalString("contest"),
                f.requiredString("rubric"),
                f.stringList("tieBreakers"),
                f.list("units", true, this::unitScore),
                f.at("rubric"),
                f.has("tieBreakers") ? f.at("tieBreakers") : f.at("rubric")));
    }

    private Optional<UnitScore> unitScore(Node node, String path) {
        return Fields.of(node, path, UNIT_SCORE_KEYS, problems).map(f -> {
            Scorecard official = f.node("criteria").map(n -> scorecard(n, f.field("criteria")))
                    .orElseGet(() -> {
                        f.missing("criteria", Say.of("nhóm điểm theo tiêu chí", "the scores by criterion"));
                        return new Scorecard(Map.of(), Map.of());
                    });
            Optional<Scorecard> self = f.node("selfAssessment").map(n -> scorecard(n, f.field("selfAssessment")));
            return new UnitScore(f.requiredString("unit"), official, self, f.at("unit"));
        });
    }

    private Scorecard scorecard(Node n, String path) {
        Map<String, CriterionInput> inputs = new LinkedHashMap<>();
        Map<String, SourceRef> leftEmpty = new LinkedHashMap<>();
        if (n instanceof Node.MapNode m) {
            m.entries().forEach((id, value) -> {
                if (isEmpty(value)) {
                    leftEmpty.put(id, m.keyAt().get(id));
                } else {
                    input(value, () -> Fields.join(path, id), m.keyAt().get(id)).ifPresentOrElse(
                            in -> inputs.put(id, in),
                            () -> leftEmpty.put(id, m.keyAt().get(id))); // unreadable, already reported: not "forgotten"
                }
            });
        } else {
            Say is = Node.describe(n);
            problems.error(n.at(), path, Say.of("Phải là một nhóm `mã tiêu chí: điểm` nhưng đang là " + is.vi() + ".",
                            "Must be a group of `criterion id: score`, but is " + is.en() + "."),
                    Say.of("Viết mỗi tiêu chí trên một dòng, ví dụ `\"5.1\": 4`.", "Write each criterion on a line of its own, e.g. `\"5.1\": 4`."));
        }
        return new Scorecard(inputs, leftEmpty);
    }

    /** Evidence becomes links: a web address (http, https) or a file under assets/, nothing else. */
    private List<String> evidence(Fields f) {
        List<String> out = new java.util.ArrayList<>();
        for (String ref : f.stringList("evidence")) {
            boolean local = ref.startsWith("assets/") && !ref.contains("..") && !ref.contains(":") && !ref.contains("\\");
            if (WebAddress.isHttp(ref) || local) {
                out.add(ref);
            } else {
                problems.error(f.at("evidence"), f.field("evidence"), Say.of("Minh chứng `" + ref + "` không phải địa chỉ web hay tệp trong assets/.",
                                "The evidence `" + ref + "` is neither a web address nor a file in assets/."),
                        Say.of("Viết địa chỉ đầy đủ bắt đầu bằng https://, hoặc đường dẫn tệp dạng `assets/minh-chung/ten-tep.pdf`.",
                                "Write a full address starting with https://, or a file path like `assets/minh-chung/ten-tep.pdf`."));
            }
        }
        return List.copyOf(out);
    }

    /** An empty value, written on purpose: `"8":` in a block, or `"8": }` in a flow mapping (an empty text). */
    private static boolean isEmpty(Node value) {
        return value instanceof Node.Scalar s && (s.kind() == Node.Scalar.Kind.NULL
                || (s.kind() == Node.Scalar.Kind.STRING && s.text().isBlank()));
    }

    /**
     * A bare number is the points given; a mapping records the facts the criterion's rules score. The field's path
     * is built only when needed: a national round has hundreds of thousands of bare numbers.
     */
    private Optional<CriterionInput> input(Node node, java.util.function.Supplier<String> path, SourceRef keyAt) {
        if (node instanceof Node.Scalar s) {
            if (s.kind() == Node.Scalar.Kind.INTEGER || s.kind() == Node.Scalar.Kind.DECIMAL) {
                try {
                    BigDecimal points = new BigDecimal(s.text().replace("_", ""));
                    return Fields.sane(problems, s, path, points) // `1e-400` is refused, not printed with 400 digits
                            .map(p -> new CriterionInput(Optional.of(p), List.of(), 0, List.of(), "", List.of(), s.at()));
                } catch (NumberFormatException e) {
                    // .nan, .inf, 0x5: YAML numbers that are no score; reported below
                }
            }
            Say is = Node.describe(s);
            problems.error(s.at(), path.get(), Say.of("Điểm phải là một số nhưng đang là " + is.vi() + ".", "A score must be a number, but this is " + is.en() + "."),
                    Say.of("Viết số không đặt trong ngoặc kép, phần thập phân dùng dấu chấm, ví dụ `4.5`; để trống nếu chưa chấm.",
                            "Write the number without quotes, with a decimal point, e.g. `4.5`; leave it empty if not yet scored."));
            return Optional.empty();
        }
        return Fields.of(node, path.get(), INPUT_KEYS, problems).map(f -> new CriterionInput(
                f.optionalDecimal("points"),
                f.stringList("missing"),
                f.optionalInt("incidents", 0),
                f.stringList("bonuses"),
                f.optionalString("note"),
                evidence(f),
                keyAt == null ? f.at() : keyAt));
    }

    Optional<Node> read(String rel, boolean required) {
        Path file = projectDir.resolve(rel);
        if (!Files.isRegularFile(file)) {
            if (required) {
                problems.error(SourceRef.file(rel), "", Say.of("Không tìm thấy tệp " + rel + ".", "The file " + rel + " is missing."),
                        nearMiss(rel).then(Say.of("Tạo tệp này; xem tệp cùng tên trong cổng mẫu để biết cách viết.",
                                "Create it; the file of the same name in the sample portal shows how.")));
            }
            return Optional.empty();
        }
        if (!ProjectFiles.isInside(projectDir, file)) {
            problems.error(SourceRef.file(rel), "", ProjectFiles.OUTSIDE.apply(rel), ProjectFiles.OUTSIDE_HINT);
            return Optional.empty();
        }
        return yaml.read(file, rel, problems);
    }

    /** "Có phải ý bạn là `data/unit.yaml`?" for a required file saved under a near name. */
    private Say nearMiss(String rel) {
        Path dir = projectDir.resolve(rel).getParent();
        if (!Files.isDirectory(dir)) {
            return Say.NOTHING;
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            String name = rel.substring(rel.lastIndexOf('/') + 1);
            return Suggest.nearest(name, names).map(n -> Say.of("Có phải tệp `" + n + "` là tệp này? Hãy đổi tên thành `" + name + "`.",
                            "Is `" + n + "` this file? Rename it to `" + name + "`."))
                    .orElse(Say.NOTHING);
        } catch (IOException e) {
            return Say.NOTHING;
        }
    }

    /**
     * The YAML files of a folder, sorted by name so every build reads them in the same order. A file's
     * name is the id of what it holds and becomes a page's address: names that are no address, and two
     * files with one id ({@code a.yml} beside {@code a.yaml}), are reported and not read.
     */
    private Stream<String> filesIn(String folder) {
        Path dir = projectDir.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        List<String> names;
        try (Stream<Path> files = Files.list(dir)) {
            names = files.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.toLowerCase().endsWith(".yaml") || n.toLowerCase().endsWith(".yml"))
                    .sorted(DataLoader::naturalOrder)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> byId = new LinkedHashMap<>();
        for (String name : names) {
            String rel = folder + "/" + name;
            String id = idOf(rel);
            if (!Slugs.isSlugPath(id) || id.contains("/")) {
                problems.error(SourceRef.file(rel), "", Say.of("Tên tệp `" + name + "` là mã của dữ liệu và thành địa chỉ trang, nhưng có dấu, "
                                + "chữ hoa hoặc khoảng trắng.", "The file name `" + name + "` is the data's id and becomes a page address, "
                                + "but it has marks, capitals or spaces."),
                        Say.of("Đổi tên thành `" + Slugs.slugify(id) + ".yaml`.", "Rename it to `" + Slugs.slugify(id) + ".yaml`."));
            } else if (byId.containsKey(id)) {
                problems.error(SourceRef.file(rel), "", Say.of("Tệp `" + name + "` trùng mã `" + id + "` với tệp `" + byId.get(id) + "`.",
                                "The file `" + name + "` has the same id `" + id + "` as `" + byId.get(id) + "`."),
                        Say.of("Xóa hoặc đổi tên một trong hai tệp.", "Delete or rename one of them."));
            } else {
                byId.put(id, name);
            }
        }
        return byId.values().stream().map(n -> folder + "/" + n);
    }

    /** Runs of digits and of other characters; compiled once, as a folder of a thousand notices sorts with it ten thousand times. */
    private static final java.util.regex.Pattern RUNS = java.util.regex.Pattern.compile("\\d+|\\D+");

    /** "vong-2" before "vong-10": rounds named with numbers keep their order. */
    static int naturalOrder(String a, String b) {
        java.util.regex.Matcher ma = RUNS.matcher(a);
        java.util.regex.Matcher mb = RUNS.matcher(b);
        while (ma.find() && mb.find()) {
            String x = ma.group();
            String y = mb.group();
            int c = Character.isDigit(x.charAt(0)) && Character.isDigit(y.charAt(0))
                    ? new java.math.BigInteger(x).compareTo(new java.math.BigInteger(y)) : x.compareTo(y);
            if (c != 0) {
                return c;
            }
        }
        return a.compareTo(b);
    }

    static String idOf(String rel) {
        String name = rel.substring(rel.lastIndexOf('/') + 1);
        return name.substring(0, name.lastIndexOf('.'));
    }
}
