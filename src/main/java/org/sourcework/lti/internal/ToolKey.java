package org.sourcework.lti.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.domain.AbstractEntity;

/**
 * One RSA key pair of the tool. ACTIVE signs; PREVIOUS no longer signs but stays in the JWKS so that
 * platforms holding a message signed with it (or a cached key set) can still verify; RETIRED is gone
 * from the JWKS and kept only as a record.
 */
@Entity
@Table(name = "lti_tool_key")
public class ToolKey extends AbstractEntity<Long> {

    public enum Status {
        ACTIVE,
        PREVIOUS,
        RETIRED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lti_tool_key_seq")
    @SequenceGenerator(name = "lti_tool_key_seq", sequenceName = "lti_tool_key_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "kid", nullable = false, length = 64)
    private String kid;

    @Column(name = "public_jwk", nullable = false, length = 4000)
    private String publicJwk;

    @Column(name = "private_jwk", nullable = false, length = 12000)
    private String privateJwk;

    @Column(name = "encrypted", nullable = false)
    private boolean encrypted;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private Status status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private @Nullable Instant retiredAt;

    protected ToolKey() {}

    public ToolKey(String kid, String publicJwk, String privateJwk, boolean encrypted, Instant now) {
        this.kid = kid;
        this.publicJwk = publicJwk;
        this.privateJwk = privateJwk;
        this.encrypted = encrypted;
        this.status = Status.ACTIVE;
        this.createdAt = now;
    }

    public void supersede() {
        if (status == Status.ACTIVE) {
            status = Status.PREVIOUS;
        }
    }

    public void retire(Instant now) {
        status = Status.RETIRED;
        retiredAt = now;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getKid() {
        return kid;
    }

    public String getPublicJwk() {
        return publicJwk;
    }

    public String getPrivateJwk() {
        return privateJwk;
    }

    public boolean isEncrypted() {
        return encrypted;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
