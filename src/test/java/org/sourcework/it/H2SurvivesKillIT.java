package org.sourcework.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A teacher's trust rests on this: once the app says a change is saved, pulling the plug does not
 * lose it. The server runs in its own JVM, commits a class, and is killed with SIGKILL at once.
 */
class H2SurvivesKillIT {

    private static final String CLASS_NAME = "Durability 9K";
    private static final int CONFIRMED = 25;

    @TempDir
    Path dataDir;

    @Test
    void every_class_confirmed_as_committed_before_kill_9_is_in_the_database_afterwards() throws Exception {
        var last = CLASS_NAME + " " + CONFIRMED;
        try (var server = ForkedJvm.start(CommitThenWaitMain.class, arguments(), Map.of(), ForkedArgs.ENV_TO_CLEAR)) {
            server.awaitLine(line -> line.equals(CommitThenWaitMain.MARKER + last), ForkedArgs.START_TIMEOUT);
            server.killHard();
        }

        var stored = H2Files.column(dataDir, "select name from school_class where term = ?", CommitThenWaitMain.TERM);
        var confirmed = IntStream.rangeClosed(1, CONFIRMED)
                .mapToObj(number -> CLASS_NAME + " " + number)
                .toList();
        assertThat(stored).containsAll(confirmed);
    }

    private List<String> arguments() {
        var args = new ArrayList<String>();
        args.add(CLASS_NAME);
        args.addAll(ForkedArgs.server(dataDir));
        return args;
    }
}
