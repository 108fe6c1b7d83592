package vn.congkhai.compute;

import org.junit.jupiter.api.Test;
import vn.congkhai.model.Campaign;
import vn.congkhai.model.CampaignState;
import vn.congkhai.model.Decision;
import vn.congkhai.model.SourceRef;
import vn.congkhai.model.Where;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Seed 004's two phases as of fixed build dates: what is done, due, overdue. */
class CampaignCalculatorTest {
    static final SourceRef AT = SourceRef.file("data/campaigns/c.yaml");

    static Campaign campaign() {
        Campaign.Phase one = new Campaign.Phase("Đợt 1", LocalDate.of(2020, 4, 27), LocalDate.of(2020, 5, 31), List.of(
                new Campaign.Milestone("Đăng ký thi đua", LocalDate.of(2020, 5, 20), Optional.of(LocalDate.of(2020, 5, 18)), AT),
                new Campaign.Milestone("Báo cáo sơ kết", LocalDate.of(2020, 6, 15), Optional.of(LocalDate.of(2020, 6, 17)), AT)), AT);
        Campaign.Phase two = new Campaign.Phase("Đợt 2", LocalDate.of(2020, 6, 1), LocalDate.of(2020, 11, 30), List.of(
                new Campaign.Milestone("Báo cáo kết quả", LocalDate.of(2020, 11, 1), Optional.empty(), AT)), AT);
        return new Campaign("c", "Phong trào thi đua", "Thi đua cao điểm", new Decision("1/KH-UBND", LocalDate.of(2020, 4, 27), "UBND"),
                "", List.of(), LocalDate.of(2020, 4, 27), LocalDate.of(2020, 11, 30), List.of(one, two),
                List.of(new Campaign.Task("Tuyên truyền", "Văn phòng", List.of(), Optional.empty(), Optional.empty(), AT),
                        new Campaign.Task("Rà soát", "Văn phòng", List.of(), Optional.of(LocalDate.of(2020, 6, 30)), Optional.empty(), AT)),
                List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, new Where(AT, Map.of()));
    }

    @Test
    void asOfADayInThePhaseTwoEveryMilestoneHasItsStatus() {
        CampaignState s = CampaignCalculator.state(campaign(), LocalDate.of(2020, 11, 2));
        assertEquals(CampaignState.Progress.RUNNING, s.overall());
        assertEquals(List.of(CampaignState.Progress.FINISHED, CampaignState.Progress.RUNNING),
                s.phases().stream().map(CampaignState.PhaseState::progress).toList());
        assertEquals(List.of(CampaignState.Status.DONE, CampaignState.Status.DONE_LATE),
                s.phases().get(0).milestones().stream().map(CampaignState.MilestoneState::status).toList());
        CampaignState.MilestoneState report = s.phases().get(1).milestones().get(0);
        assertEquals(CampaignState.Status.OVERDUE, report.status());
        assertEquals(-1, report.daysLeft());
        assertEquals(List.of(CampaignState.Status.ONGOING, CampaignState.Status.OVERDUE),
                s.tasks().stream().map(CampaignState.TaskState::status).toList());
    }

    @Test
    void aDeadlineIsMetOnItsOwnDay() {
        CampaignState s = CampaignCalculator.state(campaign(), LocalDate.of(2020, 11, 1));
        CampaignState.MilestoneState report = s.phases().get(1).milestones().get(0);
        assertEquals(CampaignState.Status.DUE, report.status());
        assertEquals(0, report.daysLeft());
        assertEquals(CampaignState.Progress.UPCOMING, CampaignCalculator.state(campaign(), LocalDate.of(2020, 4, 26)).overall());
        assertEquals(CampaignState.Progress.FINISHED, CampaignCalculator.state(campaign(), LocalDate.of(2020, 12, 1)).overall());
    }
}
