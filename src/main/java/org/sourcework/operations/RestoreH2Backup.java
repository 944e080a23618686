package org.sourcework.operations;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * {@code java -jar sourcework.jar restore-h2-backup <zip>}: rebuilds the database in
 * SOURCEWORK_DATA_DIR (default ./data) from a backup taken with {@code POST /actuator/backup}. The
 * database it replaces is kept beside it under another name. It refuses while a server has the
 * database open.
 */
public final class RestoreH2Backup {

    public static final String COMMAND = "restore-h2-backup";

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private RestoreH2Backup() {}

    public static int run(String[] args, Map<String, String> env, PrintStream out) {
        if (args.length != 2 || !Files.isRegularFile(Path.of(args[1]))) {
            out.println("Name the backup to restore: java -jar sourcework.jar " + COMMAND
                    + " /var/lib/sourcework/backups/sourcework-20260901-020000.zip");
            return 2;
        }
        var backup = Path.of(args[1]).toAbsolutePath();
        var dataDir = Path.of(env.getOrDefault("SOURCEWORK_DATA_DIR", "./data")).toAbsolutePath();
        var current = dataDir.resolve(H2DataDir.FILE);
        if (isInUse(current)) {
            out.println("The database in " + dataDir + " is open in a running server. Stop the server first;"
                    + " nothing was changed.");
            return 3;
        }
        try {
            Files.createDirectories(dataDir);
            var kept = dataDir.resolve(H2DataDir.NAME + "-before-restore-" + STAMP.format(Instant.now()) + ".mv.db");
            boolean hadDatabase = Files.exists(current);
            if (hadDatabase) {
                Files.move(current, kept);
            }
            try (var connection = DriverManager.getConnection(H2DataDir.url(dataDir, ""), "sa", "");
                    var statement = connection.createStatement()) {
                statement.execute("RUNSCRIPT FROM '" + backup.toString().replace("'", "''") + "' COMPRESSION ZIP");
            } catch (SQLException e) {
                Files.deleteIfExists(current);
                if (hadDatabase) {
                    Files.move(kept, current);
                }
                out.println("The backup could not be restored, and the database was left as it was: " + e.getMessage());
                return 1;
            }
            out.println("Restored " + backup + " into " + dataDir + ". Start the server."
                    + (hadDatabase ? " The database it replaced is kept as " + kept + "." : ""));
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not move the database files in " + dataDir, e);
        }
    }

    /**
     * A running server holds an operating-system lock on the database file (H2's FILE_LOCK=FS, the
     * default). The lock is tried on the file itself: opening the database here would need exactly the
     * server's settings (DATABASE_TO_LOWER and the rest), and with any others H2 rewrites a stopped
     * database under the wrong names and fills its trace file with errors.
     */
    private static boolean isInUse(Path file) {
        if (!Files.exists(file)) {
            return false;
        }
        try (var channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            var lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }
}
