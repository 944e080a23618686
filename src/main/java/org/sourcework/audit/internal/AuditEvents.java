package org.sourcework.audit.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sourcework.audit.AuditFilter;
import org.springframework.stereotype.Component;

/**
 * Insert and query, nothing else: no Spring Data repository, because those come with delete methods
 * and the log is append-only.
 */
@Component
public class AuditEvents {

    @PersistenceContext
    private EntityManager em;

    public void append(AuditEvent event) {
        em.persist(event);
    }

    public List<AuditEvent> find(AuditFilter filter, ZoneId zone, int offset, int limit) {
        var cb = em.getCriteriaBuilder();
        var query = cb.createQuery(AuditEvent.class);
        var root = query.from(AuditEvent.class);
        query.select(root)
                .where(conditions(filter, zone, cb, root))
                .orderBy(cb.desc(root.get("occurredAt")), cb.desc(root.get("id")));
        return em.createQuery(query).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(AuditFilter filter, ZoneId zone) {
        var cb = em.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var root = query.from(AuditEvent.class);
        query.select(cb.count(root)).where(conditions(filter, zone, cb, root));
        return em.createQuery(query).getSingleResult();
    }

    public List<String> actions() {
        return em.createQuery("select distinct e.action from AuditEvent e order by e.action", String.class)
                .getResultList();
    }

    private static Predicate[] conditions(AuditFilter filter, ZoneId zone, CriteriaBuilder cb, Root<AuditEvent> root) {
        var conditions = new ArrayList<Predicate>();
        if (filter.username() != null && !filter.username().isBlank()) {
            // usernames are stored lower-case, so the plain comparison can use the index
            var username = filter.username().strip().toLowerCase(Locale.ROOT);
            conditions.add(cb.equal(root.get("actorUsername"), username));
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            conditions.add(cb.equal(root.get("action"), filter.action()));
        }
        if (filter.from() != null) {
            var start = filter.from().atStartOfDay(zone).toInstant();
            conditions.add(cb.greaterThanOrEqualTo(root.<Instant>get("occurredAt"), start));
        }
        if (filter.to() != null) {
            // "to" includes that whole day
            var end = filter.to().plusDays(1).atStartOfDay(zone).toInstant();
            conditions.add(cb.lessThan(root.<Instant>get("occurredAt"), end));
        }
        return conditions.toArray(Predicate[]::new);
    }
}
