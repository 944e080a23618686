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

    public SignedInUser(long id, String username, String displayName, AppRole role, boolean enabled,
            boolean mustChangePassword, String passwordHash) {
        this(id, username, displayName, role, enabled, false, mustChangePassword, passwordHash);
    }

    /** {@code locked}: too many failed sign-ins in a row; sign-in is refused until the lock runs out. */
    public SignedInUser(long id, String username, String displayName, AppRole role, boolean enabled, boolean locked,
            boolean mustChangePassword, String passwordHash) {
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
