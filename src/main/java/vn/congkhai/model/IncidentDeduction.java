package vn.congkhai.model;

import java.math.BigDecimal;

/** "Mỗi trường hợp bị phản ánh ... trừ 5 điểm": the criterion starts at its maximum and loses {@code perIncident} per incident. */
public record IncidentDeduction(BigDecimal perIncident, String incident) {
}
