package vn.congkhai.model;

import java.util.List;

/** A campaign as of the build date: where each phase, milestone and task stands. */
public record CampaignState(Campaign campaign, Progress overall, List<PhaseState> phases, List<TaskState> tasks) {

    public enum Progress {
        UPCOMING("Chưa bắt đầu"), RUNNING("Đang diễn ra"), FINISHED("Đã kết thúc");

        public final String label;

        Progress(String label) {
            this.label = label;
        }
    }

    /** A milestone or task: done (on time or late), still due, overdue, or ongoing ("thường xuyên"). */
    public enum Status {
        DONE("Đã xong"), DONE_LATE("Xong, trễ hạn"), DUE("Chưa đến hạn"), OVERDUE("Quá hạn"), ONGOING("Thường xuyên");

        public final String label;

        Status(String label) {
            this.label = label;
        }
    }

    public record PhaseState(Campaign.Phase phase, Progress progress, List<MilestoneState> milestones) {
    }

    public record MilestoneState(Campaign.Milestone milestone, Status status, long daysLeft) {
    }

    public record TaskState(Campaign.Task task, Status status) {
    }
}
