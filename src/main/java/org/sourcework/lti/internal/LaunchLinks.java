package org.sourcework.lti.internal;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who a platform's user, course (context) and resource link are in Sourcework. Rows are written once and
 * never changed, so they are plain rows, not entities.
 */
@Component
public class LaunchLinks {

    private final JdbcClient jdbc;
    private final EntityManager entities;

    LaunchLinks(JdbcClient jdbc, EntityManager entities) {
        this.jdbc = jdbc;
        this.entities = entities;
    }

    /** The account or class just saved through JPA must be in the database before a row refers to it. */
    private void flushEntities() {
        if (entities.isJoinedToTransaction()) {
            entities.flush();
        }
    }

    public Optional<Long> user(long platformId, String subject) {
        return jdbc.sql("select user_id from lti_user_link where platform_id = ? and subject = ?")
                .params(platformId, subject)
                .query(Long.class)
                .optional();
    }

    public void linkUser(long platformId, String subject, long userId) {
        flushEntities();
        jdbc.sql("insert into lti_user_link (platform_id, subject, user_id) values (?, ?, ?)")
                .params(platformId, subject, userId)
                .update();
    }

    public Optional<Long> schoolClass(long platformId, String contextId) {
        return jdbc.sql("select class_id from lti_context_link where platform_id = ? and context_id = ?")
                .params(platformId, contextId)
                .query(Long.class)
                .optional();
    }

    public void linkClass(long platformId, String contextId, long classId) {
        flushEntities();
        jdbc.sql("insert into lti_context_link (platform_id, context_id, class_id) values (?, ?, ?)")
                .params(platformId, contextId, classId)
                .update();
    }

    public Optional<Long> assignment(long platformId, String resourceLinkId) {
        return jdbc.sql("select assignment_id from lti_resource_link where platform_id = ? and resource_link_id = ?")
                .params(platformId, resourceLinkId)
                .query(Long.class)
                .optional();
    }

    /**
     * Deep linking hands the platform an activity that names its assignment; its first launch links the
     * platform's resource link to it here (tests also link directly).
     */
    public void linkAssignment(long platformId, String resourceLinkId, long assignmentId) {
        jdbc.sql("insert into lti_resource_link (platform_id, resource_link_id, assignment_id) values (?, ?, ?)")
                .params(platformId, resourceLinkId, assignmentId)
                .update();
    }
}
