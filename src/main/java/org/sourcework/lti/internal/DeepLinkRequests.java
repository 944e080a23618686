package org.sourcework.lti.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deep-linking requests instructors are answering: what the platform asked for, kept here from its
 * signed request until the tool's signed answer, so that the return address, the accepted types and the
 * platform's data never travel through the browser. Each is answered once, by a conditional update.
 */
@Component
public class DeepLinkRequests {

    /** Time enough to choose a lesson; an older request is refused and the teacher starts again. */
    static final Duration LIFETIME = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    DeepLinkRequests(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A request as stored; {@code responseJwt} is set once it is answered. */
    public record Request(
            String id,
            long platformId,
            long userId,
            long classId,
            String deploymentId,
            String returnUrl,
            List<String> acceptTypes,
            @Nullable String data,
            String launchUrl,
            Instant createdAt,
            @Nullable Instant answeredAt,
            @Nullable String responseJwt) {}

    /** Keeps a verified request for the person it signed in; returns its random id. */
    @Transactional
    String open(VerifiedLaunch launch, long userId, long classId, String launchUrl) {
        var settings = launch.deepLinking();
        if (settings == null) {
            throw new IllegalArgumentException("not a deep-linking request");
        }
        if (settings.returnUrl().length() > 2000
                || String.join(" ", settings.acceptTypes()).length() > 500
                || settings.data() != null && settings.data().length() > 4000) {
            throw new LaunchRefused(LaunchProblem.NOT_A_LAUNCH, launch.platformId(), "deep_linking_settings too long");
        }
        var now = clock.instant();
        jdbc.sql("delete from lti_deep_link where created_at < ?")
                .param(Timestamp.from(now.minus(Duration.ofDays(1))))
                .update();
        var id = Unguessable.string(24);
        jdbc.sql("""
                        insert into lti_deep_link (id, platform_id, user_id, class_id, deployment_id, return_url,
                            accept_types, platform_data, launch_url, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        launch.platformId(),
                        userId,
                        classId,
                        launch.deploymentId(),
                        settings.returnUrl(),
                        String.join(" ", settings.acceptTypes()),
                        settings.data(),
                        launchUrl,
                        Timestamp.from(now))
                .update();
        return id;
    }

    public Optional<Request> find(String id) {
        return jdbc.sql("select * from lti_deep_link where id = ?")
                .param(id)
                .query(DeepLinkRequests::request)
                .optional();
    }

    public boolean expired(Request request) {
        return request.createdAt().plus(LIFETIME).isBefore(clock.instant());
    }

    /** Stores the signed answer; false when the request was answered already (twice pressed, two tabs). */
    public boolean answer(String id, String responseJwt) {
        return jdbc.sql(
                                "update lti_deep_link set answered_at = ?, response_jwt = ? where id = ? and answered_at is null")
                        .params(Timestamp.from(clock.instant()), responseJwt, id)
                        .update()
                == 1;
    }

    private static Request request(ResultSet row, int number) throws SQLException {
        var answeredAt = row.getTimestamp("answered_at");
        return new Request(
                row.getString("id"),
                row.getLong("platform_id"),
                row.getLong("user_id"),
                row.getLong("class_id"),
                row.getString("deployment_id"),
                row.getString("return_url"),
                Arrays.asList(row.getString("accept_types").split(" ")),
                row.getString("platform_data"),
                row.getString("launch_url"),
                row.getTimestamp("created_at").toInstant(),
                answeredAt == null ? null : answeredAt.toInstant(),
                row.getString("response_jwt"));
    }
}
