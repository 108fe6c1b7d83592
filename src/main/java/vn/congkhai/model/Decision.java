package vn.congkhai.model;

import java.time.LocalDate;

/** A signed text a notice or a campaign refers to: its number and symbol, date and issuer. */
public record Decision(String number, LocalDate date, String issuer) {
}
