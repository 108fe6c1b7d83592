package vn.congkhai.render.data;

import java.math.BigDecimal;
import java.util.Optional;

/** A dataset cell as text (CSV) and as a JSON value. */
final class Values {
    private Values() {
    }

    static String text(Object value) {
        Object v = json(value);
        if (v == null) {
            return "";
        }
        return v instanceof BigDecimal d ? d.toPlainString() : v.toString();
    }

    /** An empty Optional is JSON null; dates are ISO days; other values as they are. */
    static Object json(Object value) {
        Object v = value instanceof Optional<?> o ? o.orElse(null) : value;
        if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros().scale() < 0 ? d.setScale(0) : d.stripTrailingZeros();
        }
        if (v instanceof java.time.LocalDate day) {
            return day.toString();
        }
        return v;
    }
}
