package org.sourcework.operations;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.h2.tools.Restore;

/**
 * {@code java -jar sourcework.jar restore-h2-backup <zip>}: puts a backup taken with
 * {@code POST /actuator/backup} back in place as the database in SOURCEWORK_DATA_DIR (default
 * ./data), with H2's own Restore tool. It refuses while a server has the database open.
 */
public final class RestoreH2Backup {

    public static final String COMMAND = "restore-h2-backup";

    private RestoreH2Backup() {
    }

    public static int run(String[] args, Map<String, String> env, PrintStream out) {
        if (args.length != 2 || !Files.isRegularFile(Path.of(args[1]))) {
            out.println("Name the backup to restore: java -jar sourcework.jar " + COMMAND
                    + " /var/lib/sourcework/backups/sourcework-20260901-020000.zip");
            return 2;
        }
        var dataDir = Path.of(env.getOrDefault("SOURCEWORK_DATA_DIR", "./data")).toAbsolutePath();
        if (isInUse(dataDir)) {
            out.println("The database in " + dataDir + " is open in a running server. Stop the server first;"
                    + " nothing was changed.");
            return 3;
        }
        Restore.execute(args[1], dataDir.toString(), "sourcework");
        out.println("Restored " + args[1] + " into " + dataDir + ". Start the server.");
        return 0;
    }

    /** H2 locks its file while a server has it open; a second opener fails at once. */
    private static boolean isInUse(Path dataDir) {
        if (!Files.exists(dataDir.resolve("sourcework.mv.db"))) {
            return false;
        }
        try (var connection = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("sourcework")
                + ";IFEXISTS=TRUE;FILE_LOCK=FILE", "sa", "")) {
            return false;
        } catch (SQLException e) {
            return true;
        }
    }
}
