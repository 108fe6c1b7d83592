package vn.congkhai.load;

import vn.congkhai.Problems;
import vn.congkhai.model.SourceRef;
import vn.congkhai.model.Say;
import vn.congkhai.model.Decision;
import vn.congkhai.model.Notice;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads {@code data/notices/ID.yaml}: one public notice each, the file's name being its address. */
final class NoticeLoader {
    static final Set<String> NOTICE_KEYS = Set.of("title", "category", "decision", "posted", "until", "permanent", "places",
            "body", "attachments", "illustrative");
    static final Set<String> DECISION_KEYS = Set.of("number", "date", "issuer");
    static final Set<String> PLACES_KEYS = Set.of("office", "culturalHouses", "portal", "loudspeaker");
    static final Set<String> LOUDSPEAKER_KEYS = Set.of("from", "to");
    static final Set<String> ATTACHMENT_KEYS = Set.of("title", "file");

    private final Problems problems;
    private final StoredFiles files;

    NoticeLoader(Problems problems, StoredFiles files) {
        this.problems = problems;
        this.files = files;
    }

    Optional<Notice> notice(Node root, String rel) {
        return Fields.of(root, "", NOTICE_KEYS, problems).map(f -> new Notice(
                DataLoader.idOf(rel),
                f.requiredString("title"),
                category(f),
                decision(f, "decision").orElse(new Decision("", java.time.LocalDate.EPOCH, "")),
                f.requiredDate("posted"),
                f.optionalDate("until"),
                f.optionalBoolean("permanent", false),
                places(f),
                body(f, rel),
                f.list("attachments", false, (n, p) -> Fields.of(n, p, ATTACHMENT_KEYS, problems).flatMap(a ->
                        files.resolve(a, "file", "thong-bao/tep").map(file -> new Notice.Attachment(a.requiredString("title"), file)))),
                f.optionalBoolean("illustrative", false),
                f.where()));
    }

    /** One of the 14 categories of Luật 10/2022 Điều 11, by number. */
    static int category(Fields f) {
        if (!f.has("category")) {
            f.missing("category", Say.of("số thứ tự nhóm nội dung công khai, từ 1 đến 14", "the number of the disclosure category, 1 to 14"));
            return 0;
        }
        return f.optionalInt("category", 0);
    }

    Optional<Decision> decision(Fields f, String key) {
        if (!f.has(key)) {
            f.missing(key, Say.of("số, ngày và nơi ban hành văn bản", "the decision's number, date and issuer"));
            return Optional.empty();
        }
        return f.node(key).flatMap(n -> Fields.of(n, f.field(key), DECISION_KEYS, problems)).map(d ->
                new Decision(d.requiredString("number"), d.requiredDate("date"), d.requiredString("issuer")));
    }

    private Notice.Places places(Fields f) {
        if (!f.has("places")) {
            f.missing("places", Say.of("nơi niêm yết: office, culturalHouses, portal, loudspeaker", "where it is posted: office, culturalHouses, portal, loudspeaker"));
            return new Notice.Places(false, List.of(), false, Optional.empty(), Optional.empty(), f.at());
        }
        return f.node("places").flatMap(n -> Fields.of(n, "places", PLACES_KEYS, problems)).map(p -> {
            Optional<Fields> loud = p.node("loudspeaker").flatMap(n -> Fields.of(n, p.field("loudspeaker"), LOUDSPEAKER_KEYS, problems));
            return new Notice.Places(p.optionalBoolean("office", false), p.stringList("culturalHouses"), p.optionalBoolean("portal", false),
                    loud.map(l -> l.requiredDate("from")), loud.map(l -> l.requiredDate("to")), f.at("places"));
        }).orElse(new Notice.Places(false, List.of(), false, Optional.empty(), Optional.empty(), f.at("places")));
    }

    /** Compiled once: a national portal reads tens of thousands of notices. */
    private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("\r?\n");

    /** The notice's text, AsciiDoc held to the rules of a page, its problems placed at their lines in the YAML file. */
    private String body(Fields f, String rel) {
        String body = f.optionalString("body");
        SourceRef key = f.at("body");
        // a block scalar (`body: |`) starts on the next line, indented by two more spaces than its key
        AsciidocRules.check(rel, LINE_BREAK.split(body, -1), key.line() + 1, key.column() + 1, f.field("body"), problems);
        return body;
    }
}
