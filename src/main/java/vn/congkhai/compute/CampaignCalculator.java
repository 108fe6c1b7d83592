package vn.congkhai.compute;

import vn.congkhai.model.Campaign;
import vn.congkhai.model.CampaignState;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Where a campaign stands on a day: which phase runs, which milestones and tasks are done, due or overdue. */
public final class CampaignCalculator {
    private CampaignCalculator() {
    }

    public static CampaignState state(Campaign c, LocalDate asOf) {
        return new CampaignState(c, progress(c.from(), c.to(), asOf),
                c.phases().stream().map(p -> new CampaignState.PhaseState(p, progress(p.from(), p.to(), asOf),
                        p.milestones().stream().map(m -> new CampaignState.MilestoneState(m, status(Optional.of(m.due()), m.done(), asOf),
                                ChronoUnit.DAYS.between(asOf, m.due()))).toList())).toList(),
                c.tasks().stream().map(t -> new CampaignState.TaskState(t, status(t.deadline(), t.done(), asOf))).toList());
    }

    static CampaignState.Progress progress(LocalDate from, LocalDate to, LocalDate asOf) {
        if (asOf.isBefore(from)) {
            return CampaignState.Progress.UPCOMING;
        }
        return asOf.isAfter(to) ? CampaignState.Progress.FINISHED : CampaignState.Progress.RUNNING;
    }

    /** A deadline is met on its own day: overdue starts the day after. */
    static CampaignState.Status status(Optional<LocalDate> due, Optional<LocalDate> done, LocalDate asOf) {
        if (due.isEmpty()) {
            return CampaignState.Status.ONGOING;
        }
        if (done.isPresent()) {
            return done.get().isAfter(due.get()) ? CampaignState.Status.DONE_LATE : CampaignState.Status.DONE;
        }
        return asOf.isAfter(due.get()) ? CampaignState.Status.OVERDUE : CampaignState.Status.DUE;
    }
}
