package org.sourcework.lti.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The queue of scores for platforms' gradebooks (table lti_grade). Rows are plain SQL, not entities: the
 * sender changes them with conditional updates, so two senders (a release's own try and the scheduled
 * round) never send one row twice, and nobody edits them by hand.
 */
@Component
class GradeRows {

    /** A score to send. */
    record Queued(
            long id,
            long platformId,
            String lineItemUrl,
            long assignmentId,
            long studentId,
            String subject,
            BigDecimal given,
            BigDecimal maximum,
            Instant scoredAt,
            int attempts) {}

    /** The newest score of a student on an assignment, on one platform. */
    record Latest(
            long studentId,
            String platformName,
            String status,
            int attempts,
            @Nullable Instant nextAttemptAt,
            @Nullable String problem,
            @Nullable Instant sentAt) {}

    private final JdbcClient jdbc;

    GradeRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> subjectOf(long platformId, long userId) {
        return jdbc
                .sql("select subject from lti_user_link where platform_id = ? and user_id = ? order by subject")
                .params(platformId, userId)
                .query(String.class)
                .list()
                .stream()
                .findFirst();
    }

    /** A new score replaces one of the same student and line item that has not arrived (waiting or failed). */
    void queue(
            long platformId,
            String lineItemUrl,
            long assignmentId,
            long studentId,
            String subject,
            BigDecimal given,
            int maximum,
            Instant scoredAt) {
        jdbc.sql("update lti_grade set status = 'REPLACED', next_attempt_at = null where platform_id = ?"
                        + " and line_item_url = ? and student_id = ? and status in ('WAITING', 'FAILED')")
                .params(platformId, lineItemUrl, studentId)
                .update();
        jdbc.sql("insert into lti_grade (platform_id, line_item_url, assignment_id, student_id, subject,"
                        + " score_given, score_maximum, scored_at, status, attempts, next_attempt_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, 'WAITING', 0, ?)")
                .params(
                        platformId,
                        lineItemUrl,
                        assignmentId,
                        studentId,
                        subject,
                        given,
                        BigDecimal.valueOf(maximum),
                        Timestamp.from(scoredAt),
                        Timestamp.from(scoredAt))
                .update();
    }

    /** Waiting scores whose time has come, oldest first, so a newer score of a student goes last. */
    List<Queued> due(Instant now, int limit) {
        return jdbc.sql("select id, platform_id, line_item_url, assignment_id, student_id, subject, score_given,"
                        + " score_maximum, scored_at, attempts from lti_grade"
                        + " where status = 'WAITING' and next_attempt_at <= ? order by id limit ?")
                .params(Timestamp.from(now), limit)
                .query((rs, n) -> new Queued(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getString(6),
                        rs.getBigDecimal(7),
                        rs.getBigDecimal(8),
                        rs.getTimestamp(9).toInstant(),
                        rs.getInt(10)))
                .list();
    }

    /**
     * Takes a due row for one try: its next attempt moves to {@code leaseUntil}, so no other sender takes
     * it meanwhile, and a sender that dies mid-try leaves it to be tried again then. False: taken already.
     */
    boolean claim(long id, Instant now, Instant leaseUntil) {
        return jdbc.sql("update lti_grade set next_attempt_at = ? where id = ? and status = 'WAITING'"
                                + " and next_attempt_at <= ?")
                        .params(Timestamp.from(leaseUntil), id, Timestamp.from(now))
                        .update()
                == 1;
    }

    void sent(long id, Instant at) {
        jdbc.sql("update lti_grade set status = 'SENT', sent_at = ?, next_attempt_at = null, last_problem = null"
                        + " where id = ? and status = 'WAITING'")
                .params(Timestamp.from(at), id)
                .update();
    }

    void retryAt(long id, int attempts, Instant next, PlatformCallFailed.Kind problem, String detail) {
        jdbc.sql("update lti_grade set attempts = ?, next_attempt_at = ?, last_problem = ?, last_detail = ?"
                        + " where id = ? and status = 'WAITING'")
                .params(attempts, Timestamp.from(next), problem.name(), shortened(detail), id)
                .update();
    }

    void gaveUp(long id, int attempts, PlatformCallFailed.Kind problem, String detail) {
        jdbc.sql("update lti_grade set status = 'FAILED', attempts = ?, next_attempt_at = null, last_problem = ?,"
                        + " last_detail = ? where id = ? and status = 'WAITING'")
                .params(attempts, problem.name(), shortened(detail), id)
                .update();
    }

    /** Makes the student's scores on the assignment that did not arrive due now, with a fresh count of tries. */
    int sendAgain(long assignmentId, long studentId, Instant now) {
        return jdbc.sql("update lti_grade set status = 'WAITING', attempts = 0, next_attempt_at = ?"
                        + " where assignment_id = ? and student_id = ?"
                        + " and (status = 'FAILED' or status = 'WAITING' and attempts > 0)")
                .params(Timestamp.from(now), assignmentId, studentId)
                .update();
    }

    boolean anyFor(long assignmentId) {
        return jdbc.sql("select count(*) from lti_grade where assignment_id = ?")
                        .param(assignmentId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Per student and platform, the newest score that was not replaced. */
    List<Latest> latest(long assignmentId) {
        return jdbc.sql("select g.student_id, p.name, g.status, g.attempts, g.next_attempt_at, g.last_problem,"
                        + " g.sent_at from lti_grade g join lti_platform p on p.id = g.platform_id"
                        + " where g.assignment_id = ? and g.status <> 'REPLACED' and g.id = (select max(g2.id)"
                        + " from lti_grade g2 where g2.assignment_id = g.assignment_id"
                        + " and g2.student_id = g.student_id and g2.platform_id = g.platform_id"
                        + " and g2.status <> 'REPLACED') order by g.student_id, g.platform_id")
                .param(assignmentId)
                .query((rs, n) -> new Latest(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        instant(rs, 5),
                        rs.getString(6),
                        instant(rs, 7)))
                .list();
    }

    private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static String shortened(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 999) + "…";
    }
}
