package org.sourcework.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.sourcework.security.AppRole;
import org.sourcework.security.SchoolAccounts;
import org.sourcework.security.SchoolIdentity;
import org.sourcework.security.SignedInUser;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.sourcework.support.WhichDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person's first school sign-in, twice at the same moment (two tabs, or a phone and a laptop): both find no
 * link yet and both try to link the same account. The one that loses the race must still sign in.
 */
@IntegrationTest
class SchoolSignInAtOnceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    SchoolAccounts accounts;

    @Autowired
    RunAs runAs;

    @Autowired
    UserAdminService admin;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    /**
     * How many of the database's sessions are inside an insert of a link right now. The first sign-in's insert
     * is done (it waits to commit), so one here is the second, waiting on the first's uncommitted link.
     */
    private long insertingALink() throws SQLException {
        var sql = WhichDatabase.postgres(dataSource)
                ? "select count(*) from pg_stat_activity where datname = current_database()"
                        + " and wait_event_type = 'Lock' and query like 'insert into school_sign_in_link%'"
                : "select count(*) from information_schema.sessions"
                        + " where executing_statement like 'insert into school_sign_in_link%'";
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void the_second_of_two_first_sign_ins_at_the_same_moment_signs_in_to_the_account_the_first_linked()
            throws Exception {
        var account = runAs.user(
                        "admin",
                        () -> admin.create(new NewUser(
                                "rosa-at-once",
                                "Rosa At Once",
                                "rosa.at.once@school.example",
                                AppRole.STUDENT,
                                "a long enough passphrase 7",
                                false)))
                .user();
        try {
            var rosa = new SchoolIdentity(
                    "Test School", "https://school.example/at-once", "rosa-subject", "rosa.at.once@school.example");
            var firstLinked = new CountDownLatch(1);
            var commitFirst = new CountDownLatch(1);
            try (var threads = Executors.newFixedThreadPool(2)) {
                var first = CompletableFuture.supplyAsync(
                        () -> transactions.execute(status -> {
                            var signedIn = accounts.signIn(rosa);
                            firstLinked.countDown();
                            try {
                                commitFirst.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                            } catch (InterruptedException stop) {
                                Thread.currentThread().interrupt();
                            }
                            return signedIn;
                        }),
                        threads);
                assertThat(firstLinked.await(PATIENCE.toSeconds(), TimeUnit.SECONDS))
                        .isTrue();

                var second = CompletableFuture.supplyAsync(() -> accounts.signIn(rosa), threads);
                // the second has read "no link" and waits on the first's uncommitted link before the first commits
                await().atMost(PATIENCE).until(() -> insertingALink() > 0);
                commitFirst.countDown();

                SignedInUser one = first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                SignedInUser two = second.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                assertThat(one.getUsername()).isEqualTo("rosa-at-once");
                assertThat(two.getUsername()).isEqualTo("rosa-at-once");
                assertThat(jdbc.sql("select count(*) from school_sign_in_link where user_id = ?")
                                .param(account.id())
                                .query(Long.class)
                                .single())
                        .isEqualTo(1);
            }
        } finally {
            // other tests count the demo school's accounts and read its audit log, in this same database
            jdbc.sql("delete from school_sign_in_link where user_id = ?")
                    .param(account.id())
                    .update();
            jdbc.sql("delete from audit_event where target_type = 'user' and target_id = ?")
                    .param(Long.toString(account.id()))
                    .update();
            jdbc.sql("delete from app_user where id = ?").param(account.id()).update();
        }
    }
}
