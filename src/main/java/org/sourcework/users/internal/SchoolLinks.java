package org.sourcework.users.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which account a school provider's person is: (issuer, subject) to account. Written once and never changed,
 * so plain rows rather than an entity. An account has at most one person per issuer.
 */
@Component
class SchoolLinks {

    private final JdbcClient jdbc;

    SchoolLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> account(String issuer, String subject) {
        return jdbc.sql("select user_id from school_sign_in_link where issuer = ? and subject = ?")
                .params(issuer, subject)
                .query(Long.class)
                .optional();
    }

    boolean hasPersonAt(String issuer, long accountId) {
        return jdbc.sql("select count(*) from school_sign_in_link where issuer = ? and user_id = ?")
                        .params(issuer, accountId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void link(String issuer, String subject, long accountId, Instant now) {
        jdbc.sql("insert into school_sign_in_link (issuer, subject, user_id, linked_at) values (?, ?, ?, ?)")
                .params(issuer, subject, accountId, Timestamp.from(now))
                .update();
    }
}
