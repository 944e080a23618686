package org.sourcework.reporting;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads the columns of a native query's rows. Drivers differ in the Java types they hand back
 * (a count is a Long on H2 and PostgreSQL, a sum an Integer, Long or BigDecimal; a timestamp with
 * time zone an OffsetDateTime on H2 and an Instant on PostgreSQL), so every column goes through here.
 */
final class Rows {

    private Rows() {}

    static <T> List<T> of(List<?> rows, Function<Object[], T> map) {
        return rows.stream().map(row -> map.apply((Object[]) row)).toList();
    }

    static long number(@Nullable Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static BigDecimal decimal(@Nullable Object value) {
        return switch (value) {
            case null -> BigDecimal.ZERO;
            case BigDecimal decimal -> decimal;
            case Number number -> BigDecimal.valueOf(number.longValue());
            default -> throw new IllegalStateException("Not a number: " + value);
        };
    }

    static @Nullable Instant instant(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case Timestamp timestamp -> timestamp.toInstant();
            case TemporalAccessor temporal -> Instant.from(temporal);
            default -> throw new IllegalStateException("Not a time: " + value);
        };
    }
}
