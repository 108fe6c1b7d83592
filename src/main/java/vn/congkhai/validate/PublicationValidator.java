package vn.congkhai.validate;

import vn.congkhai.Problems;
import vn.congkhai.compute.KpiCalculator;
import vn.congkhai.compute.NoticeCalculator;
import vn.congkhai.load.Suggest;
import vn.congkhai.model.Campaign;
import vn.congkhai.model.DisclosureRules;
import vn.congkhai.model.HolidayCalendar;
import vn.congkhai.model.KpiBoard;
import vn.congkhai.model.LegalDocument;
import vn.congkhai.model.Notice;
import vn.congkhai.model.Period;
import vn.congkhai.model.Project;
import vn.congkhai.model.Publications;
import vn.congkhai.model.SourceRef;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules of notices, documents, indicators and campaigns. A notice that breaks a rule of the law
 * (posted too late, too short) is published with a warning naming the rule: the notice is still better
 * on the portal than off it. Dates that cannot be, counts that contradict each other and references to
 * nothing are errors.
 */
public final class PublicationValidator {
    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final Problems problems;

    public PublicationValidator(Problems problems) {
        this.problems = problems;
    }

    /** @param asOf the build date: a task cannot have been done after it */
    public void validate(Project project, LocalDate asOf) {
        Publications p = project.publications();
        Set<Integer> missingYears = new TreeSet<>();
        // a file with errors was read with stand-in values: checking those would only repeat its errors
        Set<String> failed = problems.filesWithErrors();
        p.notices().stream().filter(n -> !failed.contains(n.where().at().file()))
                .forEach(n -> notice(n, p.rules(), p.calendar(), missingYears));
        p.documents().stream().filter(d -> !failed.contains(d.where().at().file())).forEach(d -> document(d, p.rules()));
        p.kpis().forEach(this::board); // a value the loader could not read is left out, never stood in for
        p.campaigns().stream().filter(c -> !failed.contains(c.where().at().file())).forEach(c -> {
            campaign(c, project);
            doneInTheFuture(c, asOf);
        });
        sameNameFiles(p);
        reservedIds(p);
        if (!missingYears.isEmpty()) {
            problems.warning(SourceRef.file("data/holidays.yaml"), "years",
                    "Lịch ngày nghỉ chưa có năm " + String.join(", ", missingYears.stream().map(String::valueOf).toList())
                            + ": hạn công khai được tính chỉ trừ thứ Bảy, Chủ nhật, nên có thể sai trong dịp lễ, Tết.",
                    "Thêm các ngày nghỉ lễ, Tết của năm đó vào data/holidays.yaml theo thông báo chính thức.");
        }
    }

    /**
     * A file's name is its page's address, beside the pages every kind has (the list, the archive, the print
     * sheets): an id that would take one of those addresses is refused before anything is rendered.
     */
    private void reservedIds(Publications p) {
        p.notices().forEach(n -> reserved(n.where().at(), n.id(), Set.of("index", "luu-tru"), false));
        p.documents().forEach(d -> reserved(d.where().at(), d.id(), Set.of("index", "in-quy-che-dan-chu"), true));
        p.campaigns().forEach(c -> reserved(c.where().at(), c.id(), Set.of("index"), false));
        p.kpis().forEach(k -> reserved(SourceRef.file("data/kpi/" + k.id() + ".yaml"), k.id(), Set.of("index"), false));
    }

    private void reserved(SourceRef at, String id, Set<String> names, boolean sheets) {
        if (names.contains(id) || (sheets && id.endsWith("-in"))) {
            problems.error(SourceRef.file(at.file()), "", "Tên tệp `" + id + "` trùng với địa chỉ một trang có sẵn của cổng.",
                    "Đổi tên tệp, ví dụ thành `" + id + "-1.yaml`" + (sheets ? " (tên văn bản không được kết thúc bằng `-in`)." : "."));
        }
    }

    /** Files are published by name: two different files with one name would overwrite each other. */
    private void sameNameFiles(Publications p) {
        Map<String, String> sourceOf = new HashMap<>();
        List<Map.Entry<SourceRef, vn.congkhai.model.StoredFile>> files = new java.util.ArrayList<>();
        p.documents().forEach(d -> files.add(Map.entry(d.where().of("file"), d.file())));
        p.notices().forEach(n -> n.attachments().forEach(a -> files.add(Map.entry(n.where().of("attachments"), a.file()))));
        for (var f : files) {
            if (f.getValue().published().isEmpty()) {
                continue;
            }
            String before = sourceOf.putIfAbsent(f.getValue().published(), f.getValue().source());
            if (before != null && !before.equals(f.getValue().source())) {
                problems.error(f.getKey(), "file", "Tệp `" + f.getValue().source() + "` và tệp `" + before
                                + "` cùng tên nên sẽ cùng địa chỉ tải về `" + f.getValue().published() + "`.",
                        "Đổi tên một trong hai tệp cho khác nhau.");
            }
        }
    }

    private Optional<DisclosureRules.Category> category(int number, DisclosureRules rules, SourceRef at, String field) {
        Optional<DisclosureRules.Category> c = rules.category(number);
        if (c.isEmpty() && number != 0 && !rules.categories().isEmpty()) {
            problems.error(at, field, "Không có nhóm nội dung công khai số " + number + ".",
                    "Luật 10/2022/QH15 Điều 11 có " + rules.categories().size() + " nhóm, đánh số từ 1 đến "
                            + rules.categories().size() + "; xem danh sách trong data/disclosure.yaml.");
        }
        return c;
    }

    private void notice(Notice n, DisclosureRules rules, HolidayCalendar calendar, Set<Integer> missingYears) {
        var w = n.where();
        Optional<DisclosureRules.Category> cat = category(n.category(), rules, w.of("category"), "category");
        LocalDate decided = n.decision().date();
        if (decided != LocalDate.EPOCH && n.posted() != LocalDate.EPOCH && n.posted().isBefore(decided)) {
            problems.error(w.of("posted"), "posted", "Ngày niêm yết " + VI.format(n.posted()) + " trước ngày ký văn bản "
                    + VI.format(decided) + ".", "Kiểm tra lại ngày niêm yết (`posted`) và ngày ký (`decision.date`).");
            return;
        }
        if (n.until().isPresent() && cat.map(DisclosureRules.Category::permanent).orElse(false)) {
            problems.warning(w.of("until"), "until", "Nội dung nhóm " + n.category() + " phải niêm yết thường xuyên ("
                    + cat.get().citation() + ") nhưng thông báo ghi ngày hết niêm yết.",
                    "Bỏ dòng `until`; khi nội dung thay đổi, sửa thông báo hoặc thêm thông báo mới.");
        }
        n.until().ifPresent(until -> {
            if (until.isBefore(n.posted())) {
                problems.error(w.of("until"), "until", "Ngày hết niêm yết " + VI.format(until) + " trước ngày bắt đầu niêm yết "
                        + VI.format(n.posted()) + ".", "Sửa `until` thành một ngày sau `posted`, hoặc bỏ dòng để dùng thời hạn luật định.");
            } else if (NoticeCalculator.postedTooShort(n.posted(), until, cat)) {
                problems.warning(w.of("until"), "until", "Chỉ niêm yết " + NoticeCalculator.postingDays(n.posted(), until)
                                + " ngày, ít hơn " + cat.get().minPostingDays() + " ngày liên tục mà " + cat.get().citation() + " yêu cầu.",
                        "Niêm yết đến hết ngày " + VI.format(n.posted().plusDays(cat.get().minPostingDays()))
                                + " hoặc lâu hơn (thời hạn tính từ ngày sau ngày niêm yết, Bộ luật Dân sự 2015 Điều 147).");
            }
        });
        if (decided != LocalDate.EPOCH && n.posted() != LocalDate.EPOCH) {
            if (!calendar.covers(decided, n.posted())) {
                for (int y = decided.getYear(); y <= n.posted().getYear(); y++) {
                    if (!calendar.years().contains(y)) {
                        missingYears.add(y);
                    }
                }
            }
            LocalDate deadline = calendar.addWorkingDays(decided, rules.publishWithinWorkingDays());
            if (NoticeCalculator.publishedLate(decided, n.posted(), rules, calendar)) {
                problems.warning(w.of("posted"), "posted", "Công khai ngày " + VI.format(n.posted()) + ", quá "
                                + rules.publishWithinWorkingDays() + " ngày làm việc kể từ ngày ký " + VI.format(decided)
                                + " (hạn cuối " + VI.format(deadline) + ") theo " + rules.publishCitation() + ".",
                        "Nếu ngày niêm yết ghi sai, sửa `posted`; nếu đúng là công khai muộn, giữ nguyên để cổng ghi nhận.");
            }
        }
        Notice.Places places = n.places();
        if (!places.office() && places.culturalHouses().isEmpty() && !places.portal() && places.loudspeakerFrom().isEmpty()) {
            problems.error(w.of("places"), "places", "Chưa ghi thông báo được niêm yết ở đâu.",
                    "Ghi ít nhất một nơi: `office: true` (trụ sở), `culturalHouses: [...]` (nhà văn hóa), `portal: true` (cổng thông tin) hoặc `loudspeaker`.");
        }
        if (places.loudspeakerFrom().isPresent() && places.loudspeakerTo().isPresent()) {
            LocalDate from = places.loudspeakerFrom().get();
            LocalDate to = places.loudspeakerTo().get();
            if (to.isBefore(from)) {
                problems.error(w.of("places"), "places.loudspeaker", "Ngày kết thúc phát loa " + VI.format(to) + " trước ngày bắt đầu "
                        + VI.format(from) + ".", "Đổi chỗ hai ngày `from` và `to`.");
            } else if (NoticeCalculator.broadcastTooShort(places, cat, rules)) {
                problems.warning(w.of("places"), "places.loudspeaker", "Chỉ phát trên loa " + NoticeCalculator.broadcastDays(from, to)
                                + " ngày, ít hơn " + rules.loudspeakerDays() + " ngày liên tục mà " + rules.loudspeakerCitation() + " yêu cầu.",
                        "Phát loa đến hết ngày " + VI.format(from.plusDays(rules.loudspeakerDays() - 1L)) + ".");
            }
        } else if (cat.map(DisclosureRules.Category::loudspeaker).orElse(false)) {
            problems.warning(w.of("places"), "places.loudspeaker", "Nội dung nhóm " + n.category() + " phải được phát trên loa ít nhất "
                            + rules.loudspeakerDays() + " ngày liên tục (" + rules.loudspeakerCitation() + ") nhưng chưa ghi lịch phát loa.",
                    "Thêm `loudspeaker: {from: 2024-03-04, to: 2024-03-06}` vào `places`.");
        }
    }

    private void document(LegalDocument d, DisclosureRules rules) {
        var w = d.where();
        category(d.category(), rules, w.of("category"), "category");
        d.effective().ifPresent(e -> {
            if (e.isBefore(d.signed()) && d.signed() != LocalDate.EPOCH) {
                problems.error(w.of("effective"), "effective", "Ngày có hiệu lực " + VI.format(e) + " trước ngày ký " + VI.format(d.signed()) + ".",
                        "Kiểm tra lại `effective` và `signed` theo văn bản gốc.");
            }
        });
        d.published().ifPresent(p -> {
            if (p.isBefore(d.signed()) && d.signed() != LocalDate.EPOCH) {
                problems.error(w.of("published"), "published", "Ngày đăng " + VI.format(p) + " trước ngày ký " + VI.format(d.signed()) + ".",
                        "Kiểm tra lại `published` và `signed`.");
            }
        });
    }

    private void board(KpiBoard b) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < b.indicators().size(); i++) {
            KpiBoard.Indicator ind = b.indicators().get(i);
            String path = "indicators[" + i + "]";
            if (!ind.id().isEmpty() && !vn.congkhai.load.Slugs.isSlugPath(ind.id())) {
                problems.error(ind.at(), path + ".id", "Mã chỉ số `" + ind.id() + "` dùng trong địa chỉ trang nên không được có dấu, chữ hoa hay khoảng trắng.",
                        "Viết `" + vn.congkhai.load.Slugs.slugify(ind.id()) + "`.");
            }
            if (!ids.add(ind.id())) {
                problems.error(ind.at(), path + ".id", "Hai chỉ số cùng mã `" + ind.id() + "`.", "Đổi mã của một chỉ số.");
            }
            if (ind.target().signum() < 0 || ind.target().compareTo(java.math.BigDecimal.valueOf(100)) > 0) {
                problems.error(ind.at(), path + ".target", "Chỉ tiêu " + ind.target().toPlainString() + "% nằm ngoài khoảng 0–100.",
                        "Viết chỉ tiêu là phần trăm, ví dụ `target: 90`.");
            }
            Map<Period, SourceRef> seen = new HashMap<>();
            for (int j = 0; j < ind.values().size(); j++) {
                value(ind.values().get(j), path + ".values[" + j + "]", seen);
            }
        }
    }

    private void value(KpiBoard.Value v, String path, Map<Period, SourceRef> seen) {
        SourceRef before = seen.putIfAbsent(v.period(), v.at());
        if (before != null) {
            problems.error(v.at(), path + ".period", "Kỳ " + v.period().label() + " đã có số liệu ở dòng " + before.line() + ".",
                    "Gộp hai mục thành một hoặc sửa kỳ.");
        }
        if (v.numerator().isPresent() && v.denominator().isPresent() && v.numerator().get() > v.denominator().get()) {
            problems.error(v.at(), path + ".numerator", "Tử số " + v.numerator().get() + " lớn hơn mẫu số " + v.denominator().get() + ".",
                    "Tử số là số hồ sơ đạt yêu cầu, không thể nhiều hơn tổng số hồ sơ (mẫu số). Kiểm tra lại hai số.");
            return;
        }
        v.statedPercent().ifPresent(stated -> {
            if (v.denominator().isPresent() && v.denominator().get() == 0) {
                problems.error(v.at(), path + ".percent", "Có tỉ lệ " + stated.toPlainString() + "% nhưng mẫu số là 0: trong kỳ không phát sinh hồ sơ, không có tỉ lệ.",
                        "Bỏ dòng `percent`; cổng sẽ ghi \"Không phát sinh\".");
            } else if (v.numerator().isEmpty() || v.denominator().isEmpty()) {
                problems.error(v.at(), path + ".percent", "Có tỉ lệ " + stated.toPlainString() + "% nhưng thiếu số đếm để tính ra nó.",
                        "Ghi `numerator` và `denominator` (số hồ sơ); cổng tự tính tỉ lệ. Có thể bỏ dòng `percent`.");
            } else if (!KpiCalculator.agrees(stated, v.numerator().get(), v.denominator().get())) {
                problems.error(v.at(), path + ".percent", "Tỉ lệ ghi " + stated.toPlainString() + "% không khớp với số đếm: "
                                + v.numerator().get() + "/" + v.denominator().get() + " = "
                                + KpiCalculator.percent(v.numerator().get(), v.denominator().get()).toPlainString() + "%.",
                        "Kiểm tra lại số đếm; nếu số đếm đúng, bỏ dòng `percent` để cổng tự tính.");
            }
        });
    }

    private void campaign(Campaign c, Project project) {
        var w = c.where();
        if (c.to().isBefore(c.from())) {
            problems.error(w.of("to"), "to", "Ngày kết thúc " + VI.format(c.to()) + " trước ngày bắt đầu " + VI.format(c.from()) + ".",
                    "Đổi chỗ `from` và `to`, hoặc sửa năm.");
        }
        for (int i = 0; i < c.phases().size(); i++) {
            Campaign.Phase p = c.phases().get(i);
            String path = "phases[" + i + "]";
            if (p.to().isBefore(p.from())) {
                problems.error(p.at(), path + ".to", "Đợt \"" + p.name() + "\" kết thúc " + VI.format(p.to()) + " trước khi bắt đầu "
                        + VI.format(p.from()) + ".", "Đổi chỗ `from` và `to` của đợt.");
            } else if (p.from().isBefore(c.from()) || p.to().isAfter(c.to())) {
                problems.warning(p.at(), path, "Đợt \"" + p.name() + "\" (" + VI.format(p.from()) + "–" + VI.format(p.to())
                        + ") nằm ngoài thời gian của cả phong trào (" + VI.format(c.from()) + "–" + VI.format(c.to()) + ").",
                        "Sửa ngày của đợt hoặc của phong trào.");
            }
        }
        ref(c.rubric(), project.rubrics().stream().map(r -> r.id()).toList(), w.of("rubric"), "rubric", "bộ tiêu chí", "data/rubrics/");
        ref(c.round(), project.sheets().stream().map(s -> s.id()).toList(), w.of("round"), "round", "vòng chấm điểm", "data/scores/");
        ref(c.awards(), project.awards().stream().map(a -> a.id()).toList(), w.of("awards"), "awards", "kế hoạch khen thưởng", "data/awards/");
        ref(c.kpi(), project.publications().kpis().stream().map(k -> k.id()).toList(), w.of("kpi"), "kpi", "bảng chỉ số", "data/kpi/");
    }

    private void doneInTheFuture(Campaign c, LocalDate asOf) {
        for (int i = 0; i < c.phases().size(); i++) {
            List<Campaign.Milestone> ms = c.phases().get(i).milestones();
            for (int j = 0; j < ms.size(); j++) {
                Campaign.Milestone m = ms.get(j);
                if (m.done().isPresent() && m.done().get().isAfter(asOf)) {
                    problems.warning(m.at(), "phases[" + i + "].milestones[" + j + "].done", "Ngày hoàn thành " + VI.format(m.done().get())
                            + " sau ngày dựng cổng " + VI.format(asOf) + ".", "Chỉ ghi `done` khi việc đã xong, với ngày đã xong.");
                }
            }
        }
        for (int i = 0; i < c.tasks().size(); i++) {
            Campaign.Task t = c.tasks().get(i);
            if (t.done().isPresent() && t.done().get().isAfter(asOf)) {
                problems.warning(t.at(), "tasks[" + i + "].done", "Ngày hoàn thành " + VI.format(t.done().get()) + " sau ngày dựng cổng "
                        + VI.format(asOf) + ".", "Chỉ ghi `done` khi việc đã xong, với ngày đã xong.");
            }
        }
    }

    private void ref(Optional<String> id, List<String> known, SourceRef at, String field, String what, String folder) {
        if (id.isPresent() && !known.contains(id.get())) {
            problems.error(at, field, "Không có " + what + " `" + id.get() + "`.",
                    (Suggest.didYouMean(id.get(), known) + " Mã là tên tệp trong " + folder + " (không có đuôi .yaml).").strip());
        }
    }
}
