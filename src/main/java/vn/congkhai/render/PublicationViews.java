package vn.congkhai.render;

import vn.congkhai.render.Views.Link;

import java.util.List;

/**
 * What the templates of notices, documents, indicators and campaigns receive: every date, count and
 * status already written out in Vietnamese, every chart already laid out.
 */
public final class PublicationViews {
    private PublicationViews() {
    }

    /** One notice in a list or on its own page. {@code statusClass} is a CSS class: upcoming, posted, permanent, expired. */
    public record NoticeView(String id, String href, String title, String category, String categoryHref, String decision,
                             String posted, String isoPosted, String until, String status, String statusClass, String statusNote,
                             List<String> places, boolean expired, boolean illustrative, boolean permanent) {
    }

    public record NoticePageView(NoticeView notice, String citation, String body, List<FileView> attachments) {
    }

    public record FileView(String title, String href, String format, String size) {
    }

    /** A row of the quarterly list (Điều 13 k2): what was published, how and when. */
    public record ListedItem(String title, String href, String category, String decision, String forms, String date) {
    }

    public record CategoryView(int number, String title, String href, String rule, String citation, int count) {
    }

    public record CategoryPageView(CategoryView category, List<NoticeView> notices, List<DocumentView> documents) {
    }

    /**
     * A document. {@code qrHref} is its QR code image, {@code url} the absolute address the code holds and
     * {@code shortUrl} the same without the scheme, printed beside the code.
     */
    public record DocumentView(String id, String href, String number, String type, String issuer, String signed,
                               String isoSigned, String effective, String published, String title, String summary,
                               FileView file, boolean placeholder, String category, String categoryHref,
                               String url, String shortUrl, String qrHref, String sheetHref) {
    }

    public record BoardSummary(String title, String href, String description, List<IndicatorSummary> indicators, boolean illustrative) {
    }

    public record IndicatorSummary(String name, String target, String latestPeriod, String latest, String verdict, String verdictClass) {
    }

    /**
     * {@code summary} says first what matters ("Kỳ gần nhất: 4/6 chỉ số đạt chỉ tiêu; ..."), {@code contents} lists
     * the indicators with their latest verdict, each linking to its section.
     */
    public record KpiBoardView(String title, String description, String legalBasis, List<IndicatorView> indicators, boolean illustrative,
                               String summary, List<KpiContentsLine> contents) {
    }

    /**
     * One indicator in a dashboard's contents: its section is {@code #cs-ID}; {@code latest} is "89,6% (Tháng 8/2024)",
     * or the period alone when it has no share.
     */
    public record KpiContentsLine(String id, String name, String latest, String verdict, String verdictClass) {
    }

    public record IndicatorView(String id, String name, String numerator, String denominator, String target, String legalBasis,
                                TrendView chart, List<KpiRow> rows) {
    }

    public record KpiRow(String period, String numerator, String denominator, String percent, String verdict, String verdictClass) {
    }

    /** A line chart of an indicator's share per period, in a narrow and a wide layout ({@link ChartViews}). */
    public record TrendView(String caption, List<TrendLayout> layouts) {
    }

    /**
     * One layout of a trend chart: the plot runs from {@code left} to {@code right}, {@code grid} holds the
     * 0–100% lines, {@code targetY} the target's line; {@code texts} are every label (axis, values, legend)
     * already placed apart, {@code swatches} the legend's samples; {@code gaps} shade the periods without a rate
     * across the whole plot (a mark on the axis would read as 0%).
     */
    public record TrendLayout(String variant, int width, int height, int left, int right, int targetY, String path,
                              List<Tick> grid, List<TrendPoint> points, List<ChartViews.SvgText> texts,
                              List<ChartViews.Swatch> swatches, List<ChartViews.Box> gaps) {
    }

    /** A period's point with a value ({@code cssClass} "chart-point"). */
    public record TrendPoint(int x, int y, String cssClass) {
    }

    /** A mark on an axis: {@code at} is its position along that axis. */
    public record Tick(int at, String label) {
    }

    public record CampaignSummary(String title, String href, String kind, String period, String progress, String progressClass,
                                  boolean illustrative) {
    }

    public record CampaignView(String title, String kind, String document, String theme, List<String> participants,
                               String period, String progress, String progressClass, TimelineView timeline,
                               List<PhaseView> phases, List<TaskView> tasks, List<String> prizes, List<Link> related,
                               String asOf, boolean illustrative) {
    }

    public record PhaseView(String name, String period, String progress, List<MilestoneView> milestones) {
    }

    public record MilestoneView(String name, String due, String isoDue, String status, String statusClass, String note) {
    }

    public record TaskView(String task, String lead, String cooperating, String deadline, String status, String statusClass) {
    }

    /** A campaign's timeline, in a narrow and a wide layout ({@link ChartViews}). */
    public record TimelineView(String caption, boolean todayShown, String todayLabel, List<TimelineLayout> layouts) {
    }

    /**
     * One layout of a timeline: phases as {@code bars}, milestones as {@code marks} (triangles) under their
     * phase, month lines ({@code grid}) down to {@code axisY}, today as a line at {@code todayX}; every text
     * (phase names, months, years, the legend) already placed apart in {@code texts}.
     */
    public record TimelineLayout(String variant, int width, int height, int axisY, List<Tick> grid, List<ChartViews.Box> bars,
                                 List<TimelineMark> marks, boolean todayShown, int todayX, List<ChartViews.SvgText> texts,
                                 List<ChartViews.Swatch> swatches) {
    }

    /** A milestone under its phase's bar: {@code d} draws its shape, which says its status as its colour does. */
    public record TimelineMark(String d, String label, String cssClass) {
    }
}
