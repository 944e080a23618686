package org.sourcework.lti.internal;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who a platform's user, course (context) and resource link are in Sourcework. Rows are written once and
 * never changed (except a course's member-list address, which each launch brings anew), so they are plain
 * rows, not entities.
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

    /**
     * Where the course's member list is read (NRPS), as the latest launch said: a platform may move it, and
     * a launch is the only place it is told.
     */
    public void keepMemberships(long platformId, String contextId, String url, Collection<String> versions) {
        jdbc.sql("update lti_context_link set memberships_url = ?, memberships_versions = ?"
                        + " where platform_id = ? and context_id = ?")
                .params(url, truncate(String.join(" ", versions), 100), platformId, contextId)
                .update();
    }

    /** A course of a platform that a class is linked to, with the address of its member list. */
    public record CourseLink(long platformId, String contextId, String membershipsUrl) {}

    /** The linked course whose member list a launch gave; the first when a class is linked to several. */
    public Optional<CourseLink> courseWithMembers(long classId) {
        return jdbc
                .sql("select platform_id, context_id, memberships_url from lti_context_link"
                        + " where class_id = ? and memberships_url is not null order by platform_id, context_id")
                .param(classId)
                .query((rs, row) -> new CourseLink(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list()
                .stream()
                .findFirst();
    }

    /** The accounts of the platform's users with these subjects, or these accounts: subject to account id. */
    public Map<String, Long> users(long platformId, Collection<String> subjects, Collection<Long> userIds) {
        var found = new HashMap<String, Long>();
        // "in ()" is not SQL: an empty list asks for a value no row has
        jdbc.sql("select subject, user_id from lti_user_link where platform_id = :platform"
                        + " and (subject in (:subjects) or user_id in (:users))")
                .param("platform", platformId)
                .param("subjects", subjects.isEmpty() ? java.util.List.of("") : subjects)
                .param("users", userIds.isEmpty() ? java.util.List.of(-1L) : userIds)
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .forEach(entry -> found.put(entry.getKey(), entry.getValue()));
        return found;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
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
