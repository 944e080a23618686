package org.sourcework.lti;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A deep-linking request as a launch leaves it, for screen tests that start at the picker: a platform's
 * request for this instructor and class, not answered yet.
 */
public final class DeepLinkFixtures {

    private DeepLinkFixtures() {}

    /** Returns the request's id, the picker's address. */
    public static String openRequest(JdbcClient jdbc, long platformId, long userId, long classId) {
        var id = UUID.randomUUID().toString();
        jdbc.sql("""
                        insert into lti_deep_link (id, platform_id, user_id, class_id, deployment_id, return_url,
                            accept_types, platform_data, launch_url, created_at)
                        values (?, ?, ?, ?, 'deployment-1', 'https://lms.example/deep-link-return', 'ltiResourceLink',
                            'data', 'http://localhost/lti/launch', ?)""")
                .params(id, platformId, userId, classId, Timestamp.from(Instant.now()))
                .update();
        return id;
    }

    public static long userId(JdbcClient jdbc, String username) {
        return jdbc.sql("select id from app_user where username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    public static long classId(JdbcClient jdbc, String name) {
        return jdbc.sql("select id from school_class where name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }
}
