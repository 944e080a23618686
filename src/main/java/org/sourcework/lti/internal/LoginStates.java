package org.sourcework.lti.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The state and nonce of each login initiation, in the database so that the launch may reach any node.
 * A nonce is used by one conditional update: of two launches with the same nonce, on any nodes, only
 * one changes the row.
 */
@Component
public class LoginStates {

    /** How long a platform may take between the login initiation and the launch. */
    static final Duration LIFETIME = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginStates(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Login(
            String state,
            String nonce,
            long platformId,
            Instant createdAt,
            @Nullable Instant usedAt) {}

    public enum NonceUse {
        USED_NOW,
        ALREADY_USED,
        NOT_THIS_LOGINS
    }

    @Transactional
    public Login begin(long platformId) {
        var now = clock.instant();
        // rows older than a day serve nothing: their launches have long expired
        jdbc.sql("delete from lti_login where created_at < ?")
                .param(Timestamp.from(now.minus(Duration.ofDays(1))))
                .update();
        var login = new Login(Unguessable.string(32), Unguessable.string(32), platformId, now, null);
        jdbc.sql("insert into lti_login (state, nonce, platform_id, created_at) values (?, ?, ?, ?)")
                .params(login.state(), login.nonce(), platformId, Timestamp.from(now))
                .update();
        return login;
    }

    @Transactional(readOnly = true)
    public Optional<Login> find(String state) {
        return jdbc.sql("select state, nonce, platform_id, created_at, used_at from lti_login where state = ?")
                .param(state)
                .query((rs, n) -> new Login(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
                .optional();
    }

    public boolean expired(Login login) {
        return login.createdAt().plus(LIFETIME).isBefore(clock.instant());
    }

    /** Marks the id_token's nonce used, if it is this login's and nobody used it before. */
    @Transactional
    public NonceUse use(String nonce, String state) {
        int changed = jdbc.sql("update lti_login set used_at = ? where nonce = ? and state = ? and used_at is null")
                .params(Timestamp.from(clock.instant()), nonce, state)
                .update();
        if (changed == 1) {
            return NonceUse.USED_NOW;
        }
        var usedBefore = jdbc.sql("select count(*) from lti_login where nonce = ? and used_at is not null")
                .param(nonce)
                .query(Long.class)
                .single();
        return usedBefore > 0 ? NonceUse.ALREADY_USED : NonceUse.NOT_THIS_LOGINS;
    }
}
