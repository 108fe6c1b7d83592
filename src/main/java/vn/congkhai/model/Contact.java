package vn.congkhai.model;

import java.util.List;

/**
 * How citizens reach the ward, from {@code contact:} in {@code data/site.yaml}: shown on the Liên hệ page.
 *
 * @param hotline     the number to call, besides the office's phone; empty if none
 * @param mapUrl      a web map showing the office (http(s), checked when loaded); empty if none
 * @param officeHours when the office receives people, one line per group of days
 * @param reception   the citizen-reception schedule (lịch tiếp công dân, Luật Tiếp công dân 42/2013/QH13 Điều 15 k2 đ.d: the commune chairman at least one day a week; Điều 24: the schedule published on the portal)
 * @param complaints  how to complain or denounce (khiếu nại, tố cáo) and the days the answer takes
 * @param requests    how to ask for information (Luật Tiếp cận thông tin 104/2016/QH13) and the working days it takes
 */
public record Contact(String hotline, String mapUrl, List<OfficeHours> officeHours, Reception reception,
                      Complaints complaints, InformationRequests requests) {

    /** "Thứ Hai đến thứ Sáu": "sáng 7:00–11:30, chiều 13:30–17:00". */
    public record OfficeHours(String days, String hours) {
    }

    /** Where citizens are received, and who receives them when. */
    public record Reception(String place, List<ReceptionSlot> schedule) {
    }

    /** "Chủ tịch Ủy ban nhân dân phường": "sáng thứ Năm hằng tuần, 7:30–11:00". */
    public record ReceptionSlot(String who, String when) {
    }

    /**
     * @param where            where a complaint or denunciation is handed in or sent
     * @param how              what to write and bring, in plain words
     * @param complaintDays    days the ward takes to settle a complaint, from acceptance
     * @param denunciationDays days the ward takes to settle a denunciation, from acceptance
     */
    public record Complaints(String where, String how, int complaintDays, int denunciationDays) {
    }

    /**
     * @param contact     the information contact point (đầu mối cung cấp thông tin)
     * @param email       where a request may be e-mailed; empty if none
     * @param how         how to ask, in plain words
     * @param workingDays working days the ward takes to answer a valid request
     */
    public record InformationRequests(String contact, String email, String how, int workingDays) {
    }
}
