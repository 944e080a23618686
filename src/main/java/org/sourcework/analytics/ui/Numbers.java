package org.sourcework.analytics.ui;

import java.math.BigDecimal;

/** Scores as people write them: 1.5, 2, 0.33; never 2.00. */
final class Numbers {

    private Numbers() {}

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
