package org.sourcework.base.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.sourcework.lessons.ShortText;
import org.sourcework.lti.ToolKeyService;
import org.sourcework.responses.AnswerValue.TextAnswer;
import org.sourcework.review.FeedbackInput;
import org.sourcework.review.ReviewFixture;
import org.sourcework.review.ReviewService;
import org.sourcework.security.AppRole;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.sourcework.support.TelegramQuestions;
import org.sourcework.support.WhichDatabase;
import org.sourcework.users.NewUser;
import org.sourcework.users.UserAdminService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pool retires every connection after its lifetime (30 minutes by default), including the one that
 * ran the migrations. H2 2.4.240 then failed every write to a table with a CHECK constraint, which took
 * 30 minutes to appear; this test provokes the same moment at once by replacing every connection, then
 * writes to every table that has a CHECK constraint. The writes are rolled back, so the shared database
 * is unchanged.
 */
@IntegrationTest
@Import(ReviewFixture.class)
class ConnectionTurnoverTest {

    private static final Duration TURNOVER_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(50);

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    ReviewFixture fixture;

    @Autowired
    ReviewService review;

    @Autowired
    UserAdminService userAdmin;

    @Autowired
    ToolKeyService toolKeys;

    @PersistenceContext
    EntityManager entityManager;

    @Autowired
    RunAs runAs;

    @Autowired
    WritableDatabaseHealthIndicator writableDatabase;

    @Test
    void every_checked_table_accepts_writes_after_the_pool_replaced_the_connection_that_created_it() throws Exception {
        replaceEveryConnection();

        assertThat(writableDatabase.health().getStatus())
                .as("readiness after the turnover")
                .isEqualTo(Status.UP);
        var rewritten = new TreeMap<String, Integer>();
        var transactions = new TransactionTemplate(transactionManager);
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            // sign-up, answering, handing in, feedback and a tool signing key: rows in every table the app
            // writes with a check
            runAs.user(
                    "admin",
                    () -> userAdmin.create(new NewUser(
                            "turnover", "Pool Turnover", "turnover@example.org", AppRole.STUDENT, null, false)));
            var question = TelegramQuestions.firstInText(fixture.content("daniel"), ShortText.class);
            var answer = fixture.handIn("daniel", "hughes", question, new TextAnswer("The embassy in Moscow."));
            runAs.user(
                    "hughes",
                    () -> review.save(
                            answer.answerId(),
                            new FeedbackInput(Map.of(), null, null, "Who signed it?", null, false),
                            null));
            runAs.user("admin", () -> toolKeys.rotate());
            entityManager.flush();
            queueGradeForPlatform("daniel");
            checkedColumns()
                    .forEach((table, column) ->
                            rewritten.put(table, jdbc.update("update " + table + " set " + column + " = " + column)));
        });

        assertThat(rewritten)
                .as("rows rewritten per table with a CHECK constraint")
                .isNotEmpty()
                .allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
    }

    /**
     * A score waiting for a learning platform (written only once feedback on a launched lesson is
     * released): a platform and the row, with plain SQL inside the test's rolled-back transaction.
     */
    private void queueGradeForPlatform(String student) {
        long platform = -42;
        jdbc.update("""
                insert into lti_platform (id, version, name, issuer, client_id, jwks_url, auth_url, token_url, created_at)
                values (?, 0, 'Turnover platform', 'https://turnover.example', 'turnover', 'https://turnover.example/jwks',
                        'https://turnover.example/auth', 'https://turnover.example/token', current_timestamp)
                """, platform);
        jdbc.update("""
                insert into lti_grade (platform_id, line_item_url, assignment_id, student_id, subject, score_given,
                                       score_maximum, scored_at, status, attempts)
                values (?, 'https://turnover.example/lineitems/1', ?, (select id from app_user where username = ?),
                        'turnover-subject', 1, 2, current_timestamp, 'WAITING', 0)
                """, platform, fixture.assignmentOf(student), student);
    }

    /** One checked column per table that has a CHECK constraint, except the health probe's own table. */
    private Map<String, String> checkedColumns() {
        var columns = new TreeMap<String, String>();
        jdbc.query("""
                select u.table_name, u.column_name
                from information_schema.table_constraints c
                join information_schema.constraint_column_usage u
                  on u.constraint_schema = c.constraint_schema and u.constraint_name = c.constraint_name
                where c.constraint_type = 'CHECK' and c.table_schema = current_schema()
                  and c.table_name <> 'health_probe'
                """, row -> {
            columns.putIfAbsent(row.getString(1), row.getString(2));
        });
        return columns;
    }

    /** Evicts every pooled connection and waits until the database has no session older than that. */
    private void replaceEveryConnection() throws Exception {
        boolean postgres = WhichDatabase.postgres(dataSource);
        // H2 lists its sessions in information_schema, PostgreSQL in pg_stat_activity (for every database)
        Object evictedAt = postgres
                ? jdbc.queryForObject("select now()", OffsetDateTime.class)
                : jdbc.queryForObject("select localtimestamp", Timestamp.class);
        var olderSessions = postgres
                ? "select pid from pg_stat_activity where datname = current_database() and backend_start <= ?"
                : "select session_id from information_schema.sessions where cast(session_start as timestamp) <= ?";
        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
        long deadline = System.nanoTime() + TURNOVER_TIMEOUT.toNanos();
        var remaining = new ArrayList<Long>();
        while (System.nanoTime() < deadline) {
            remaining.clear();
            remaining.addAll(jdbc.queryForList(olderSessions, Long.class, evictedAt));
            if (remaining.isEmpty()) {
                return;
            }
            Thread.sleep(POLL.toMillis());
        }
        fail("Sessions %s were still open %s after evicting the pool", remaining, TURNOVER_TIMEOUT);
    }
}
