package org.sourcework.operations;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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

    /**
     * A running server holds an operating-system lock on the database file (H2's FILE_LOCK=FS, the
     * default). The lock is tried on the file itself: opening the database here would need exactly the
     * server's settings (DATABASE_TO_LOWER and the rest), and with any others H2 rewrites a stopped
     * database under the wrong names and fills its trace file with errors.
     */
    private static boolean isInUse(Path dataDir) {
        var file = dataDir.resolve("sourcework.mv.db");
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
