package org.sourcework.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One audit entry. Immutable: no setters, and Hibernate never issues an update for it. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    static final int USERNAME_LENGTH = 64;
    static final int ACTION_LENGTH = 40;
    static final int TARGET_TYPE_LENGTH = 40;
    static final int TARGET_ID_LENGTH = 80;
    static final int DETAILS_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id")
    private @Nullable Long actorId;

    @Column(name = "actor_username", nullable = false, length = USERNAME_LENGTH)
    private String actorUsername;

    @Column(name = "action", nullable = false, length = ACTION_LENGTH)
    private String action;

    @Column(name = "target_type", length = TARGET_TYPE_LENGTH)
    private @Nullable String targetType;

    @Column(name = "target_id", length = TARGET_ID_LENGTH)
    private @Nullable String targetId;

    @Column(name = "details", length = DETAILS_LENGTH)
    private @Nullable String details;

    protected AuditEvent() {}

    /** Over-long values are cut to the column size rather than losing the entry. */
    public AuditEvent(
            Instant occurredAt,
            @Nullable Long actorId,
            String actorUsername,
            String action,
            @Nullable String targetType,
            @Nullable String targetId,
            @Nullable String details) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorUsername = cut(actorUsername, USERNAME_LENGTH);
        this.action = cut(action, ACTION_LENGTH);
        this.targetType = cut(targetType, TARGET_TYPE_LENGTH);
        this.targetId = cut(targetId, TARGET_ID_LENGTH);
        this.details = cut(details, DETAILS_LENGTH);
    }

    private static String cut(String value, int length) {
        return value != null && value.length() > length ? value.substring(0, length) : value;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public @Nullable Long getActorId() {
        return actorId;
    }

    public String getActorUsername() {
        return actorUsername;
    }

    public String getAction() {
        return action;
    }

    public @Nullable String getTargetType() {
        return targetType;
    }

    public @Nullable String getTargetId() {
        return targetId;
    }

    public @Nullable String getDetails() {
        return details;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof AuditEvent other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return AuditEvent.class.hashCode();
    }
}
