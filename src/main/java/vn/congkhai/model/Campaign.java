package vn.congkhai.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A campaign, contest or plan (phong trào thi đua, cuộc thi, kế hoạch): its issuing document, period,
 * phases with milestones, the tasks it assigns, and links to the rubric, round, awards and indicators it uses.
 */
public record Campaign(String id, String kind, String title, Decision document, String theme, List<String> participants,
                       LocalDate from, LocalDate to, List<Phase> phases, List<Task> tasks, List<String> prizes,
                       Optional<String> rubric, Optional<String> round, Optional<String> awards, Optional<String> kpi,
                       boolean illustrative, Where where) {

    public record Phase(String name, LocalDate from, LocalDate to, List<Milestone> milestones, SourceRef at) {
    }

    /** Something due by a date; {@code done} is the day it was done, when it was. */
    public record Milestone(String name, LocalDate due, Optional<LocalDate> done, SourceRef at) {
    }

    /**
     * A task of the plan. {@code deadline} is empty for an ongoing task ("thường xuyên").
     */
    public record Task(String task, String lead, List<String> cooperating, Optional<LocalDate> deadline,
                       Optional<LocalDate> done, SourceRef at) {
    }
}
