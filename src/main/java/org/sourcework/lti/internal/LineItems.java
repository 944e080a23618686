package org.sourcework.lti.internal;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The line items that launches named for resource links mapped to assignments: where a released score
 * goes. Platforms may move a line item (an instructor recreates the column), so each launch's claim
 * replaces the one kept.
 */
@Component
public class LineItems {

    /** A line item of an assignment, on one platform. */
    public record LineItem(long platformId, String url, List<String> scopes) {

        boolean maySendScores() {
            return scopes.contains(GradeEndpoint.SCORE_SCOPE);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    LineItems(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Keeps the claim's line item for the resource link. Each statement commits alone (no transaction):
     * two launches of one link at once may both find no row, and the loser of the insert then updates.
     */
    void remember(long platformId, String resourceLinkId, GradeEndpoint endpoint) {
        if (update(platformId, resourceLinkId, endpoint) > 0) {
            return;
        }
        try {
            jdbc.sql("insert into lti_line_item (platform_id, resource_link_id, line_item_url, scopes, seen_at)"
                            + " values (?, ?, ?, ?, ?)")
                    .params(
                            platformId,
                            resourceLinkId,
                            endpoint.lineItem(),
                            String.join(" ", endpoint.scopes()),
                            java.sql.Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException raced) {
            update(platformId, resourceLinkId, endpoint);
        }
    }

    private int update(long platformId, String resourceLinkId, GradeEndpoint endpoint) {
        return jdbc.sql("update lti_line_item set line_item_url = ?, scopes = ?, seen_at = ?"
                        + " where platform_id = ? and resource_link_id = ?")
                .params(
                        endpoint.lineItem(),
                        String.join(" ", endpoint.scopes()),
                        java.sql.Timestamp.from(clock.instant()),
                        platformId,
                        resourceLinkId)
                .update();
    }

    /** The assignment's line items on every platform that links to it. */
    public List<LineItem> ofAssignment(long assignmentId) {
        return jdbc.sql("select li.platform_id, li.line_item_url, li.scopes from lti_line_item li"
                        + " join lti_resource_link rl on rl.platform_id = li.platform_id"
                        + " and rl.resource_link_id = li.resource_link_id"
                        + " where rl.assignment_id = ? order by li.platform_id, li.line_item_url")
                .param(assignmentId)
                .query((rs, n) -> new LineItem(
                        rs.getLong(1),
                        rs.getString(2),
                        Arrays.stream(rs.getString(3).split(" "))
                                .filter(s -> !s.isBlank())
                                .toList()))
                .list();
    }
}
