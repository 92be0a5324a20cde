package org.medius.score;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting for messages: at most two decimals, no trailing zeros, a dot. */
final class Numbers {
    private Numbers() {
    }

    static String format(double x) {
        if (!Double.isFinite(x)) {
            return Double.toString(x);
        }
        return BigDecimal.valueOf(x).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
