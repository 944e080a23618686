package org.sourcework.it;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Opens the application's H2 files with plain JDBC, after the application has gone. */
final class H2Files {

    /** The options of spring.datasource.url in application.properties. */
    private static final String OPTIONS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";

    private H2Files() {}

    static Connection open(Path dataDir) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:h2:file:" + dataDir.resolve("sourcework") + OPTIONS + ";IFEXISTS=TRUE", "sa", "");
    }

    /** Runs one insert, update or delete; returns how many rows it changed. */
    static int update(Path dataDir, String sql, Object... parameters) throws SQLException {
        try (var connection = open(dataDir);
                var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    /** The first column of every row the query returns, as strings. */
    static List<String> column(Path dataDir, String sql, Object... parameters) throws SQLException {
        try (var connection = open(dataDir);
                var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rows = statement.executeQuery()) {
                var values = new ArrayList<String>();
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
                return values;
            }
        }
    }
}
