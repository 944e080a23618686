package org.sourcework.lti.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import org.sourcework.audit.AuditLog;
import org.sourcework.base.ClusterLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends queued scores to the platforms' score services (AGS 2.0, 3.4): right after a release commits, on
 * a thread of its own so nobody's screen waits for a platform, and in a scheduled round for retries.
 * A round runs on one node at a time (a cluster lock, decision 0010); each row is also claimed before its
 * try, so a release's own try and a round never send one score twice. A failed try waits longer each
 * time (first wait, doubled, at most a day) up to a number of tries, then the row stays FAILED with why.
 */
@Component
class GradeSender {

    static final String LOCK = "lti-grades";
    static final String SCORE_TYPE = "application/vnd.ims.lis.v1.score+json";
    /** How long a try may take before another sender may take the row again. */
    static final Duration LEASE = Duration.ofMinutes(5);

    static final Duration LONGEST_WAIT = Duration.ofDays(1);
    private static final int BATCH = 50;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** AGS asks for ISO 8601 with sub-second precision. */
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX").withZone(ZoneOffset.UTC);

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(GradeSender.class);

    private final GradeRows rows;
    private final PlatformRepository platforms;
    private final PlatformTokens tokens;
    private final ClusterLock lock;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration firstWait;
    private final int maxAttempts;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(PlatformTokens.TIMEOUT).build();

    GradeSender(
            GradeRows rows,
            PlatformRepository platforms,
            PlatformTokens tokens,
            ClusterLock lock,
            AuditLog audit,
            Clock clock,
            @Value("${sourcework.lti.grade-first-wait:PT1M}") Duration firstWait,
            @Value("${sourcework.lti.grade-attempts:10}") int maxAttempts) {
        this.rows = rows;
        this.platforms = platforms;
        this.tokens = tokens;
        this.lock = lock;
        this.audit = audit;
        this.clock = clock;
        this.firstWait = firstWait;
        this.maxAttempts = maxAttempts;
    }

    /** A try now, off the caller's thread: the release has committed and its screen goes on at once. */
    void soon() {
        Thread.ofVirtual().name("lti-grade-send").start(this::sendDueIfFree);
    }

    @Scheduled(
            fixedDelayString = "${sourcework.lti.grade-send-interval:30s}",
            initialDelayString = "${sourcework.lti.grade-send-interval:30s}")
    void round() {
        sendDueIfFree();
    }

    /** One round, unless another thread or node is in one; returns whether this one ran. */
    boolean sendDueIfFree() {
        try {
            return lock.tryRunExclusively(LOCK, this::sendDue);
        } catch (RuntimeException e) {
            // the database is away; the next round tries again
            LOG.warn("Could not send scores to learning platforms this round: {}", e.toString());
            return false;
        }
    }

    private void sendDue() {
        var due = rows.due(clock.instant(), BATCH);
        while (!due.isEmpty()) {
            due.forEach(this::tryToSend);
            due = rows.due(clock.instant(), BATCH);
        }
    }

    private void tryToSend(GradeRows.Queued grade) {
        var now = clock.instant();
        if (!rows.claim(grade.id(), now, now.plus(LEASE))) {
            return;
        }
        try {
            var platform = platforms
                    .findById(grade.platformId())
                    .orElseThrow(
                            () -> new PlatformCallFailed(PlatformCallFailed.Kind.REFUSED, "the platform was removed"));
            post(platform, grade);
            // the entry first: whoever sees the score as sent finds it in the audit log too
            audit.recordFor(
                    "system",
                    "lti.grade-sent",
                    "assignment",
                    Long.toString(grade.assignmentId()),
                    "student " + grade.studentId() + ", platform " + grade.platformId() + ": "
                            + grade.given().stripTrailingZeros().toPlainString() + " of "
                            + grade.maximum().stripTrailingZeros().toPlainString());
            rows.sent(grade.id(), clock.instant());
        } catch (PlatformCallFailed failed) {
            failedOnce(grade, failed);
        } catch (org.springframework.dao.DataAccessException e) {
            // the database is away: the lease runs out and a later round tries this score again
            throw e;
        } catch (RuntimeException e) {
            // a fault of ours must not leave the score retried forever without counting
            LOG.error("Sending score {} failed", grade.id(), e);
            failedOnce(grade, new PlatformCallFailed(PlatformCallFailed.Kind.REFUSED, e.toString()));
        }
    }

    private void failedOnce(GradeRows.Queued grade, PlatformCallFailed failed) {
        int attempts = grade.attempts() + 1;
        LOG.info(
                "Score {} for {} could not be sent (try {} of {}): {}",
                grade.id(),
                grade.lineItemUrl(),
                attempts,
                maxAttempts,
                failed.getMessage());
        if (attempts < maxAttempts) {
            rows.retryAt(
                    grade.id(), attempts, clock.instant().plus(waitAfter(attempts)), failed.kind(), detail(failed));
            return;
        }
        audit.recordFor(
                "system",
                "lti.grade-failed",
                "assignment",
                Long.toString(grade.assignmentId()),
                "student " + grade.studentId() + ", platform " + grade.platformId() + ": "
                        + failed.kind().name().toLowerCase(java.util.Locale.ROOT) + "; " + detail(failed));
        rows.gaveUp(grade.id(), attempts, failed.kind(), detail(failed));
    }

    /** The wait after the n-th failed try: the first wait, doubled each time, at most a day. */
    Duration waitAfter(int attempts) {
        var wait = firstWait.multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private void post(Platform platform, GradeRows.Queued grade) {
        var token = tokens.bearer(platform, GradeEndpoint.SCORE_SCOPE);
        var score = new LinkedHashMap<String, Object>();
        score.put("userId", grade.subject());
        score.put("scoreGiven", grade.given());
        score.put("scoreMaximum", grade.maximum());
        score.put("activityProgress", "Completed");
        score.put("gradingProgress", "FullyGraded");
        score.put("timestamp", TIMESTAMP.format(grade.scoredAt()));
        HttpResponse<String> response;
        try {
            response = http.send(
                    HttpRequest.newBuilder(URI.create(scoresUrl(grade.lineItemUrl())))
                            .timeout(PlatformTokens.TIMEOUT)
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", SCORE_TYPE)
                            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(score)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | IllegalArgumentException e) {
            throw new PlatformCallFailed(PlatformCallFailed.Kind.UNREACHABLE, "score service: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformCallFailed(PlatformCallFailed.Kind.UNREACHABLE, "interrupted while sending a score");
        }
        int status = response.statusCode();
        if (status / 100 == 2) {
            return;
        }
        if (status == 401) {
            // the token was revoked or has run out early: the next try asks for a new one
            tokens.forget(platform);
        }
        var kind = status >= 500 ? PlatformCallFailed.Kind.UNREACHABLE : PlatformCallFailed.Kind.REFUSED;
        var body = response.body();
        throw new PlatformCallFailed(
                kind,
                "score service answered " + status + ": " + (body.length() <= 300 ? body : body.substring(0, 300)));
    }

    /** AGS: the scores endpoint is the line item's URL with /scores added to its path, before any query. */
    static String scoresUrl(String lineItem) {
        int query = lineItem.indexOf('?');
        return query < 0 ? lineItem + "/scores" : lineItem.substring(0, query) + "/scores" + lineItem.substring(query);
    }

    private static String detail(PlatformCallFailed failed) {
        return failed.getMessage() == null ? failed.kind().name() : failed.getMessage();
    }
}
