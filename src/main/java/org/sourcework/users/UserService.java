package org.sourcework.users;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.sourcework.audit.AuditLog;
import org.sourcework.base.Message;
import org.sourcework.security.AdminOnly;
import org.sourcework.security.AppRole;
import org.sourcework.security.CurrentUser;
import org.sourcework.security.PasswordSignIns;
import org.sourcework.security.SignedIn;
import org.sourcework.users.internal.UserAccount;
import org.sourcework.users.internal.UserAccountRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Accounts: creating them, counting them, and a person changing their own password. */
@Service
@Transactional(readOnly = true)
public class UserService {

    /** The {@link UserRejectedException#field()} of a wrong current password. */
    public static final String CURRENT_PASSWORD = "currentPassword";

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditLog audit;
    private final TransactionTemplate writing;
    private final PasswordSignIns passwordSignIns;

    UserService(
            UserAccountRepository accounts,
            PasswordEncoder encoder,
            PasswordPolicy policy,
            CurrentUser currentUser,
            Clock clock,
            AuditLog audit,
            PlatformTransactionManager transactions,
            PasswordSignIns passwordSignIns) {
        this.audit = audit;
        this.passwordSignIns = passwordSignIns;
        this.writing = new TransactionTemplate(transactions);
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @AdminOnly
    public long countUsers() {
        return accounts.count();
    }

    @AdminOnly
    public Optional<UserSummary> findByUsername(String username) {
        return accounts.findByUsername(normalise(username)).map(UserService::summary);
    }

    /** Whether an account with this id exists; used by the roster before enrolling someone. */
    @AdminOnly
    public Optional<UserSummary> findById(long id) {
        return accounts.findById(id).map(UserService::summary);
    }

    @AdminOnly
    @Transactional
    public UserSummary create(NewUser user) {
        var username = normalise(user.username());
        UserRules.checkUsername(username, user.username());
        if (accounts.existsByUsername(username)) {
            throw new UserRejectedException("username", Message.of("user.rejected.username-taken", username));
        }
        UserRules.checkDetails(user.displayName(), user.email(), user.role());
        policy.problem(user.password(), username).ifPresent(problem -> {
            throw new UserRejectedException("password", problem);
        });
        var account = new UserAccount(
                username,
                user.displayName().strip(),
                user.email().strip(),
                user.role(),
                encoder.encode(user.password()),
                user.mustChangePassword(),
                clock.instant());
        var saved = accounts.save(account);
        audit.record(
                "user.created", "user", saved.getId().toString(), "username=" + username + ", role=" + user.role());
        return summary(saved);
    }

    /**
     * Whether the signed-in person's role signs in only with the school's provider
     * ({@code sourcework.sign-in.passwords.disabled-for}), so has no Sourcework password to change.
     */
    @SignedIn
    public boolean signsInOnlyWithSchool() {
        return !passwordSignIns.allowedFor(currentUser.require().role());
    }

    /**
     * The signed-in person replaces their password; the current one must be given.
     * <p>
     * This method starts no transaction: it hashes three times (about a tenth of a second of CPU), and a
     * connection held through that ran the pool dry when a class arrived at once. The account is read,
     * the hashing done with no connection held, and the new hash written in a short transaction of its own.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    @SignedIn
    public void changeOwnPassword(String currentPassword, String newPassword) {
        if (signsInOnlyWithSchool()) {
            throw new UserRejectedException(Message.of("user.rejected.passwords-off"));
        }
        var id = currentUser.id();
        var storedHash = accounts.findById(id)
                .map(UserAccount::getPasswordHash)
                .orElseThrow(() -> new UserRejectedException(Message.of("user.rejected.own-account-gone")));
        if (currentPassword == null || !encoder.matches(currentPassword, storedHash)) {
            throw new UserRejectedException(CURRENT_PASSWORD, Message.of("user.rejected.current-password"));
        }
        if (encoder.matches(newPassword, storedHash)) {
            throw new UserRejectedException("password", Message.of("user.rejected.same-password"));
        }
        policy.problem(newPassword, currentUser.require().getUsername()).ifPresent(problem -> {
            throw new UserRejectedException("password", problem);
        });
        var newHash = encoder.encode(newPassword);
        writing.executeWithoutResult(status -> {
            var account = accounts.findById(id)
                    .orElseThrow(() -> new UserRejectedException(Message.of("user.rejected.own-account-gone")));
            // the current password was checked against this hash; if it has changed since, that check is void
            if (!account.getPasswordHash().equals(storedHash)) {
                throw new UserRejectedException(
                        CURRENT_PASSWORD, Message.of("user.rejected.password-changed-meanwhile"));
            }
            account.changePassword(newHash);
        });
        currentUser.passwordChanged();
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    static UserSummary summary(UserAccount account) {
        return new UserSummary(
                account.getId(),
                account.getUsername(),
                account.getDisplayName(),
                account.getEmail(),
                account.getRole(),
                account.isEnabled());
    }

    boolean hasEnabledAdministrator() {
        return accounts.countByRoleAndEnabledTrue(AppRole.ADMIN) > 0;
    }
}
