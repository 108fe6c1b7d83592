package vn.congkhai.render.data;

import java.util.List;
import java.util.function.Supplier;

/**
 * One published dataset: {@code du-lieu/ID.csv} and {@code du-lieu/ID.json}.
 *
 * @param id    the files' name: lower-case, no marks, dashes
 * @param rows  one list of values per row, in the order of {@code fields}: String, BigDecimal, Integer, Boolean,
 *              LocalDate, or an empty {@link java.util.Optional} for "no value" (a criterion not yet scored
 *              is empty, never 0). Made only when the files are written.
 */
public record Dataset(String id, String title, String description, List<Field> fields, Supplier<List<List<Object>>> rows) {
}
