package org.sourcework.operations;

import java.nio.file.Path;

/** The embedded database in a data directory, opened with exactly the server's settings. */
final class H2DataDir {

    /** The options of spring.datasource.url in application.properties. */
    private static final String OPTIONS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";

    static final String NAME = "sourcework";
    static final String FILE = NAME + ".mv.db";

    private H2DataDir() {}

    /** The JDBC URL of the database in {@code dataDir}; {@code extra} starts with ';' or is empty. */
    static String url(Path dataDir, String extra) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve(NAME) + OPTIONS + extra;
    }
}
