package org.sourcework.operations;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * {@code java -jar sourcework.jar move-to-postgres}: copies a school's whole H2 database (from
 * SOURCEWORK_DATA_DIR, default ./data) into an empty PostgreSQL database (SPRING_DATASOURCE_URL,
 * _USERNAME, _PASSWORD), in one transaction, then compares the row count of every table. Run it with
 * the server stopped. Both databases are first brought to the same schema by the application's own
 * migrations, so the tables match column for column.
 */
public final class MoveToPostgres {

    public static final String COMMAND = "move-to-postgres";

    private MoveToPostgres() {}

    /** Runs the move; returns the process exit code (0 when every row arrived). */
    public static int run(Map<String, String> env, PrintStream out) {
        var dataDir = Path.of(env.getOrDefault("SOURCEWORK_DATA_DIR", "./data"));
        var target = env.get("SPRING_DATASOURCE_URL");
        if (target == null || !target.startsWith("jdbc:postgresql:")) {
            out.println("Set SPRING_DATASOURCE_URL to the PostgreSQL database to move to, for example"
                    + " jdbc:postgresql://db.school.example:5432/sourcework, and SPRING_DATASOURCE_USERNAME and"
                    + " SPRING_DATASOURCE_PASSWORD.");
            return 2;
        }
        if (!Files.exists(dataDir.resolve("sourcework.mv.db"))) {
            out.println("No H2 database at " + dataDir.toAbsolutePath().resolve("sourcework.mv.db")
                    + ". Set SOURCEWORK_DATA_DIR to the server's data directory.");
            return 2;
        }
        var source = H2DataDir.url(dataDir, ";IFEXISTS=TRUE");
        var user = env.getOrDefault("SPRING_DATASOURCE_USERNAME", "sourcework");
        var password = env.getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
        try {
            migrate(source, "sa", "");
            migrate(target, user, password);
            try (var from = DriverManager.getConnection(source, "sa", "");
                    var to = DriverManager.getConnection(target, user, password)) {
                return move(from, to, out);
            }
        } catch (SQLException | RuntimeException e) {
            out.println("The move stopped and PostgreSQL was left as it was: " + e.getMessage());
            return 1;
        }
    }

    private static int move(Connection from, Connection to, PrintStream out) throws SQLException {
        var copier = new TableCopier(from, to);
        var tables = copier.tablesInDependencyOrder();
        var notEmpty = copier.tablesWithRows(tables);
        if (!notEmpty.isEmpty()) {
            out.println("PostgreSQL already holds data in " + String.join(", ", notEmpty) + ". Move into an empty"
                    + " database (createdb a new one); nothing was changed.");
            return 3;
        }
        to.setAutoCommit(false);
        long total = 0;
        for (var table : tables) {
            total += copier.copy(table);
        }
        copier.copySequences();
        var differences = copier.countDifferences(tables);
        if (!differences.isEmpty()) {
            to.rollback();
            out.println("Row counts differ, so nothing was kept: " + differences);
            return 1;
        }
        to.commit();
        out.println("Moved " + total + " rows in " + tables.size() + " tables to PostgreSQL; every table's row"
                + " count matches:");
        for (var table : tables) {
            out.println("  " + table + ": " + copier.count(to, table));
        }
        return 0;
    }

    private static void migrate(String url, String user, String password) {
        Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }
}
