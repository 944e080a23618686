package org.sourcework.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal kept in the session for a signed-in person. Small on purpose: one per session,
 * hundreds of sessions at once.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String displayName;
    private final AppRole role;
    private final boolean enabled;
    private final boolean locked;
    private String passwordHash;
    private volatile boolean mustChangePassword;
    private volatile int securityStamp;

    public SignedInUser(
            long id,
            String username,
            String displayName,
            AppRole role,
            boolean enabled,
            boolean mustChangePassword,
            String passwordHash) {
        this(id, username, displayName, role, enabled, false, mustChangePassword, passwordHash);
    }

    /** {@code locked}: too many failed sign-ins in a row; sign-in is refused until the lock runs out. */
    public SignedInUser(
            long id,
            String username,
            String displayName,
            AppRole role,
            boolean enabled,
            boolean locked,
            boolean mustChangePassword,
            String passwordHash) {
        this(id, username, displayName, role, enabled, locked, mustChangePassword, passwordHash, 0);
    }

    /**
     * {@code securityStamp}: the account's stamp at sign-in; a session whose account has another one
     * now (an administrator changed it) is ended at its next request.
     */
    public SignedInUser(
            long id,
            String username,
            String displayName,
            AppRole role,
            boolean enabled,
            boolean locked,
            boolean mustChangePassword,
            String passwordHash,
            int securityStamp) {
        this.securityStamp = securityStamp;
        this.locked = locked;
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.enabled = enabled;
        this.mustChangePassword = mustChangePassword;
        this.passwordHash = passwordHash;
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public AppRole role() {
        return role;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    void passwordChanged() {
        mustChangePassword = false;
    }

    public int securityStamp() {
        return securityStamp;
    }

    void securityStampChanged(int stamp) {
        securityStamp = stamp;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
