package vn.congkhai.model;

import java.time.LocalDate;

/** A reporting period: a month ({@code 2024-05}), a quarter ({@code 2024-Q2}) or a year ({@code 2024}). */
public record Period(Kind kind, int year, int index) implements Comparable<Period> {
    public enum Kind { MONTH, QUARTER, YEAR }

    private static final String[] ROMAN = {"", "I", "II", "III", "IV"};

    public LocalDate start() {
        return switch (kind) {
            case MONTH -> LocalDate.of(year, index, 1);
            case QUARTER -> LocalDate.of(year, index * 3 - 2, 1);
            case YEAR -> LocalDate.of(year, 1, 1);
        };
    }

    public LocalDate end() {
        return switch (kind) {
            case MONTH -> start().plusMonths(1).minusDays(1);
            case QUARTER -> start().plusMonths(3).minusDays(1);
            case YEAR -> LocalDate.of(year, 12, 31);
        };
    }

    /** How it is written in the data. */
    public String code() {
        return switch (kind) {
            case MONTH -> String.format("%d-%02d", year, index);
            case QUARTER -> year + "-Q" + index;
            case YEAR -> Integer.toString(year);
        };
    }

    /** How a reader says it: "Tháng 5/2024", "Quý II/2024", "Năm 2024". */
    public String label() {
        return switch (kind) {
            case MONTH -> "Tháng " + index + "/" + year;
            case QUARTER -> "Quý " + ROMAN[index] + "/" + year;
            case YEAR -> "Năm " + year;
        };
    }

    @Override
    public int compareTo(Period o) {
        int c = start().compareTo(o.start());
        return c != 0 ? c : end().compareTo(o.end());
    }
}
