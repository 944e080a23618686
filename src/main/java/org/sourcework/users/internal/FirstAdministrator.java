package org.sourcework.users.internal;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcework.base.ClusterLock;
import org.sourcework.security.AppRole;
import org.sourcework.users.PasswordPolicy;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In production there is no demo data: the first administrator is created from the environment,
 * and the app refuses to start without a password for them. Nodes that start together on an empty
 * database take turns ({@link ClusterLock}), so only the first creates the account. The {@code prod}
 * profile is checked at start, not by {@code @Profile}: the production jar's bean definitions are
 * generated at build time, when no profile is active (docs/decisions/0021-spring-aot.md).
 */
@Component
class FirstAdministrator implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    static final String LOCK = "first-administrator";

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ClusterLock clusterLock;
    private final String username;
    private final String password;
    private final boolean production;

    FirstAdministrator(
            UserAccountRepository accounts,
            PasswordEncoder encoder,
            PasswordPolicy policy,
            TransactionTemplate transactions,
            Clock clock,
            ClusterLock clusterLock,
            @Value("${sourcework.admin.username:admin}") String username,
            @Value("${sourcework.admin.password:}") String password,
            Environment environment) {
        this.production = environment.matchesProfiles("prod");
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.transactions = transactions;
        this.clock = clock;
        this.clusterLock = clusterLock;
        this.username = username;
        this.password = password;
    }

    @Override
    public void afterPropertiesSet() {
        if (!production) {
            return;
        }
        clusterLock.runExclusively(
                LOCK,
                () -> transactions.executeWithoutResult(status -> {
                    if (accounts.countByRoleAndEnabledTrue(AppRole.ADMIN) > 0) {
                        return;
                    }
                    if (password == null || password.isBlank()) {
                        throw new MissingAdministratorPassword(
                                "Sourcework has no administrator yet. Set the environment variable "
                                        + "SOURCEWORK_ADMIN_PASSWORD to the first administrator's password (at least "
                                        + PasswordPolicy.MIN_LENGTH + " characters) and start again.");
                    }
                    policy.problem(password, username).ifPresent(problem -> {
                        throw new MissingAdministratorPassword(
                                "SOURCEWORK_ADMIN_PASSWORD is not accepted: " + problem.inDefaultLanguage());
                    });
                    accounts.save(new UserAccount(
                            username,
                            "Administrator",
                            username + "@localhost",
                            AppRole.ADMIN,
                            encoder.encode(password),
                            false,
                            clock.instant()));
                    log.info("Created the first administrator account '{}'.", username);
                }));
    }
}
