package vn.congkhai.validate;

import vn.congkhai.Problems;
import vn.congkhai.compute.KpiCalculator;
import vn.congkhai.compute.NoticeCalculator;
import vn.congkhai.load.Suggest;
import vn.congkhai.model.Say;
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
            String years = String.join(", ", missingYears.stream().map(String::valueOf).toList());
            problems.warning(SourceRef.file("data/holidays.yaml"), "years",
                    Say.of("Lịch ngày nghỉ chưa có năm " + years + ": hạn công khai được tính chỉ trừ thứ Bảy, Chủ nhật, nên có thể sai trong dịp lễ, Tết.",
                            "The holiday calendar lacks the year " + years + ": deadlines skip only Saturdays and Sundays, so they may be wrong around holidays and Tết."),
                    Say.of("Thêm các ngày nghỉ lễ, Tết của năm đó vào data/holidays.yaml theo thông báo chính thức.",
                            "Add that year's public holidays to data/holidays.yaml from the official announcement."));
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
            problems.error(SourceRef.file(at.file()), "", Say.of("Tên tệp `" + id + "` trùng với địa chỉ một trang có sẵn của cổng.",
                            "The file name `" + id + "` is the address of one of the portal's own pages."),
                    Say.of("Đổi tên tệp, ví dụ thành `" + id + "-1.yaml`" + (sheets ? " (tên văn bản không được kết thúc bằng `-in`)." : "."),
                            "Rename the file, e.g. to `" + id + "-1.yaml`" + (sheets ? " (a document's name may not end in `-in`)." : ".")));
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
                problems.error(f.getKey(), "file", Say.of("Tệp `" + f.getValue().source() + "` và tệp `" + before
                                + "` cùng tên nên sẽ cùng địa chỉ tải về `" + f.getValue().published() + "`.", "The files `" + f.getValue().source()
                                + "` and `" + before + "` share a name, so they would share the download address `" + f.getValue().published() + "`."),
                        Say.of("Đổi tên một trong hai tệp cho khác nhau.", "Rename one of them."));
            }
        }
    }

    private Optional<DisclosureRules.Category> category(int number, DisclosureRules rules, SourceRef at, String field) {
        Optional<DisclosureRules.Category> c = rules.category(number);
        if (c.isEmpty() && number != 0 && !rules.categories().isEmpty()) {
            int n = rules.categories().size();
            problems.error(at, field, Say.of("Không có nhóm nội dung công khai số " + number + ".", "There is no disclosure category " + number + "."),
                    Say.of("Luật 10/2022/QH15 Điều 11 có " + n + " nhóm, đánh số từ 1 đến " + n + "; xem danh sách trong data/disclosure.yaml.",
                            "Luật 10/2022/QH15 Điều 11 has " + n + " categories, numbered 1 to " + n + "; see the list in data/disclosure.yaml."));
        }
        return c;
    }

    private void notice(Notice n, DisclosureRules rules, HolidayCalendar calendar, Set<Integer> missingYears) {
        var w = n.where();
        Optional<DisclosureRules.Category> cat = category(n.category(), rules, w.of("category"), "category");
        LocalDate decided = n.decision().date();
        if (decided != LocalDate.EPOCH && n.posted() != LocalDate.EPOCH && n.posted().isBefore(decided)) {
            problems.error(w.of("posted"), "posted", Say.of("Ngày niêm yết " + VI.format(n.posted()) + " trước ngày ký văn bản "
                            + VI.format(decided) + ".", "Posted on " + VI.format(n.posted()) + ", before the decision was signed on " + VI.format(decided) + "."),
                    Say.of("Kiểm tra lại ngày niêm yết (`posted`) và ngày ký (`decision.date`).", "Check the posting date (`posted`) and the signing date (`decision.date`)."));
            return;
        }
        if (n.until().isPresent() && cat.map(DisclosureRules.Category::permanent).orElse(false)) {
            problems.warning(w.of("until"), "until", Say.of("Nội dung nhóm " + n.category() + " phải niêm yết thường xuyên ("
                            + cat.get().citation() + ") nhưng thông báo ghi ngày hết niêm yết.", "Category " + n.category()
                            + " is posted permanently (" + cat.get().citation() + ") but the notice gives an end date."),
                    Say.of("Bỏ dòng `until`; khi nội dung thay đổi, sửa thông báo hoặc thêm thông báo mới.",
                            "Delete the `until` line; when the content changes, edit the notice or add a new one."));
        }
        n.until().ifPresent(until -> {
            if (until.isBefore(n.posted())) {
                problems.error(w.of("until"), "until", Say.of("Ngày hết niêm yết " + VI.format(until) + " trước ngày bắt đầu niêm yết "
                                + VI.format(n.posted()) + ".", "The posting ends on " + VI.format(until) + ", before it starts on " + VI.format(n.posted()) + "."),
                        Say.of("Sửa `until` thành một ngày sau `posted`, hoặc bỏ dòng để dùng thời hạn luật định.",
                                "Set `until` to a day after `posted`, or delete the line to use the legal period."));
            } else if (NoticeCalculator.postedTooShort(n.posted(), until, cat)) {
                long days = NoticeCalculator.postingDays(n.posted(), until);
                String last = VI.format(n.posted().plusDays(cat.get().minPostingDays()));
                problems.warning(w.of("until"), "until", Say.of("Chỉ niêm yết " + days + " ngày, ít hơn " + cat.get().minPostingDays()
                                        + " ngày liên tục mà " + cat.get().citation() + " yêu cầu.",
                                "Posted for " + days + " days only, fewer than the " + cat.get().minPostingDays() + " consecutive days "
                                        + cat.get().citation() + " requires."),
                        Say.of("Niêm yết đến hết ngày " + last + " hoặc lâu hơn (thời hạn tính từ ngày sau ngày niêm yết, Bộ luật Dân sự 2015 Điều 147).",
                                "Keep it posted until " + last + " or later (a period counts from the day after posting, Bộ luật Dân sự 2015 Điều 147)."));
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
                problems.warning(w.of("posted"), "posted", Say.of("Công khai ngày " + VI.format(n.posted()) + ", quá "
                                + rules.publishWithinWorkingDays() + " ngày làm việc kể từ ngày ký " + VI.format(decided)
                                + " (hạn cuối " + VI.format(deadline) + ") theo " + rules.publishCitation() + ".",
                                "Made public on " + VI.format(n.posted()) + ", more than " + rules.publishWithinWorkingDays()
                                + " working days after signing on " + VI.format(decided) + " (deadline " + VI.format(deadline) + ") set by "
                                + rules.publishCitation() + "."),
                        Say.of("Nếu ngày niêm yết ghi sai, sửa `posted`; nếu đúng là công khai muộn, giữ nguyên để cổng ghi nhận.",
                                "If the posting date is wrong, correct `posted`; if it really was late, leave it so the portal records it."));
            }
        }
        Notice.Places places = n.places();
        if (!places.office() && places.culturalHouses().isEmpty() && !places.portal() && places.loudspeakerFrom().isEmpty()) {
            problems.error(w.of("places"), "places", Say.of("Chưa ghi thông báo được niêm yết ở đâu.", "The notice does not say where it is posted."),
                    Say.of("Ghi ít nhất một nơi: `office: true` (trụ sở), `culturalHouses: [...]` (nhà văn hóa), `portal: true` (cổng thông tin) hoặc `loudspeaker`.",
                            "Name at least one place: `office: true`, `culturalHouses: [...]`, `portal: true` or `loudspeaker`."));
        }
        if (places.loudspeakerFrom().isPresent() && places.loudspeakerTo().isPresent()) {
            LocalDate from = places.loudspeakerFrom().get();
            LocalDate to = places.loudspeakerTo().get();
            if (to.isBefore(from)) {
                problems.error(w.of("places"), "places.loudspeaker", Say.of("Ngày kết thúc phát loa " + VI.format(to) + " trước ngày bắt đầu "
                        + VI.format(from) + ".", "The loudspeaker broadcast ends on " + VI.format(to) + ", before it starts on " + VI.format(from) + "."),
                        Say.of("Đổi chỗ hai ngày `from` và `to`.", "Swap `from` and `to`."));
            } else if (NoticeCalculator.broadcastTooShort(places, cat, rules)) {
                long days = NoticeCalculator.broadcastDays(from, to);
                String last = VI.format(from.plusDays(rules.loudspeakerDays() - 1L));
                problems.warning(w.of("places"), "places.loudspeaker", Say.of("Chỉ phát trên loa " + days + " ngày, ít hơn "
                                + rules.loudspeakerDays() + " ngày liên tục mà " + rules.loudspeakerCitation() + " yêu cầu.",
                                "Broadcast for " + days + " days only, fewer than the " + rules.loudspeakerDays() + " consecutive days "
                                        + rules.loudspeakerCitation() + " requires."),
                        Say.of("Phát loa đến hết ngày " + last + ".", "Broadcast until " + last + "."));
            }
        } else if (cat.map(DisclosureRules.Category::loudspeaker).orElse(false)) {
            problems.warning(w.of("places"), "places.loudspeaker", Say.of("Nội dung nhóm " + n.category() + " phải được phát trên loa ít nhất "
                            + rules.loudspeakerDays() + " ngày liên tục (" + rules.loudspeakerCitation() + ") nhưng chưa ghi lịch phát loa.",
                            "Category " + n.category() + " must be broadcast by loudspeaker for at least " + rules.loudspeakerDays()
                                    + " consecutive days (" + rules.loudspeakerCitation() + "), but no broadcast is recorded."),
                    Say.of("Thêm `loudspeaker: {from: 2024-03-04, to: 2024-03-06}` vào `places`.", "Add `loudspeaker: {from: 2024-03-04, to: 2024-03-06}` to `places`."));
        }
    }

    private void document(LegalDocument d, DisclosureRules rules) {
        var w = d.where();
        category(d.category(), rules, w.of("category"), "category");
        d.effective().ifPresent(e -> {
            if (e.isBefore(d.signed()) && d.signed() != LocalDate.EPOCH) {
                problems.error(w.of("effective"), "effective", Say.of("Ngày có hiệu lực " + VI.format(e) + " trước ngày ký " + VI.format(d.signed()) + ".",
                                "It takes effect on " + VI.format(e) + ", before it was signed on " + VI.format(d.signed()) + "."),
                        Say.of("Kiểm tra lại `effective` và `signed` theo văn bản gốc.", "Check `effective` and `signed` against the original."));
            }
        });
        d.published().ifPresent(p -> {
            if (p.isBefore(d.signed()) && d.signed() != LocalDate.EPOCH) {
                problems.error(w.of("published"), "published", Say.of("Ngày đăng " + VI.format(p) + " trước ngày ký " + VI.format(d.signed()) + ".",
                                "Published on " + VI.format(p) + ", before it was signed on " + VI.format(d.signed()) + "."),
                        Say.of("Kiểm tra lại `published` và `signed`.", "Check `published` and `signed`."));
            }
        });
    }

    private void board(KpiBoard b) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < b.indicators().size(); i++) {
            KpiBoard.Indicator ind = b.indicators().get(i);
            String path = "indicators[" + i + "]";
            if (!ind.id().isEmpty() && !vn.congkhai.load.Slugs.isSlugPath(ind.id())) {
                problems.error(ind.at(), path + ".id", Say.of("Mã chỉ số `" + ind.id() + "` dùng trong địa chỉ trang nên không được có dấu, chữ hoa hay khoảng trắng.",
                                "The indicator id `" + ind.id() + "` goes into a page address, so it may not have marks, capitals or spaces."),
                        Say.of("Viết `" + vn.congkhai.load.Slugs.slugify(ind.id()) + "`.", "Write `" + vn.congkhai.load.Slugs.slugify(ind.id()) + "`."));
            }
            if (!ids.add(ind.id())) {
                problems.error(ind.at(), path + ".id", Say.of("Hai chỉ số cùng mã `" + ind.id() + "`.", "Two indicators have the id `" + ind.id() + "`."),
                        Say.of("Đổi mã của một chỉ số.", "Change the id of one of them."));
            }
            if (ind.target().signum() < 0 || ind.target().compareTo(java.math.BigDecimal.valueOf(100)) > 0) {
                problems.error(ind.at(), path + ".target", Say.of("Chỉ tiêu " + ind.target().toPlainString() + "% nằm ngoài khoảng 0–100.",
                                "The target " + ind.target().toPlainString() + "% is outside 0–100."),
                        Say.of("Viết chỉ tiêu là phần trăm, ví dụ `target: 90`.", "Write the target as a percentage, e.g. `target: 90`."));
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
            problems.error(v.at(), path + ".period", Say.of("Kỳ " + v.period().label() + " đã có số liệu ở dòng " + before.line() + ".",
                            "The period " + v.period().label() + " already has figures at line " + before.line() + "."),
                    Say.of("Gộp hai mục thành một hoặc sửa kỳ.", "Merge the two entries or correct the period."));
        }
        if (v.numerator().isPresent() && v.denominator().isPresent() && v.numerator().get() > v.denominator().get()) {
            problems.error(v.at(), path + ".numerator", Say.of("Tử số " + v.numerator().get() + " lớn hơn mẫu số " + v.denominator().get() + ".",
                            "The numerator " + v.numerator().get() + " is larger than the denominator " + v.denominator().get() + "."),
                    Say.of("Tử số là số hồ sơ đạt yêu cầu, không thể nhiều hơn tổng số hồ sơ (mẫu số). Kiểm tra lại hai số.",
                            "The numerator counts the dossiers that met the target; it cannot exceed all dossiers (the denominator). Check both."));
            return;
        }
        v.statedPercent().ifPresent(stated -> {
            if (v.denominator().isPresent() && v.denominator().get() == 0) {
                problems.error(v.at(), path + ".percent", Say.of("Có tỉ lệ " + stated.toPlainString()
                                + "% nhưng mẫu số là 0: trong kỳ không phát sinh hồ sơ, không có tỉ lệ.", "The share " + stated.toPlainString()
                                + "% is given but the denominator is 0: no dossiers in the period, so there is no share."),
                        Say.of("Bỏ dòng `percent`; cổng sẽ ghi \"Không phát sinh\".", "Delete the `percent` line; the portal will say \"Không phát sinh\" (none arose)."));
            } else if (v.numerator().isEmpty() || v.denominator().isEmpty()) {
                problems.error(v.at(), path + ".percent", Say.of("Có tỉ lệ " + stated.toPlainString() + "% nhưng thiếu số đếm để tính ra nó.",
                                "The share " + stated.toPlainString() + "% is given without the counts it comes from."),
                        Say.of("Ghi `numerator` và `denominator` (số hồ sơ); cổng tự tính tỉ lệ. Có thể bỏ dòng `percent`.",
                                "Write `numerator` and `denominator` (dossier counts); the portal works the share out. The `percent` line can go."));
            } else if (!KpiCalculator.agrees(stated, v.numerator().get(), v.denominator().get())) {
                String sum = v.numerator().get() + "/" + v.denominator().get() + " = "
                        + KpiCalculator.percent(v.numerator().get(), v.denominator().get()).toPlainString() + "%";
                problems.error(v.at(), path + ".percent", Say.of("Tỉ lệ ghi " + stated.toPlainString() + "% không khớp với số đếm: " + sum + ".",
                                "The share written, " + stated.toPlainString() + "%, disagrees with the counts: " + sum + "."),
                        Say.of("Kiểm tra lại số đếm; nếu số đếm đúng, bỏ dòng `percent` để cổng tự tính.",
                                "Check the counts; if they are right, delete the `percent` line and let the portal work it out."));
            }
        });
    }

    private void campaign(Campaign c, Project project) {
        var w = c.where();
        if (c.to().isBefore(c.from())) {
            problems.error(w.of("to"), "to", Say.of("Ngày kết thúc " + VI.format(c.to()) + " trước ngày bắt đầu " + VI.format(c.from()) + ".",
                            "It ends on " + VI.format(c.to()) + ", before it starts on " + VI.format(c.from()) + "."),
                    Say.of("Đổi chỗ `from` và `to`, hoặc sửa năm.", "Swap `from` and `to`, or correct the year."));
        }
        for (int i = 0; i < c.phases().size(); i++) {
            Campaign.Phase p = c.phases().get(i);
            String path = "phases[" + i + "]";
            if (p.to().isBefore(p.from())) {
                problems.error(p.at(), path + ".to", Say.of("Đợt \"" + p.name() + "\" kết thúc " + VI.format(p.to()) + " trước khi bắt đầu "
                        + VI.format(p.from()) + ".", "The phase \"" + p.name() + "\" ends on " + VI.format(p.to()) + ", before it starts on "
                        + VI.format(p.from()) + "."), Say.of("Đổi chỗ `from` và `to` của đợt.", "Swap the phase's `from` and `to`."));
            } else if (p.from().isBefore(c.from()) || p.to().isAfter(c.to())) {
                String phase = VI.format(p.from()) + "–" + VI.format(p.to());
                String whole = VI.format(c.from()) + "–" + VI.format(c.to());
                problems.warning(p.at(), path, Say.of("Đợt \"" + p.name() + "\" (" + phase + ") nằm ngoài thời gian của cả phong trào (" + whole + ").",
                                "The phase \"" + p.name() + "\" (" + phase + ") falls outside the campaign (" + whole + ")."),
                        Say.of("Sửa ngày của đợt hoặc của phong trào.", "Correct the dates of the phase or of the campaign."));
            }
        }
        ref(c.rubric(), project.rubrics().stream().map(r -> r.id()).toList(), w.of("rubric"), "rubric", Say.of("bộ tiêu chí", "rubric"), "data/rubrics/");
        ref(c.round(), project.sheets().stream().map(s -> s.id()).toList(), w.of("round"), "round", Say.of("vòng chấm điểm", "round"), "data/scores/");
        ref(c.awards(), project.awards().stream().map(a -> a.id()).toList(), w.of("awards"), "awards", Say.of("kế hoạch khen thưởng", "award plan"), "data/awards/");
        ref(c.kpi(), project.publications().kpis().stream().map(k -> k.id()).toList(), w.of("kpi"), "kpi", Say.of("bảng chỉ số", "indicator board"), "data/kpi/");
    }

    private void doneInTheFuture(Campaign c, LocalDate asOf) {
        for (int i = 0; i < c.phases().size(); i++) {
            List<Campaign.Milestone> ms = c.phases().get(i).milestones();
            for (int j = 0; j < ms.size(); j++) {
                Campaign.Milestone m = ms.get(j);
                if (m.done().isPresent() && m.done().get().isAfter(asOf)) {
                    problems.warning(m.at(), "phases[" + i + "].milestones[" + j + "].done", doneLater(m.done().get(), asOf), DONE_WHEN_DONE);
                }
            }
        }
        for (int i = 0; i < c.tasks().size(); i++) {
            Campaign.Task t = c.tasks().get(i);
            if (t.done().isPresent() && t.done().get().isAfter(asOf)) {
                problems.warning(t.at(), "tasks[" + i + "].done", doneLater(t.done().get(), asOf), DONE_WHEN_DONE);
            }
        }
    }

    private static final Say DONE_WHEN_DONE = Say.of("Chỉ ghi `done` khi việc đã xong, với ngày đã xong.",
            "Write `done` only once the work is done, with the day it was done.");

    private static Say doneLater(LocalDate done, LocalDate asOf) {
        return Say.of("Ngày hoàn thành " + VI.format(done) + " sau ngày dựng cổng " + VI.format(asOf) + ".",
                "Done on " + VI.format(done) + ", after the build date " + VI.format(asOf) + ".");
    }

    private void ref(Optional<String> id, List<String> known, SourceRef at, String field, Say what, String folder) {
        if (id.isPresent() && !known.contains(id.get())) {
            problems.error(at, field, Say.of("Không có " + what.vi() + " `" + id.get() + "`.", "There is no " + what.en() + " `" + id.get() + "`."),
                    Suggest.didYouMean(id.get(), known).then(Say.of("Mã là tên tệp trong " + folder + " (không có đuôi .yaml).",
                            "The id is a file's name in " + folder + " (without .yaml).")));
        }
    }
}
