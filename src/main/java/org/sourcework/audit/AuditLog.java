package org.sourcework.audit;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.sourcework.audit.internal.AuditEvent;
import org.sourcework.audit.internal.AuditEvents;
import org.sourcework.security.CurrentUser;
import org.sourcework.security.OpenToAnyone;
import org.sourcework.security.SignedInUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes audit entries. It joins the caller's transaction, so a change that is rolled back leaves
 * no entry; without a transaction (a failed sign-in) the entry is written in one of its own.
 * Only services call this; there is deliberately no way to change or remove an entry.
 */
@Component
public class AuditLog {

    static final String ANONYMOUS = "anonymous";

    private final AuditEvents events;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditLog(AuditEvents events, CurrentUser currentUser, Clock clock) {
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records an action of the signed-in person (or the system at start-up). */
    @OpenToAnyone("records what the caller did, whoever they are; it reads nothing back")
    @Transactional
    public void record(
            String action, @Nullable String targetType, @Nullable String targetId, @Nullable String details) {
        var user = currentUser.get();
        Long actorId = user.map(SignedInUser::id).filter(id -> id != 0).orElse(null);
        var actor = user.map(SignedInUser::getUsername).orElse(ANONYMOUS);
        events.append(new AuditEvent(clock.instant(), actorId, actor, action, targetType, targetId, details));
    }

    /**
     * Records an action of someone who is not signed in, such as a failed sign-in, by the name they gave
     * (blank: anonymous). Never pass anything the person typed as a password.
     */
    @OpenToAnyone("records a failed sign-in, made before anyone is signed in; it reads nothing back")
    @Transactional
    public void recordFor(
            String username,
            String action,
            @Nullable String targetType,
            @Nullable String targetId,
            @Nullable String details) {
        var actor = username.isBlank() ? ANONYMOUS : username.strip();
        events.append(new AuditEvent(clock.instant(), null, actor, action, targetType, targetId, details));
    }
}
