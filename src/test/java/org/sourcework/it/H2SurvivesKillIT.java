package org.sourcework.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A teacher's trust rests on this: once the app says a change is saved, pulling the plug does not
 * lose it. The server runs in its own JVM, commits a class, and is killed with SIGKILL at once.
 */
class H2SurvivesKillIT {

    private static final String CLASS_NAME = "Durability 9K";

    @TempDir
    Path dataDir;

    @Test
    void a_class_committed_just_before_kill_9_is_in_the_database_afterwards() throws Exception {
        try (var server = ForkedJvm.start(CommitThenWaitMain.class, arguments(), Map.of(), ForkedArgs.ENV_TO_CLEAR)) {
            server.awaitLine(line -> line.equals(CommitThenWaitMain.MARKER + CLASS_NAME), ForkedArgs.START_TIMEOUT);
            server.killHard();
        }

        assertThat(H2Files.column(dataDir, "select term from school_class where name = ?", CLASS_NAME))
                .containsExactly(CommitThenWaitMain.TERM);
    }

    private List<String> arguments() {
        var args = new ArrayList<String>();
        args.add(CLASS_NAME);
        args.addAll(ForkedArgs.server(dataDir));
        return args;
    }
}
