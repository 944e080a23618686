package org.sourcework.review;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What became of a student's newest score on its way to a learning platform.
 *
 * @param nextAttemptAt when Sourcework tries again, while it still does
 * @param problem       why the last try failed, when it did
 */
public record ScoreReturnStatus(
        long studentId,
        State state,
        String platformName,
        @Nullable Instant nextAttemptAt,
        @Nullable Problem problem,
        @Nullable Instant sentAt) {

    public enum State {
        /** The platform has it. */
        SENT,
        /** Not tried yet. */
        WAITING,
        /** A try failed; another follows at {@code nextAttemptAt}. */
        RETRYING,
        /** Every try failed; Sourcework has stopped until someone sends it again. */
        FAILED
    }

    /** Why a try failed, in terms an instructor can act on. */
    public enum Problem {
        UNREACHABLE,
        NO_TOKEN,
        REFUSED
    }

    public boolean maySendAgain() {
        return state == State.RETRYING || state == State.FAILED;
    }
}
