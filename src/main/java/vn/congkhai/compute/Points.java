package vn.congkhai.compute;

import java.math.BigDecimal;

/** Points as Vietnamese readers write them: no trailing zeros, a decimal comma ("7,5"). */
public final class Points {
    private Points() {
    }

    public static String format(BigDecimal points) {
        return points.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
