package vn.congkhai.load;

import vn.congkhai.Problems;
import vn.congkhai.model.Say;
import vn.congkhai.model.Campaign;
import vn.congkhai.model.Decision;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** Reads {@code data/campaigns/ID.yaml}: a campaign, contest or plan with its phases, milestones and tasks. */
final class CampaignLoader {
    static final Set<String> CAMPAIGN_KEYS = Set.of("kind", "title", "document", "theme", "participants", "from", "to",
            "phases", "tasks", "prizes", "rubric", "round", "awards", "kpi", "illustrative");
    static final Set<String> PHASE_KEYS = Set.of("name", "from", "to", "milestones");
    static final Set<String> MILESTONE_KEYS = Set.of("name", "due", "done");
    static final Set<String> TASK_KEYS = Set.of("task", "lead", "cooperating", "deadline", "done");
    /** How an editor writes "no deadline, ongoing", as the plans do. */
    static final String ONGOING = "thường xuyên";

    private final Problems problems;
    private final NoticeLoader notices;

    CampaignLoader(Problems problems, NoticeLoader notices) {
        this.problems = problems;
        this.notices = notices;
    }

    Optional<Campaign> campaign(Node root, String rel) {
        return Fields.of(root, "", CAMPAIGN_KEYS, problems).map(f -> new Campaign(
                DataLoader.idOf(rel), f.has("kind") ? f.requiredString("kind") : "Phong trào thi đua", f.requiredString("title"),
                notices.decision(f, "document").orElse(new Decision("", LocalDate.EPOCH, "")),
                f.optionalString("theme"), f.stringList("participants"), f.requiredDate("from"), f.requiredDate("to"),
                f.list("phases", false, this::phase), f.list("tasks", false, this::task), f.stringList("prizes"),
                optional(f, "rubric"), optional(f, "round"), optional(f, "awards"), optional(f, "kpi"),
                f.optionalBoolean("illustrative", false), f.where()));
    }

    private static Optional<String> optional(Fields f, String key) {
        return f.has(key) ? Optional.of(f.requiredString(key)) : Optional.empty();
    }

    private Optional<Campaign.Phase> phase(Node node, String path) {
        return Fields.of(node, path, PHASE_KEYS, problems).map(f -> new Campaign.Phase(f.requiredString("name"),
                f.requiredDate("from"), f.requiredDate("to"),
                f.list("milestones", false, (n, p) -> Fields.of(n, p, MILESTONE_KEYS, problems).map(m ->
                        new Campaign.Milestone(m.requiredString("name"), m.requiredDate("due"), m.optionalDate("done"), m.at("due")))),
                f.at("from")));
    }

    private Optional<Campaign.Task> task(Node node, String path) {
        return Fields.of(node, path, TASK_KEYS, problems).map(f -> {
            Optional<LocalDate> deadline = Optional.empty();
            if (!f.has("deadline")) {
                f.missing("deadline", Say.of("hạn hoàn thành dạng năm-tháng-ngày, hoặc `thường xuyên`", "the deadline, year-month-day, or `thường xuyên` (ongoing)"));
            } else if (!ONGOING.equalsIgnoreCase(java.text.Normalizer.normalize(f.requiredString("deadline"), java.text.Normalizer.Form.NFC))) {
                deadline = f.optionalDate("deadline");
            }
            return new Campaign.Task(f.requiredString("task"), f.requiredString("lead"), f.stringList("cooperating"),
                    deadline, f.optionalDate("done"), f.at("task"));
        });
    }
}
