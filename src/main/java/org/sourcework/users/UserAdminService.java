package org.sourcework.users;

import java.time.Clock;
import java.util.List;
import org.sourcework.audit.AuditLog;
import org.sourcework.base.Message;
import org.sourcework.security.AdminOnly;
import org.sourcework.security.AppRole;
import org.sourcework.security.CurrentUser;
import org.sourcework.users.internal.TemporaryPasswordGenerator;
import org.sourcework.users.internal.UserAccount;
import org.sourcework.users.internal.UserAccountRepository;
import org.sourcework.users.internal.UserSearch;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's users view: search, create, edit, enable and disable, reset a password, unlock.
 * There is no delete: people who have done work are disabled, so their work keeps its author.
 */
@Service
@Transactional
public class UserAdminService {

    private final UserAccountRepository accounts;
    private final UserSearch search;
    private final UserService users;
    private final TemporaryPasswordGenerator temporaryPasswords;
    private final PasswordEncoder encoder;
    private final AdministratorGuard guard;
    private final AuditLog audit;
    private final Clock clock;
    private final CurrentUser currentUser;

    UserAdminService(
            UserAccountRepository accounts,
            UserSearch search,
            UserService users,
            TemporaryPasswordGenerator temporaryPasswords,
            PasswordEncoder encoder,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock) {
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.search = search;
        this.users = users;
        this.temporaryPasswords = temporaryPasswords;
        this.encoder = encoder;
        this.guard = new AdministratorGuard(accounts, currentUser);
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @AdminOnly
    public List<ManagedUser> page(UserFilter filter, int offset, int limit) {
        return search.page(filter, offset, limit).stream().map(this::managed).toList();
    }

    @Transactional(readOnly = true)
    @AdminOnly
    public long count(UserFilter filter) {
        return search.count(filter);
    }

    @Transactional(readOnly = true)
    @AdminOnly
    public ManagedUser get(long id) {
        return managed(account(id));
    }

    /** Creates an account; without a password a temporary one is generated, returned once, and must be changed. */
    @AdminOnly
    public CreatedUser create(NewUser user) {
        var generated = user.password() == null || user.password().isEmpty();
        var password =
                generated ? temporaryPasswords.generate(UserService.normalise(user.username())) : user.password();
        var created = users.create(new NewUser(
                user.username(),
                user.displayName(),
                user.email(),
                user.role(),
                password,
                generated || user.mustChangePassword()));
        return new CreatedUser(get(created.id()), generated ? password : null);
    }

    @AdminOnly
    public ManagedUser update(long id, int expectedVersion, String displayName, String email, AppRole role) {
        var account = account(id);
        if (account.getVersion() != expectedVersion) {
            throw new UserRejectedException(Message.of("user.rejected.changed-meanwhile"));
        }
        UserRules.checkDetails(displayName, email, role);
        if (role != account.getRole()) {
            guard.checkMayLoseAdministrator(account, "change-role");
        }
        var before = account.getDisplayName() + ", " + account.getEmail() + ", " + account.getRole();
        account.update(displayName.strip(), email.strip(), role);
        audit.record(
                "user.updated",
                "user",
                account.getId().toString(),
                before + " -> " + account.getDisplayName() + ", " + account.getEmail() + ", " + role);
        return managed(accounts.saveAndFlush(account));
    }

    @AdminOnly
    public ManagedUser setEnabled(long id, boolean enabled) {
        var account = account(id);
        if (account.isEnabled() == enabled) {
            return managed(account);
        }
        if (!enabled) {
            guard.checkMayLoseAdministrator(account, "disable");
        }
        account.setEnabled(enabled);
        audit.record(
                enabled ? "user.enabled" : "user.disabled",
                "user",
                account.getId().toString(),
                "username=" + account.getUsername());
        return managed(accounts.saveAndFlush(account));
    }

    /** Replaces the password with a temporary one, returned once; the person must change it at next sign-in. */
    @AdminOnly
    public String resetPassword(long id) {
        var account = account(id);
        var password = temporaryPasswords.generate(account.getUsername());
        account.resetPassword(encoder.encode(password));
        account.unlock();
        if (account.getId() == currentUser.id()) {
            currentUser.ownAccountChanged(account.getSecurityStamp());
        }
        audit.record("user.password-reset", "user", account.getId().toString(), "username=" + account.getUsername());
        return password;
    }

    @AdminOnly
    public ManagedUser unlock(long id) {
        var account = account(id);
        account.unlock();
        audit.record("user.unlocked", "user", account.getId().toString(), "username=" + account.getUsername());
        return managed(accounts.saveAndFlush(account));
    }

    private UserAccount account(long id) {
        return accounts.findById(id).orElseThrow(() -> new UserRejectedException(Message.of("user.rejected.gone")));
    }

    private ManagedUser managed(UserAccount account) {
        return new ManagedUser(
                account.getId(),
                account.getVersion(),
                account.getUsername(),
                account.getDisplayName(),
                account.getEmail(),
                account.getRole(),
                account.isEnabled(),
                account.isLockedAt(clock.instant()),
                account.isMustChangePassword());
    }
}
