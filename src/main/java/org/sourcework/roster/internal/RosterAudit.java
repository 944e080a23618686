package org.sourcework.roster.internal;

import org.sourcework.audit.AuditLog;
import org.springframework.stereotype.Component;

/**
 * Every class, enrolment, assignment and import change made by an administrator is recorded
 * through here, in the caller's transaction, so a change that is rolled back leaves no entry.
 */
@Component
public class RosterAudit {

    private final AuditLog auditLog;

    RosterAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    public void record(String action, String targetType, long targetId, String details) {
        auditLog.record(action, targetType, Long.toString(targetId), details);
    }
}
