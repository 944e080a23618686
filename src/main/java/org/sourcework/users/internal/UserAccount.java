package org.sourcework.users.internal;

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
import org.sourcework.base.domain.AbstractEntity;
import org.sourcework.security.AppRole;

@Entity
@Table(name = "app_user")
public class UserAccount extends AbstractEntity<Long> {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "username", nullable = false, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16)
    private AppRole role;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    // the time before which the next sign-in is refused (a growing delay, not a fixed lock)
    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_failed_sign_in_at")
    private Instant lastFailedSignInAt;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    // bumped by every change to what the account may do; open sessions with an older one end
    @Column(name = "security_stamp", nullable = false)
    private int securityStamp;

    protected UserAccount() {}

    public UserAccount(
            String username,
            String displayName,
            String email,
            AppRole role,
            String passwordHash,
            boolean mustChangePassword,
            Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.role = role;
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
        this.enabled = true;
        this.createdAt = now;
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
    }

    /** An administrator's reset: a temporary password that must be replaced at the next sign-in. */
    public void resetPassword(String temporaryHash) {
        this.passwordHash = temporaryHash;
        this.mustChangePassword = true;
        securityStamp++;
    }

    public void update(String displayName, String email, AppRole role) {
        this.displayName = displayName;
        this.email = email;
        if (role != this.role) {
            this.role = role;
            securityStamp++;
        }
    }

    public void setEnabled(boolean enabled) {
        if (enabled != this.enabled) {
            this.enabled = enabled;
            securityStamp++;
        }
    }

    FailureStreak signInStreak() {
        return new FailureStreak(failedSignIns, lastFailedSignInAt, lockedUntil);
    }

    void signInStreak(FailureStreak streak) {
        failedSignIns = streak.failures();
        lastFailedSignInAt = streak.lastFailedAt();
        lockedUntil = streak.retryAt();
    }

    public void signedIn(Instant now) {
        signInStreak(FailureStreak.NONE);
        lastSignInAt = now;
    }

    /** An administrator's unlock: the failed sign-ins are forgotten and the next try may go ahead. */
    public void unlock() {
        signInStreak(FailureStreak.NONE);
    }

    /** Whether sign-in must wait after failed tries; the users view shows this as "locked". */
    public boolean isLockedAt(Instant now) {
        return signInStreak().waitingAt(now);
    }

    public int getFailedSignIns() {
        return failedSignIns;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public AppRole getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public int getSecurityStamp() {
        return securityStamp;
    }
}
