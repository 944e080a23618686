package org.sourcework.support;

import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Which database the tests run on: H2 by default, PostgreSQL under {@code -Ppostgres}. For the few tests
 * that read the database's own list of sessions, which each keeps in its own way.
 */
public final class WhichDatabase {

    private WhichDatabase() {}

    public static boolean postgres(DataSource dataSource) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
    }
}
