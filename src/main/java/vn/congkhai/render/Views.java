package vn.congkhai.render;

import java.util.List;

/**
 * What templates receive: pages already assembled, every figure already formatted in Vietnamese,
 * every link already made relative to the site root. Templates lay these out and compute nothing.
 * Addresses ({@code href}) are site-relative; templates prefix them with {@code page.root}.
 */
public final class Views {
    private Views() {
    }

    /** The ward and the portal, on every page. */
    public record SiteView(String name, String portalTitle, String province, String baseUrl, String owner,
                           String responsible, String address, String phone, String email, String description,
                           List<LeaderView> leaders, String illustrativeNotice, String buildDate, String generator,
                           String satisfactionUrl, List<BannerView> banners) {
    }

    /** A site-wide notice shown on the build date; {@code when} gives the downtime and the expected restoration. */
    public record BannerView(String text, String when) {
    }

    /** The conformance page (mức độ đáp ứng): the summary, then every rule in ruleset order. */
    public record ConformanceView(String summary, String buildDate, long met, long checked, List<RuleView> rules,
                                  List<RuleGroupView> groups) {
    }

    /**
     * The rules of one status on the citizens' conformance page, unmet first as an accessibility statement puts
     * non-compliance first: {@code heading} and {@code intro} in plain words, no file names or rule codes.
     */
    public record RuleGroupView(String statusId, String heading, String intro, List<RuleView> rules) {
    }

    /**
     * One rule's outcome. {@code status} is the words shown ("Đáp ứng", "Chưa đáp ứng", ...), {@code statusId} a
     * stable class name; {@code adjustments} say what the ward changed and {@code reason} why it relaxed the rule;
     * {@code forCitizens} what is still missing, in plain words (empty when met or when the title says it all).
     */
    public record RuleView(String id, String title, String citation, String from, String isoFrom, String level,
                           String status, String statusId, String detail, List<String> adjustments, String reason,
                           String forCitizens) {
    }

    public record LeaderView(String name, String title, String duties, String phone, String email, String biography) {
    }

    /**
     * What every page knows about itself. {@code root} leads back to the site root: "", "../", "../../".
     * {@code showsScores}: the page shows contest scores, so it carries the "illustrative figures" banner
     * (elsewhere, a budget notice under that banner would look made up).
     */
    public record PageMeta(String path, String root, String title, String description, String canonical,
                           String kind, List<NavItem> nav, boolean showsScores) {
    }

    public record NavItem(String label, String href, boolean current) {
    }

    public record Link(String label, String href, String note) {
    }

    /**
     * Moving through a list cut into pages ({@link Pager}): {@code pages} are the numbers shown (an empty
     * {@code href} marks a gap), {@code previous}/{@code next} are empty on the first/last page, {@code where}
     * says "Trang 2/7" in words. One page alone needs no pager: templates show it only when {@code pages} has two.
     */
    public record PagerView(String label, List<NavItem> pages, String previous, String next, String where) {
    }

    /**
     * {@code tieRule} says in words how equal totals are ranked; {@code filters} link the static filtered
     * views of the round ({@code filter} names the one shown, empty for all rows); {@code ties} says, for each
     * pair of neighbours with the same total, which tie-breaker separated them or that they share a rank.
     */
    public record BoardView(String id, String title, String round, String rubricTitle, String rubricHref,
                            String total, List<ColumnView> columns, List<RowView> rows, IllustrativeNote illustrative,
                            int unranked, String tieRule, boolean hasRatings, boolean hasMovement,
                            List<NavItem> filters, String filter, int participants, List<String> ties,
                            BoardParts parts) {
    }

    /**
     * How a big round is cut (issue 13): {@code pager} is null on a board of one page; {@code areas} link the page
     * of each area (empty when units have none); {@code area} names the area shown, whose rows carry their rank in
     * the area; {@code hidden} is how many rows a capped filter leaves out, {@code hiddenWords} says which and
     * where to see them.
     */
    public record BoardParts(PagerView pager, List<NavItem> areas, String area, int hidden, String hiddenWords) {
        public static final BoardParts NONE = new BoardParts(null, List.of(), "", 0, "");
    }

    public record ColumnView(String id, String title, String max, String href) {
    }

    /** One line of a leaderboard; {@code rank} is "—" for a unit not fully scored. */
    public record RowView(String rank, String unitName, String unitHref, boolean illustrative, String total, String scoredSoFar,
                          boolean complete, List<String> cells, String rating, String movement, String movementWords,
                          String areaRank) {
    }

    /**
     * {@code history} has one line per round, oldest first, when the unit took part in two or more;
     * {@code summary} explains the latest round's score in a sentence ("Xếp thứ 3/10; mất điểm ở: ..."),
     * {@code notes} why the unit was not considered for that round's awards.
     */
    public record UnitView(String id, String name, String description, boolean illustrative, List<UnitRoundView> rounds,
                           List<HistoryView> history, String summary, List<String> notes) {
    }

    public record HistoryView(String round, String boardHref, String rank, String total, String movement, String movementWords) {
    }

    /**
     * {@code selfTotal} and {@code difference} are empty when the unit recorded no self-assessment; {@code ranked}
     * counts the units with a rank (the denominator of the rank), {@code participants} every unit of the round;
     * {@code summary} and {@code exclusions} as in {@link UnitView}, for this round.
     */
    public record UnitRoundView(String title, String boardHref, String rubricHref, String rank, int ranked, int participants,
                                String total, String max, boolean complete, List<ScoreLineView> lines,
                                boolean hasSelf, String selfTotal, String difference, String rating,
                                String summary, List<String> exclusions) {
    }

    /**
     * A criterion's score with its derivation; {@code points} is "chưa chấm" when not scored. {@code self}
     * is the unit's own score and {@code difference} official minus self ("+1", "−2", "0"); both empty
     * when there is nothing to compare. {@code why} says why points were lost on the criterion, in the data's
     * words or saying that the scoring recorded no reason; empty when none were lost.
     */
    public record ScoreLineView(String id, String title, String max, String points, boolean scored, int depth,
                                boolean group, boolean clamped, List<String> steps, String self, String difference,
                                List<Link> evidence, String why) {
    }

    /**
     * {@code ratings} are the bands in words, highest first; {@code summary} says first what the rubric is made of
     * ("10 tiêu chí (14 mục chấm điểm), tổng 100 điểm.").
     */
    public record RubricView(String id, String title, String issuer, String legalBasis, String total,
                             List<CriterionView> criteria, List<Link> boards, List<String> ratings, String summary) {
    }

    public record CriterionView(String id, String title, String description, String max, int depth, boolean group,
                                String legalBasis, String evidence, List<String> rules, String href) {
    }

    public record DocView(String title, String date, String isoDate, List<String> tags, String html, boolean post) {
    }

    public record PostLink(String title, String href, String date, String isoDate, String summary) {
    }

    /** An award plan's page: the structure and rules in words, the engine's proposals, and the signed decisions. */
    public record AwardView(String id, String title, String form, String issuer, String legalBasis, String roundTitle,
                            String roundHref, List<String> prizes, List<String> rules, List<ProposalView> proposals,
                            List<ExclusionView> excluded, List<DecisionView> decisions, List<String> differences,
                            List<String> individualRules, List<Link> individuals, List<String> individualsExcluded) {
    }

    public record ProposalView(String prize, String rank, String unitName, String unitHref, boolean tiedAtBoundary) {
    }

    public record ExclusionView(String unitName, String unitHref, String rank, String reason) {
    }

    public record DecisionView(String number, String date, String isoDate, String issuer, String form, String reason,
                               List<Link> recipients) {
    }

    /** One criterion across every round that uses its rubric. */
    public record CriterionPageView(String rubricTitle, String rubricHref, CriterionView criterion, List<CriterionRoundView> rounds) {
    }

    /** {@code notScored} names the units with "chưa chấm" on this criterion; they are not in the chart. */
    public record CriterionRoundView(String title, String boardHref, ChartView chart, List<Link> notScored) {
    }

    /**
     * A horizontal bar chart laid out in Java, drawn by the template as SVG in a narrow and a wide layout
     * ({@link ChartViews}), with the same numbers in a table. {@code perUnit} is true for one bar per unit;
     * false for a count of units per score.
     */
    public record ChartView(String caption, String valueHeading, boolean perUnit, List<BarView> bars, List<BarLayout> layouts) {
    }

    /** A bar's figures for the table; {@code own} marks the portal's own ward, highlighted in the chart. */
    public record BarView(String label, String href, String value, boolean own) {
    }

    /** One layout of a bar chart: its bars, every text already placed apart, and the legend's samples. */
    public record BarLayout(String variant, int width, int height, List<ChartViews.Box> boxes, List<ChartViews.SvgText> texts,
                            List<ChartViews.Swatch> swatches) {
    }

    /** Award plans of one year or round, for the awards index. */
    public record AwardGroup(String label, List<Link> awards) {
    }

    /**
     * Addresses of the portal's own files, site-relative: the stylesheet and script with a hash of their
     * bytes in the name ({@link AssetNames}), the release's version file, and the search page's script (also hashed).
     */
    public record AssetsView(String css, String js, String version, String search) {
    }
}
