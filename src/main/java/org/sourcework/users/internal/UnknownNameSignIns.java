package org.sourcework.users.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The failed-sign-in streak of names that match no account, so that such a name is slowed down
 * exactly like a real one and the sign-in page never tells the two apart. Kept by a 20-bit hash
 * bucket of the name, not the name itself (people sometimes type their password there); a bucket
 * holds so many possible names that it says nothing about the one typed.
 */
@Entity
@Table(name = "unknown_name_sign_in")
class UnknownNameSignIns {

    @Id
    @Column(name = "name_bucket")
    private String bucket;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "last_failed_sign_in_at", nullable = false)
    private Instant lastFailedSignInAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected UnknownNameSignIns() {}

    static String bucketOf(String name) {
        try {
            var hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            // 5 hex digits: 20 bits
            return HexFormat.of().formatHex(hash, 0, 3).substring(0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    FailureStreak streak() {
        return lastFailedSignInAt == null
                ? FailureStreak.NONE
                : new FailureStreak(failedSignIns, lastFailedSignInAt, lockedUntil);
    }

    void streak(FailureStreak streak) {
        failedSignIns = streak.failures();
        lastFailedSignInAt = streak.lastFailedAt();
        lockedUntil = streak.retryAt();
    }
}
